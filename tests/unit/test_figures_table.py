"""The figures extractor on a table of sentence -> expected result, run alone (issue 11; see the ``extract`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    ("More than 15,000 troops were deployed.\n", 15000, 15000, None),
    ("As many as 1,000 soldiers were killed.\n", 1000, None, 1000),
    ("Between 10 and 20 people were injured.\n", None, 10, 20),
    ("The company cut 4,300 jobs.\n", 4300, 4300, 4300),
    ("Police arrested about 200 protesters.\n", 200, None, None),
])
def test_figures_table(extract, text, value, low, high) -> None:
    figures = extract(text, "figures", published=PUBLISHED).figures
    assert len(figures) == 1
    (figure,) = figures
    assert figure.value == value
    if low is not None or high is not None or value is None:
        assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize("text", [
    "The meeting starts at 1800 GMT.\n",     # a clock time
    "She was born in 1962.\n",               # a year
])
def test_figures_none(extract, text) -> None:
    assert extract(text, "figures", published=PUBLISHED).figures == ()
