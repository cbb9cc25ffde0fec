"""The times extractor on a table of sentence -> expected result, run alone (issue 11; see the ``extract`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The talks ended yesterday.\n", "yesterday", "2024-03-05"),
    ("Prices rose last month.\n", "last month", "2024-02"),
    ("The vote is on 12 May 2024.\n", "12 May 2024", "2024-05-12"),
    ("The plant closed in 2019.\n", "2019", "2019"),
    ("Shipments resume next year.\n", "next year", "2025"),
    ("Fighting continued this week.\n", "this week", "2024-W10"),
])
def test_times_table(extract, text, expression, value) -> None:
    times = extract(text, "times", published=PUBLISHED).times
    assert (expression, value) in {(t.text, t.value) for t in times}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The rules change just six weeks before the vote.\n", "six weeks", "P6W"),
    ("The ceasefire lasted only two days.\n", "two days", "P2D"),
])
def test_focusing_adverb_left_out_of_the_extent(extract, text, expression, value) -> None:
    """TimeML: "just"/"only" are not TIMEX3 modifiers (unlike "about"), so the extent starts at the amount."""
    times = extract(text, "times", published=PUBLISHED).times
    assert (expression, value) in {(t.text, t.value) for t in times}
