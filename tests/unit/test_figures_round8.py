"""Figures round 8 (issue 15): the column scans that replace loops over every token, and the label rules."""

from __future__ import annotations

import re

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
