"""benchmarks/eval_events.py --flatten / --mojibake (issue 15 round 9): the fed text and bad input."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "benchmarks" / "eval_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


@given(st.text())
def test_flatten_leaves_no_line_break_and_keeps_length(text):
    out = BENCH._variant(text, "flatten")
    assert "\n" not in out and "\r" not in out
    assert len(out) == len(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_mojibake_leaves_ascii_alone(text):
    assert BENCH._variant(text, "mojibake") == text


def test_mojibake_garbles_a_typographic_quote():
    assert BENCH._variant("the minister’s aid", "mojibake") == "the ministerâ€™s aid"


def test_both_variants_at_once_is_a_one_line_error(capsys):
    assert BENCH.main(["--set", "wide3", "--flatten", "--mojibake"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1
