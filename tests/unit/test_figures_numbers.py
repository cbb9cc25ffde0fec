"""Number words, hedges and ranges to intervals (issue 4)."""

from __future__ import annotations

import pytest

from hearsay.extract.figures._numbers import hedges, parse_amount, words_to_number


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
        ("three or more", 3, 3, None),
        ("20 through 100", None, 20, 100),
        ("equals 20", 20, 20, 20),
        ("five eighths", 0.625, 0.625, 0.625),
        ("half a dozen", 6, 6, 6),
        ("three hundred and two dozen", 324, 324, 324),
        ("one and a half", 1.5, 1.5, 1.5),
        ("13 lakh", 1_300_000, 1_300_000, 1_300_000),
        ("3 hundred and 21", 321, 321, 321),
        ("3 million and a half", 3_500_000, 3_500_000, 3_500_000),
        ("one billion and a half million", 1_000_500_000, 1_000_500_000, 1_000_500_000),
        ("three and one fourth", 3.25, 3.25, 3.25),
        ("10 bln", 1e10, 1e10, 1e10),
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
    assert {h.bound for h in hedges()} == {"low", "high", "approx", "exact"}
    assert words_to_number("banana") is None


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inclusive", "high_inclusive"),
    [
        ("above 1000 and below 1500", 1000, 1500, False, False),
        ("at most 100 and at least 20", 20, 100, True, True),
        ("larger than twenty and less or equal than thirty five", 20, 35, False, True),
        ("less than or equal to 100", None, 100, True, True),
        ("equal to or more than 30", 30, None, True, True),
        (">10", 10, None, False, True),
        ("<= 100", None, 100, True, True),
        ("200 or greater than", 200, None, True, True),
    ],
)
def test_figures_numbers_comparatives_and_two_sided_ranges(text, low, high, low_inclusive, high_inclusive):
    got = parse_amount(text, approx_band=0)
    assert (got.low, got.high) == (low, high)
    assert (got.low_inclusive if low is not None else True) == low_inclusive
    assert (got.high_inclusive if high is not None else True) == high_inclusive


def test_figures_numbers_crossed_comparatives_are_not_one_range():
    assert parse_amount("more than 40 and less than 10") is None


def test_figures_numbers_two_hundreds_are_two_numbers():
    assert words_to_number("3 hundred and 2 hundred") is None
