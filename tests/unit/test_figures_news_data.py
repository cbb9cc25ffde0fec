"""figures-news: the gold files compile from the annotator's .figs, and the label rule of its README."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_figures import label_ok  # noqa: E402

NEWS = ROOT / "benchmarks" / "data" / "figures-news"


def test_figures_news_gold_matches_its_annotation() -> None:
    done = subprocess.run([sys.executable, str(NEWS / "compile_gold.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_figures_news_offsets_hold_and_split_is_fixed() -> None:
    rows = [ln.split("\t") for ln in (NEWS / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    round2 = rows[:24]
    # later rounds added dev articles, and round 11 a second held-out part, check2 (README "Round 11")
    round3 = [r for r in rows[24:] if r[1] != "check2"]
    check2 = [r for r in rows[24:] if r[1] == "check2"]
    assert [r[1] for r in sorted(round2)] == ["check" if i % 3 == 2 else "dev" for i in range(len(round2))]
    assert {r[1] for r in round3} == {"dev"} and len(round3) >= 15
    assert len(check2) >= 12
    check_topics = {(r[2], r[3]) for r in round2 if r[1] == "check" and r[2] == "ecbplus"}
    assert not {(r[2], r[3]) for r in round3} & check_topics  # no new dev article shares an ECB+ topic with the check part
    dev_ecb = {(r[2], r[3]) for r in rows if r[1] == "dev" and r[2] == "ecbplus"}
    assert not {(r[2], r[3]) for r in check2 if r[2] == "ecbplus"} & dev_ecb  # check2's ECB+ topics are unseen in dev
    assert not {r[4] for r in check2} & {r[4] for r in rows if r[1] != "check2"}  # and its articles are new
    for doc_id, *_ in rows:
        text = (NEWS / f"{doc_id}.txt").read_text(encoding="utf-8")
        gold = json.loads((NEWS / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
        for span in gold["figures"] + gold["neutral"]:
            assert text[span["start"]:span["end"]] == span["text"]


# predicted label, accepted alternatives, right?
LABELS = [
    ("jobs cut", [["job", "cut"]], True),
    ("job cuts", [["job", "cut"]], True),
    ("jobs", [["job", "cut"]], False),
    ("candidates", [["candid"]], True),
    ("AK-47s", [["ak-47"]], True),
    ("money", [["profi"], ["earn"]], False),
    (None, [["loss"]], False),
    ("points", [["drop"], ["fall"]], False),
    ("fallen", [["drop"], ["fall"]], True),
]


@pytest.mark.parametrize(("pred", "accept", "right"), LABELS)
def test_figures_news_label_rule(pred: str | None, accept: list[list[str]], right: bool) -> None:
    assert label_ok(pred, accept) is right
