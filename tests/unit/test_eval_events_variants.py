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


# -- events-wide4's per-record feeds (issue 15 round 10) -----------------------------------------------
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1),
       st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_a_flattened_feed_puts_the_headline_before_the_line(context, line):
    fed, offset = BENCH._fed({"text": line, "context": context, "feed": "flatten"})
    assert "\n" not in fed and "\r" not in fed
    assert fed[offset:] == BENCH._variant(line, "flatten")
    assert offset == len(context) + 1


def test_a_mojibake_feed_garbles_the_line_and_a_plain_record_is_fed_as_is():
    assert BENCH._fed({"text": "Russia’s aid", "feed": "mojibake"}) == ("Russiaâ€™s aid", 0)
    assert BENCH._fed({"text": "Russia’s aid"}) == ("Russia’s aid", 0)


def test_only_the_lines_own_events_count():
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Ev:
        start: int

    @dataclasses.dataclass(frozen=True)
    class Rec:
        events: tuple

    rec = Rec(events=(Ev(3), Ev(20), Ev(40)))
    assert [e.start for e in BENCH._own(rec, 20).events] == [20, 40]
    assert BENCH._own(rec, 0) is rec
