"""Property tests for figure parsing: bounded intervals hold the value; words agree with digits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.extract.figures._numbers import hedges, parse_amount, words_to_number

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """Spell 1 <= n < 1,000,000 in English words (test oracle, independent of the parser)."""
    if n >= 1000:
        rest = n % 1000
        return f"{spell(n // 1000)} thousand" + (f" {spell(rest)}" if rest else "")
    if n >= 100:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" and {spell(rest)}" if rest else "")
    if n >= 20:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    return TEENS[n - 10] if n >= 10 else ONES[n]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_figures_properties_words_and_digits_agree(n):
    assert words_to_number(spell(n)) == n
    assert words_to_number(f"{n:,}") == n
    assert parse_amount(spell(n)).value == parse_amount(f"{n:,}").value


@settings(deadline=None)
@given(st.sampled_from(hedges()), st.integers(min_value=1, max_value=10**9), st.floats(min_value=0, max_value=0.5))
def test_figures_properties_low_value_high_when_bounded(hedge, n, band):
    got = parse_amount(hedge.around(f"{n:,}"), approx_band=band)
    assert got is not None and got.value == n
    if got.low is not None:
        assert got.low <= got.value
    if got.high is not None:
        assert got.value <= got.high


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_figures_properties_ranges_are_ordered(a, b):
    lo, hi = min(a, b), max(a, b)
    got = parse_amount(f"between {lo:,} and {hi:,}")
    assert got is not None and got.low == lo and got.high == hi


# --- issue 15: scale suffixes, currency signs and minor units are read from the characters ---

SUFFIXES = {"k": 10**3, "m": 10**6, "bn": 10**9, "tn": 10**12, " million": 10**6, " billion": 10**9}
SIGNS = {"£": "GBP", "$": "USD", "€": "EUR", "US$": "USD", "Â£": "GBP"}


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9), st.sampled_from(sorted(SUFFIXES)),
       st.sampled_from(sorted(SIGNS)))
def test_figures_properties_scale_suffix_multiplies_the_number(whole, tenth, suffix, sign):
    number = f"{whole}.{tenth}" if tenth else str(whole)
    got = parse_amount(f"{sign}{number}{suffix}")
    assert got is not None and got.unit == SIGNS[sign]
    want = (whole + tenth / 10) * SUFFIXES[suffix]
    assert got.value == pytest.approx(want, rel=1e-12)
    assert got.value == got.low == got.high


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=99_999), st.sampled_from([("p", "GBP"), (" pence", "GBP"), (" cents", "USD")]))
def test_figures_properties_minor_units_are_hundredths(n, minor):
    suffix, code = minor
    got = parse_amount(f"{n:,}{suffix}")
    assert got is not None and got.unit == code
    assert got.value == pytest.approx(n / 100, rel=1e-12)
    assert repr(got.value) == repr(round(n / 100, 2))  # no float artefact such as 0.35000000000000003


@settings(deadline=None)
@given(st.sampled_from(hedges()), st.integers(min_value=1, max_value=10**7), st.sampled_from([0.05, 0.1, 0.2]))
def test_figures_properties_bounds_print_without_float_artefacts(hedge, n, band):
    got = parse_amount(hedge.around(f"{n:,}"), approx_band=band)
    assert got is not None
    for x in (got.value, got.low, got.high):
        assert x is None or x == float(f"{x:.12g}")
