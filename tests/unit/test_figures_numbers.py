"""Number words, hedges and ranges to intervals (issue 4)."""

from __future__ import annotations

import pytest

from hearsay.extract._numbers import hedges, parse_amount, words_to_number


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("more than 15,000", 15000, 15000, None),
        ("as many as 1,000", 1000, None, 1000),
        ("at least one", 1, 1, None),
        ("thousands more", None, 2000, None),
        ("tens of thousands", None, 20000, None),
        ("eleven thousand", 11000, 11000, 11000),
        ("two and a half million", 2_500_000, 2_500_000, 2_500_000),
        ("a dozen", 12, 12, 12),
        ("between 10 and 20", None, 10, 20),
        ("10-20", None, 10, 20),
        ("$2 to $3 billion", None, 2e9, 3e9),
        ("nearly fifteen", 15, None, 15),
        ("-2.64%", -2.64, -2.64, -2.64),
    ],
)
def test_figures_numbers_parse_amount_intervals(text, value, low, high):
    got = parse_amount(text)
    assert (got.value, got.low, got.high) == (value, low, high)


def test_figures_numbers_about_uses_the_band():
    got = parse_amount("about 100", approx_band=0.1)
    assert got.approximate and got.low == pytest.approx(90) and got.high == pytest.approx(110)
    assert parse_amount("about 100", approx_band=0).low is None


def test_figures_numbers_more_than_is_exclusive_and_at_least_inclusive():
    assert parse_amount("more than 30").low_inclusive is False
    assert parse_amount("at least 30").low_inclusive is True
    assert parse_amount("fewer than 30").high_inclusive is False


def test_figures_numbers_units():
    assert parse_amount("US$40 billion").unit == "USD"
    assert parse_amount("£20.1 billion").unit == "GBP"
    assert parse_amount("six percent").unit == "%"


def test_figures_numbers_hedge_table_has_each_bound():
    assert {h.bound for h in hedges()} == {"low", "high", "approx"}
    assert words_to_number("banana") is None
