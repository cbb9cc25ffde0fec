"""Figures round 9 (issue 15): the classes of the fourth blind figures-news batch (README "Round 9 additions")."""

from __future__ import annotations

import pytest

# Sentences below: figures-news's openly licensed articles (ECB+, CC BY 3.0; MEANTIME / Wikinews, CC BY 4.0),
# some shortened, and hand-written variants; expected values worked out by hand from the sentence.


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2009, 1, 10)).figures


def _one(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    return next(f for f in _figures(text, settings) if f.text.startswith(start))


# ECB+ 12_19ecb (CC BY 3.0)
OUT_OF = "Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen.\n"


@pytest.mark.model
@pytest.mark.parametrize("start", ["12", "11"])
def test_out_of_a_count_names_what_the_numbers_after_it_count(settings, start):  # type: ignore[no-untyped-def]
    fig = _one(OUT_OF, start, settings)
    assert fig.quantity is not None and "pirates" in fig.quantity


@pytest.mark.model
def test_an_opening_of_a_count_names_the_bare_number_that_breaks_it_down(settings):  # type: ignore[no-untyped-def]
    fig = _one("Of 500 people surveyed, 40 said they would vote for him.\n", "40", settings)
    assert fig.quantity == "people surveyed"  # the whole as the opening names it, with its participle


@pytest.mark.model
def test_an_opening_with_no_count_names_nothing(settings):  # type: ignore[no-untyped-def]
    fig = _one("Out of respect for the victims, 40 shops closed early.\n", "40", settings)
    assert fig.quantity is not None and "shops" in fig.quantity and "victims" not in fig.quantity
