"""Regression gate: event-coder figures must stay at or above tests/data/events_baseline.json (issue 5)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((ROOT / "tests" / "data" / "events_baseline.json").read_text())
SHARED = ROOT.parent / "shared"

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _bench():
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "benchmarks" / "eval_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check_corpus():
    for rel, digest in BASELINE["corpus_sha256"].items():
        path = SHARED / ("datasets/" + rel if rel.startswith("plover") else rel)
        if not path.exists():
            pytest.skip(f"{path} not available")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{rel} changed: re-pin the baseline"


@pytest.mark.parametrize("name", ["plover", "founding"])
def test_events_scores_hold_pinned_floors(name):
    _check_corpus()
    bench = _bench()
    got = bench.eval_plover(False) if name == "plover" else bench.eval_founding(True)
    for split, floors in BASELINE[name].items():
        for metric, floor in floors.items():
            assert got[split][metric] >= floor, f"{name} {split} {metric}: {got[split][metric]:.3f} < {floor}"
