"""The founding article's 17 statements and the pinned dev-set floors (issue 3)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "tests" / "data" / "statements_baseline.json"


def _names(record, eid):
    for e in record.entities:
        if e.id == eid:
            return {e.name, *e.aliases}
    return set()


def _words(text):
    return set(re.findall(r"[^\W_]+", text.lower()))


def _match(record, gold):
    """Pair gold and predicted contents sharing 60% of the shorter one's words (score_golden.py's rule)."""
    found = {}
    for g in gold["statements"]:
        gw = _words(g["content"])
        best = max(record.statements, key=lambda st: len(gw & _words(st.content)), default=None)
        if best is not None:
            sw = _words(best.content)
            if gw and sw and len(gw & sw) >= 0.6 * min(len(gw), len(sw)):
                found[g["content"]] = best
    return found


def test_statements_golden_all_founding_statements_have_right_speaker(founding_record, founding_gold):
    found = _match(founding_record, founding_gold)
    wrong = [g["content"][:40] for g in founding_gold["statements"]
             if g["content"] not in found or g["speaker"] not in _names(founding_record, found[g["content"]].speaker)]
    assert wrong == []


def test_statements_golden_relay_and_pronoun(founding_record, founding_gold):
    found = _match(founding_record, founding_gold)
    tass = found["They fought for the liberation of our land, as for the liberation of their land,"]
    assert any("Tass" in _names(founding_record, v) for v in tass.via)
    heroes = found["heroes"]
    assert heroes.speaker_text == "He" and "Kim Jong Un" in _names(founding_record, heroes.speaker)


def test_statements_golden_volunteers_rejected(founding_record):
    assert any(r.kind == "quote" and r.text == "volunteers" for r in founding_record.rejected)
    assert not any(s.content == "volunteers" for s in founding_record.statements)


def test_statements_golden_wikinews_dev_floors(settings, nlp):
    """Regression gate: wikinews dev figures may not drop below the pinned floors."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_statements
    finally:
        sys.path.pop(0)
    if not eval_statements.WIKINEWS.exists():
        pytest.skip("wikinews-statements dataset not present")
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    # the PARC-style gold has no intentions: they are left out, as `--type` lets a user do
    got = eval_statements.run("wikinews", "dev", without=frozenset({"intention"}))
    for key in ("F1", "speaker_acc", "e2e_F1"):
        floor = floors["wikinews/dev"][key]
        assert got[key] >= floor, f"wikinews/dev {key} {got[key]:.3f} fell below the floor {floor:.3f}"
    if eval_statements.EXTRA.exists():
        got = eval_statements.run("extra", "dev")
        for key in ("F1", "speaker_acc", "type_acc"):
            floor = floors["extra/dev"][key]
            assert got[key] >= floor, f"extra/dev {key} {got[key]:.3f} fell below the floor {floor:.3f}"
    if eval_statements.ECB.exists():
        got = eval_statements.run("ecb", "dev")
        for key in ("F1", "speaker_acc", "type_acc"):
            floor = floors["ecb/dev"][key]
            assert got[key] >= floor, f"ecb/dev {key} {got[key]:.3f} fell below the floor {floor:.3f}"
