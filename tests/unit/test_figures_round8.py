"""Figures round 8 (issue 15): the column scans that replace loops over every token, and the label rules."""

from __future__ import annotations

import re

import pytest

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.extract.figures import _scan

_BLANK = spacy.blank("en")
_PIECES = st.sampled_from(["-", "–", "+12", "-36", "−4", "Dow", "dow", "DOW", "1234", "787", "4-year", "up", "down", " ", "  ",
                           "\n", ",", "12,000.5", "a", "Nikkei", "x-1", "(3)", "$5"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
def test_scans_select_what_a_loop_over_every_token_selects(text: str) -> None:
    doc = _BLANK(text)
    assert _scan.with_orth(doc, ("-", "–")) == [t.i for t in doc if t.text in ("-", "–")]
    assert _scan.with_lower(doc, {"dow", "nikkei"}) == [t.i for t in doc if t.lower_ in {"dow", "nikkei"}]
    starts = [m.start() for m in re.finditer(r"[-−+](?=\d)|\d", text)]
    assert _scan.starting_at(doc, starts) == [t.i for t in doc if t.idx in set(starts)]
    # every token a figures pass wants (digits only, or a signed number) starts at one of those offsets
    wanted = [t.i for t in doc if re.fullmatch(r"\d{3,4}|[-−+]\d[\d,]*(?:\.\d+)?", t.text)]
    assert set(wanted) <= set(_scan.starting_at(doc, starts))


def test_tag_scan_reads_the_tagger_column() -> None:
    doc = _BLANK("Two managed to escape")
    doc[0].tag_ = "CD"
    assert _scan.with_tag(doc, ("CD",)) == [0]
    assert _scan.with_tag(_BLANK(""), ("CD",)) == []


# Sentences below: figures-news's openly licensed articles (ECB+, CC BY 3.0; MEANTIME / Wikinews, CC BY 4.0),
# some shortened, and hand-written variants; expected values worked out by hand from the sentence.

def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2008, 10, 10)).figures


def _one(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    return next(f for f in _figures(text, settings) if f.text.startswith(start))


def test_a_signed_range_with_between_reads_in_either_order() -> None:
    from hearsay.extract.figures._numbers import parse_amount

    amount = parse_amount("between -30 and -60", "CARDINAL", 0)
    assert amount is not None and (amount.low, amount.high, amount.value) == (-60, -30, None)
    assert parse_amount("between 60 and 30", "CARDINAL", 0) is None  # unsigned, reversed: a change, not a range (unchanged)


# MEANTIME 114904 (Wikinews, CC BY 4.0)
MARKET = ("Following a large fall at the start of the day, the Dow Jones Industrial Average has recovered by hundreds of points.\n"
          "That market then hovered for a few minutes between -30 and -60, before recovering slightly to -11.\n")


@pytest.mark.model
def test_a_signed_range_in_a_market_report_is_a_fall_in_points(settings):  # type: ignore[no-untyped-def]
    fig = _one(MARKET, "between -30", settings)
    assert (fig.low, fig.high, fig.unit, fig.quantity) == (-60, -30, "points", "down")


@pytest.mark.model
def test_a_signed_range_outside_a_market_report_has_no_points(settings):  # type: ignore[no-untyped-def]
    text = "The temperature in the valley stayed between -30 and -60 degrees all week.\n"
    assert all(f.unit != "points" for f in _figures(text, settings))


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "stem"), [
    # ECB+ 12_5p (CC BY 3.0): the count set against "the other three boats"
    ("The pirates tried to reverse the course of the boats and tried to flee.\n"
     "Two managed to give the Indian Navy a slip, but the other three boats were intercepted.\n", "Two", "boat"),
    # MEANTIME 102977 (Wikinews, CC BY 4.0): the noun counted in the sentence before
    ("AirTanker Ltd. have signed a contract to supply 14 new Airbus A330-200 passenger airliner converted for the task.\n"
     "They will be owned by AirTanker, who retains commercial leasing rights to five which can carry 290 passengers.\n",
     "five", "airliner"),
])
def test_a_bare_count_takes_the_noun_it_leaves_out(settings, text, start, stem):  # type: ignore[no-untyped-def]
    fig = _one(text, start, settings)
    assert fig.quantity is not None and stem in fig.quantity


@pytest.mark.model
def test_a_bare_count_after_a_measure_takes_no_unit_as_its_noun(settings):  # type: ignore[no-untyped-def]
    text = "The chain has run shops for ten years.\nAnalysts said 4 were closed.\n"
    fig = _one(text, "4", settings)
    assert fig.quantity is None or not any(w in fig.quantity for w in ("percent", "%", "year"))
