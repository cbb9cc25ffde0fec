"""Scored gate for issues 4 and 15: dev-split figures and dates must not drop below the pinned floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((ROOT / "tests" / "data" / "figures_dates_baseline.json").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "benchmarks"))

pytestmark = pytest.mark.model


def _datasets_present() -> bool:
    from eval_dates import DATASETS

    return (DATASETS / "meantime-en").is_dir() and (DATASETS / "wikinews-statements").is_dir()


@pytest.mark.skipif(not _datasets_present(), reason="shared datasets not present")
def test_figures_dates_meantime_dev_dates_hold_the_floor(nlp):
    from eval_dates import meantime_cases, score

    tally = score([c for c in meantime_cases() if c.split == "dev"], nlp)
    got = tally.scores()
    for key, floor in BASELINE["meantime_dates_dev"].items():
        assert got[key] >= floor, f"{key} {got[key]:.3f} < floor {floor}"


@pytest.mark.skipif(not _datasets_present(), reason="shared datasets not present")
def test_figures_dates_wikinews_dev_figures_hold_the_floor(nlp):
    from eval_figures import score_wikinews

    got = score_wikinews("dev", nlp)
    for key, floor in BASELINE["wikinews_figures_dev"].items():
        assert got[key] >= floor, f"{key} {got[key]:.3f} < floor {floor}"


@pytest.mark.skipif(not _datasets_present(), reason="shared datasets not present")
@pytest.mark.parametrize(("name", "key"), [("NumberRange", "recognizers_numberrange_dev"), ("Number", "recognizers_number_dev"),
                                         ("Currency", "recognizers_currency_dev")])
def test_figures_dates_recognizers_dev_resolution_holds_the_floor(nlp, name, key):
    from eval_figures import score_recognizers

    got = score_recognizers(name, "dev", nlp)
    for metric, floor in BASELINE[key].items():
        assert got[metric] >= floor, f"{name} {metric} {got[metric]:.3f} < floor {floor}"
