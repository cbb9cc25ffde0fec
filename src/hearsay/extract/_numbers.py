"""Numbers in digits and words, hedges and ranges, as intervals (pure functions, no spaCy).

:func:`parse_amount` reads the text of one figure ("more than 15,000", "two and a half
million", "between 10 and 20", "thousands", "$30 billion", "45%") and returns an
:class:`Amount`: the value, the interval its hedge allows, the hedge and the unit. The hedge
table is ``data/hedges.tsv`` (documented in ``docs/figures.md``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

UNITS_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "lakh": 10**5, "crore": 10**7}
FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "third": 1 / 3, "a third": 1 / 3,
             "two thirds": 2 / 3, "two-thirds": 2 / 3, "three quarters": 0.75, "three-quarters": 0.75}
# vague amounts: word -> lower bound (issue 4: "thousands" => low 2000)
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6,
         "billions": 2 * 10**9, "tens of thousands": 20000, "hundreds of thousands": 200000,
         "tens of millions": 2 * 10**7, "hundreds of millions": 2 * 10**8, "a handful": 2, "handful": 2,
         "a few": 2, "several": 3, "a couple of": 2, "a couple": 2}
CURRENCIES = [("us$", "USD"), ("a$", "AUD"), ("c$", "CAD"), ("hk$", "HKD"), ("nz$", "NZD"), ("$", "USD"), ("£", "GBP"),
              ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₩", "KRW")]
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "rupee": "INR", "won": "KRW", "franc": "CHF",
                  "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rub": "RUB", "cent": "USD"}


@dataclass(frozen=True, slots=True)
class Hedge:
    """One row of ``hedges.tsv``: which bound the number gives, and how."""

    phrase: str
    bound: str  # low | high | approx
    inclusive: bool
    approximate: bool


@dataclass(frozen=True, slots=True)
class Amount:
    """A parsed figure: ``value`` and the interval ``low..high`` (``None`` = open)."""

    value: float | None
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    hedge: str | None = None
    unit: str | None = None


@functools.lru_cache(maxsize=1)
def hedges() -> tuple[Hedge, ...]:
    """Return the hedge table, longest phrase first."""
    rows = []
    text = resources.files("hearsay.data").joinpath("hedges.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rows.append(Hedge(cols[0], cols[1], cols[2] == "yes", cols[3] == "yes"))
    return tuple(sorted(rows, key=lambda h: -len(h.phrase)))


def words_to_number(text: str) -> float | None:
    """Return the number written in ``text`` ("eleven thousand", "2.5 million", "1,000"), else None."""
    # only a hyphen between words joins a number ("twenty-five"); "10-20" is a range, not 30
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()).replace(",", "").strip()
    t = re.sub(r"\s+", " ", t)
    if not t:
        return None
    if t in FRACTIONS:
        return FRACTIONS[t]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|k|m|mn|bn|b|tn)?", t)
    if m:
        n = float(m.group(1))
        return n * SCALES[m.group(2)] if m.group(2) else n
    m = re.fullmatch(r"(.+?) and a half (hundred|thousand|million|billion|trillion)", t)
    if m:
        base = words_to_number(m.group(1))
        return None if base is None else (base + 0.5) * SCALES[m.group(2)]
    m = re.fullmatch(r"(a|one) (dozen)", t) or re.fullmatch(r"(\w+) (dozen)", t)
    if m:
        base = UNITS_WORDS.get(m.group(1))
        return None if base is None else base * 12.0
    total, current, seen = 0.0, 0.0, False
    for word in t.split():
        if word == "and":
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif re.fullmatch(r"\d+(\.\d+)?", word):
            if current:  # "10 20" is two numbers, not thirty
                return None
            current += float(word)
            seen = True
        elif word in SCALES and word not in ("k", "m", "b", "mn", "bn", "tn"):
            if word == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * SCALES[word]
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _strip_hedge(t: str) -> tuple[str, Hedge | None]:
    for h in hedges():
        if h.phrase == "or so" and t.endswith(" or so"):
            return t[: -len(" or so")], h
        if t.startswith(h.phrase + " ") or (h.phrase.endswith(".") and t.startswith(h.phrase)):
            return t[len(h.phrase):].strip(), h
    return t, None


def _unit(t: str, label: str | None) -> tuple[str, str | None]:
    """Strip currency and percent marks; return the bare number text and the unit."""
    unit = None
    for sym, code in CURRENCIES:
        if t.startswith(sym) or f" {sym}" in t[:4]:
            unit = code
            t = t.replace(sym, "", 1).strip()
            break
    m = re.search(r"\s*(%|per ?cent|percentage points?)$", t)
    if m:
        unit, t = ("%" if "point" not in m.group(1) else "percentage points"), t[: m.start()]
    m = re.search(r"\s+([a-z]+?)s?$", t)
    if m and m.group(1) in CURRENCY_WORDS and unit is None:
        unit, t = CURRENCY_WORDS[m.group(1)], t[: m.start()]
        if m.group(1) == "cent":
            unit = "USD cents"
    if unit is None and label == "PERCENT":
        unit = "%"
    return t.strip(), unit


def parse_amount(text: str, label: str | None = None, approx_band: float = 0.1) -> Amount | None:
    """Return the :class:`Amount` of a figure's text, or ``None`` if no number can be read.

    Args:
        text: the figure text, hedge included ("more than 15,000", "between 10 and 20").
        label: the spaCy entity label (MONEY and PERCENT decide the unit when no sign does).
        approx_band: relative half-width for "about N" (``0`` keeps both ends open).
    """
    t = re.sub(r"\s+", " ", text.lower().replace("–", "-").replace("—", "-")).strip(" .,;:")
    t = re.sub(r" (more|fewer|others?|additional)$", "", t)  # "thousands more" counts the same way
    t, hedge = _strip_hedge(t)
    t = re.sub(r"^(only|just|an incredible|a total of|total|a further|another|the|some)\s+", "", t) if hedge is None else t
    t, unit = _unit(t, label)
    sign = 1.0
    if re.match(r"^(-|minus |−)\s*\d", t):
        sign, t = -1.0, re.sub(r"^(-|minus |−)\s*", "", t)
    if sign < 0:
        neg = parse_amount(t + (" %" if unit == "%" else ""), label, approx_band)
        if neg is None or neg.value is None:
            return None
        return Amount(-neg.value, -neg.value, -neg.value, unit=unit)
    # ranges: "between 10 and 20", "10 to 20", "10-20", "from 10 to 20"
    m = re.fullmatch(r"(?:between |from )?(.+?)(?: and | to | or )(.+)", t) or re.fullmatch(
        r"(?:between |from )?([$£€]?\d[\d.,]*(?: ?[a-z]+)?)\s*-\s*([$£€]?\d.*)", t
    )
    if m and hedge is None and words_to_number(t) is None:  # "one hundred and one" is one number
        hi_text, _ = _unit(m.group(2), label)
        lo_text, _ = _unit(m.group(1), label)
        hi = words_to_number(hi_text)
        lo = words_to_number(lo_text)
        if lo is not None and hi is not None and lo <= hi * (1 if lo_text[-1:].isalpha() else 1):
            scale = re.search(r"(hundred|thousand|million|billion|trillion|bn|mn)$", hi_text)
            if scale and not re.search(r"[a-z]$", lo_text):
                lo *= SCALES[scale.group(1)]
            if lo <= hi:
                return Amount(None, lo, hi, unit=unit)
    if t in VAGUE or re.fullmatch(r"(tens|hundreds) of (thousands|millions|billions)", t):
        low = float(VAGUE.get(t, 0)) or _vague_compound(t)
        return Amount(None, low, None, approximate=True, hedge=hedge.phrase if hedge else t, unit=unit)
    m = re.fullmatch(r"(a few|several|a couple of|dozens of|hundreds of|some) (hundred|thousand|million|billion)", t)
    if m:
        mult = {"a few": 2, "several": 3, "a couple of": 2, "dozens of": 24, "hundreds of": 200, "some": 2}[m.group(1)]
        return Amount(None, float(mult * SCALES[m.group(2)]), None, approximate=True, hedge=m.group(1), unit=unit)
    value = words_to_number(t)
    if value is None:
        return None
    if hedge is None:
        return Amount(value, value, value, unit=unit)
    if hedge.bound == "low":
        return Amount(value, value, None, low_inclusive=hedge.inclusive, approximate=hedge.approximate, hedge=hedge.phrase, unit=unit)
    if hedge.bound == "high":
        return Amount(value, None, value, high_inclusive=hedge.inclusive, approximate=hedge.approximate, hedge=hedge.phrase, unit=unit)
    if approx_band <= 0:
        return Amount(value, None, None, approximate=True, hedge=hedge.phrase, unit=unit)
    lo, hi = value * (1 - approx_band), value * (1 + approx_band)
    return Amount(value, min(lo, hi), max(lo, hi), approximate=True, hedge=hedge.phrase, unit=unit)


def _vague_compound(t: str) -> float:
    first, second = t.split(" of ")
    return float({"tens": 20, "hundreds": 200}[first] * SCALES[second.rstrip("s")])


__all__ = ["Amount", "Hedge", "VAGUE", "hedges", "parse_amount", "words_to_number"]
