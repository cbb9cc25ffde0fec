"""Numbers in digits and words, hedges and ranges, as intervals (pure functions, no spaCy).

:func:`parse_amount` reads the text of one figure ("more than 15,000", "two and a half
million", "between 10 and 20", "thousands", "$30 billion", "45%") and returns an
:class:`Amount`: the value, the interval its hedge allows, the hedge and the unit. The hedge
table is ``lexicon/hedges.tsv`` (documented in ``docs/figures.md``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from hearsay import lexicon

UNITS_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "b": 10**9, "tn": 10**12,
          "tln": 10**12, "lakh": 10**5, "crore": 10**7}
# denominators written as ordinals ("three fifths", "a quarter"); "second" is never a denominator
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "twentieth": 20, "hundredth": 100,
                "thousandth": 1000, "millionth": 10**6}
FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "third": 1 / 3, "a third": 1 / 3,
             "two thirds": 2 / 3, "two-thirds": 2 / 3, "three quarters": 0.75, "three-quarters": 0.75}
# vague amounts: word -> lower bound (issue 4: "thousands" => low 2000)
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6,
         "billions": 2 * 10**9, "tens of thousands": 20000, "hundreds of thousands": 200000,
         "tens of millions": 2 * 10**7, "hundreds of millions": 2 * 10**8, "a handful": 2, "handful": 2,
         "a few": 2, "several": 3, "a couple of": 2, "a couple": 2}
CURRENCIES = [("us$", "USD"), ("a$", "AUD"), ("au$", "AUD"), ("c$", "CAD"), ("ca$", "CAD"), ("hk$", "HKD"),
              ("nz$", "NZD"), ("s$", "SGD"), ("r$", "BRL"), ("gb£", "GBP"), ("$", "USD"), ("£", "GBP"), ("€", "EUR"),
              ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₩", "KRW"), ("₺", "TRY"), ("₴", "UAH"), ("₪", "ILS")]
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "rupee": "INR", "won": "KRW", "franc": "CHF",
                  "cent": "USD", "pence": "GBP", "penny": "GBP", "hryvnia": "UAH", "lira": "TRY", "shekel": "ILS",
                  "rand": "ZAR", "peso": "MXN", "real": "BRL", "krona": "SEK", "krone": "NOK", "dinar": "IQD",
                  "riyal": "SAR", "dirham": "AED", "naira": "NGN", "shilling": "KES"}
# ISO 4217 codes written before or after an amount ("USD 20m", "20 million EUR"); upper case in the text.
ISO_CODES = frozenset(
    "USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD INR RUB KRW BRL MXN ZAR TRY UAH ILS SEK NOK DKK PLN CZK HUF "
    "SAR AED QAR KWD IQD IRR EGP NGN KES GHS PKR BDT IDR MYR THB PHP VND TWD ARS CLP COP PEN".split())
# minor units: 100 of them make one of the major unit ("85p" = 0.85 GBP, "17 cents" = 0.17 USD)
MINOR_UNITS = {"p": "GBP", "pence": "GBP", "penny": "GBP", "cent": "USD", "cents": "USD",
               "kopecks": "RUB", "paise": "INR"}
_CURRENCY_PREFIX = re.compile(
    r"^â?(?:us|au|a|ca|c|hk|nz|s|r|gb|(?:us|au|ca|hk|nz|gb) (?=[$£])|[a-z]{3}(?=[$£€]))?[$£€¥₹₽₩₺₴₪]\s?|^(?:" + "|".join(c.lower() for c in sorted(ISO_CODES)) + r")\s?(?=[\d.])")
_UNIT_NOISE = re.compile(r"â(?=[£€])")  # "Â£" is "£" read as Latin-1: the Â is mojibake noise


@functools.lru_cache(maxsize=1)
def physical_units() -> tuple[tuple[str, str], ...]:
    """Return the (surface, unit) rows of ``lexicon/units.tsv``, longest surface first."""
    rows = [(r["surface"], r["unit"]) for r in lexicon.load("units.tsv")]
    return tuple(sorted(_with_singulars(rows), key=lambda r: -len(r[0])))


def _with_singulars(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return ``rows`` with the singular of every multi-word plural unit (round 16).

    A measure before a noun takes the singular in English ("the 240,000 square meter park", "a 10 square mile
    area"); ``units.tsv`` lists the compound units in the plural, as they follow a number on their own. The last
    word takes the singular the table gives as a unit of its own ("meters" -> "meter", "feet" -> "foot"; "celsius"
    has none); a surface already listed keeps its row.
    """
    have = {surface for surface, _ in rows}
    added = []
    for surface, unit in rows:
        words = surface.split(" ")
        if len(words) < 2:
            continue
        last = words[-1]
        single = next((w for w in ("foot" if last == "feet" else "", last[:-1] if last.endswith("s") else "") if w in have), None)
        if single is not None and " ".join([*words[:-1], single]) not in have:
            added.append((" ".join([*words[:-1], single]), unit))
            have.add(added[-1][0])
    return rows + added


@functools.cache
def _unit_endings() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Return ``physical_units()`` with each surface's "after a digit, space or hyphen, at the end" pattern."""
    return tuple((surface, sym, re.compile(rf"(?<=[\d -]){re.escape(surface)}$")) for surface, sym in physical_units())


def tidy(x: float | None) -> float | None:
    """Return ``x`` rounded to 12 significant digits, so no float artefact (14300.000000000002) is kept."""
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return x
    return float(f"{x:.12g}")


@dataclass(frozen=True, slots=True)
class Hedge:
    """One row of ``hedges.tsv``: which bound the number gives, and how."""

    phrase: str
    bound: str  # low | high | approx | exact
    inclusive: bool
    approximate: bool
    postfix: bool = False  # written after the number ("N or more")
    joined: bool = False  # postfix glued to the number ("N+", "N-plus")

    def around(self, number: str) -> str:
        """Return ``number`` with this hedge written around it ("more than 5", "5 or more")."""
        if not self.postfix:
            return f"{self.phrase} {number}"
        return f"{number}{self.phrase}" if self.joined else f"{number} {self.phrase}"


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
    for row in lexicon.load("hedges.tsv"):
        phrase = row["hedge"]
        postfix, joined = phrase.startswith("N") and phrase != "N", False
        if postfix:
            joined = not phrase[1:].startswith(" ")
            phrase = phrase[1:].strip()
        rows.append(Hedge(phrase, row["bound"], row["inclusive"] == "yes", row["approximate"] == "yes", postfix, joined))
    return tuple(sorted(rows, key=lambda h: -len(h.phrase)))


_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,.])")  # round 9: "8,26%"
_HYPHENED_UNIT = re.compile(r"(?<=\d-[a-z])([a-z]*)-(?=[a-z])")  # round 9: the hyphen inside "480-nautical-mile"


def words_to_number(text: str) -> float | None:
    """Return the number written in ``text`` ("eleven thousand", "2.5 million", "1,000"), else None."""
    # only a hyphen between words joins a number ("twenty-five"); "10-20" is a range, not 30
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower())
    # round 9: one comma followed by one or two digits is a decimal comma ("8,26%", "14,66%"): a thousands
    # group always has three digits
    t = (_DECIMAL_COMMA.sub(r"\1.\2", t) if "," in t else t).replace(",", "").strip()
    t = re.sub(r"\s+", " ", t)
    if not t:
        return None
    if t in FRACTIONS:
        return FRACTIONS[t]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|k|m|mn|mln|bn|bln|b|tn|tln|lakh|crore)?", t)
    if m:
        n = float(m.group(1))
        return n * SCALES[m.group(2)] if m.group(2) else n
    m = re.fullmatch(r"(\d+) ?/ ?(\d+)", t)  # "1/2", "3/4"
    if m and int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))
    m = re.fullmatch(r"(.+) and ((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten) [a-z]+)(?: (hundred|thousand|million|billion|trillion))?", t)
    part = words_to_number(m.group(2)) if m else None
    if m and part is not None and 0 < part < 1:  # "two and a half million", "six million and two thirds"
        base = words_to_number(m.group(1))
        if base is None:
            return None
        big = re.search(r"(thousand|million|billion|trillion)$", m.group(1))
        if big:  # "one billion and a half million" = 1,000,500,000; "five billion and three quarters"
            return base + part * SCALES[m.group(3) or big.group(1)]
        return (base + part) * (SCALES[m.group(3)] if m.group(3) else 1)
    m = re.fullmatch(r"(half|a quarter|quarter|a third|one third|two thirds|three quarters)(?: of)? (a |an )?(dozen|hundred|thousand|million|billion|trillion)", t)
    if m:  # "half a dozen", "quarter million", "two thirds of a million"
        frac = words_to_number(m.group(1))
        return None if frac is None else frac * (12 if m.group(3) == "dozen" else SCALES[m.group(3)])
    m = re.fullmatch(r"(half|a half|a quarter|quarter|a third|one third|two thirds|three quarters)(?: of)? (?:a|an)", t)
    if m:  # round 13: "half a mile", "three quarters of an hour": the fraction left when the unit is read off
        return words_to_number(m.group(1))
    m = re.fullmatch(r"((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:thirds?|quarters?|fourths?|fifths?|sixths?|"
                     r"sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?)) of (?:a|an)", t)
    if m:  # round 17: "a tenth of a square meter": the fraction left when the unit is read off, as "half a mile"
        return words_to_number(m.group(1))
    m = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten) (half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?)", t)
    if m:  # "five eighths", "one quarter", "a hundredth"
        denom = m.group(2) if m.group(2) in DENOMINATORS else m.group(2)[:-1]
        return UNITS_WORDS[m.group(1)] / DENOMINATORS[denom]
    total, current, seen, last, unit_value = 0.0, 0.0, False, "", 0.0
    for word in t.split():
        if word == "and":
            last = "and:" + last
            continue
        if word in UNITS_WORDS and not (word in ("a", "an") and seen):
            current += UNITS_WORDS[word]
            seen, last, unit_value = True, "unit", UNITS_WORDS[word]
        elif re.fullmatch(r"\d+(\.\d+)?", word):
            if last not in ("", "scale", "and:scale"):  # "10 20" and "1.5 and 3" are two numbers
                return None
            current += float(word)
            seen, last, unit_value = True, "digit", float(word)
        elif word in ("dozen", "dozens"):  # "three dozen" = 36; "three hundred and two dozen" = 324
            current = current - unit_value + unit_value * 12 if last in ("unit", "digit") else (current or 1) * 12
            seen, last = True, "scale"
        elif word in SCALES and word not in ("k", "m", "b", "mn", "bn", "tn"):
            last = "scale"
            if not current and total and total < SCALES[word]:
                total *= SCALES[word]  # "three lakh crore", "two thousand million"
            elif word == "hundred":
                if current >= 100:
                    return None  # "3 hundred and 2 hundred" are two numbers
                current = (current or 1) * 100
            else:
                total += (current or 1) * SCALES[word]
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _strip_hedge(t: str) -> tuple[str, Hedge | None]:
    """Return ``t`` without its hedge, and the hedge (inclusive when "or equal" is written)."""
    or_equal = False
    t = re.sub(r"( or (?:more|greater|higher|larger|less|fewer|lower|smaller)) than$", r"\1", t)  # "200 or greater than"
    t2 = re.sub(r" or equal(?: to| than)?$", "", t)  # "less than 5000 or equal", "more than 5000 or equal to"
    t2 = re.sub(r"^equals? to or |(?<=[a-z]) or equal(?= than)| or equal(?: to)?(?= )|(?<=[<>]) (?==)", "", t2)
    if t2 != t:
        t, or_equal = t2, True
    for h in hedges():  # a postfix decides over a prefix: "equal to 5000 or more" is [5000, open)
        if h.postfix and t.endswith(h.phrase) and (h.joined or t.endswith(" " + h.phrase)):
            rest = t[: -len(h.phrase)].strip(" -")
            rest = re.sub(r"^(?:equals?(?: to)?|about|around|roughly|approximately|some) ", "", rest)
            return rest, _inclusive(h) if or_equal else h
    for h in hedges():
        if h.postfix:
            continue
        if t.startswith(h.phrase + " ") or (not h.phrase[0].isalpha() and t.startswith(h.phrase)):
            if h.phrase in (">", "<") and t[1:2] == "=":
                continue  # ">=" is its own row
            return t[len(h.phrase):].strip(), _inclusive(h) if or_equal else h
    return t, None


def _inclusive(h: Hedge) -> Hedge:
    return Hedge(h.phrase, h.bound, True, h.approximate, h.postfix, h.joined)


def _two_sided(t: str, label: str | None, approx_band: float) -> Amount | None:
    """Return the interval of "above 1000 and below 1500" / "at most 100 and at least 20", else None."""
    for m in re.finditer(r",? (?:and|but) |, ", t):
        left = parse_amount(t[: m.start()], label, approx_band)
        right = parse_amount(t[m.end():], label, approx_band)
        if left is None or right is None or left.hedge is None or right.hedge is None:
            continue
        lo, hi = (left, right) if left.high is None and right.low is None else (right, left)
        if lo.low is None or hi.high is None or lo.high is not None or hi.low is not None:
            continue
        if lo.low > hi.high or lo.low == hi.high and not (lo.low_inclusive and hi.high_inclusive):
            continue  # "more than 40 and less than 10" are two figures
        return Amount(None, lo.low, hi.high, lo.low_inclusive, hi.high_inclusive, lo.approximate or hi.approximate,
                      f"{lo.hedge} .. {hi.hedge}", lo.unit or hi.unit)
    return None


def _unit(t: str, label: str | None) -> tuple[str, str | None, float]:
    """Strip currency, percent and unit marks; return the bare number text, the unit and its factor.

    The factor is 0.01 for minor units ("85p", "17 cents"), else 1. Symbols and ISO codes may sit
    before the number ("£420m", "USD 20m") or after it ("20 million USD"); physical units
    (``lexicon/units.tsv``) follow the number, glued or not ("4km", "300,000 barrels a day").
    """
    unit: str | None = None
    factor = 1.0
    t = _UNIT_NOISE.sub("", t)
    m = _CURRENCY_PREFIX.search(t)
    if m is None:
        m = re.search(r"(?<=[\d ])[$£€¥₹₽₩₺₴₪]", t[:6]) if re.match(r"^[a-z ]*\d", t) is None else None
    if m is not None:
        sym = m.group(0).strip().lstrip("â").replace(" ", "")  # round 21: "NZ $26 million" (a spaced country prefix)
        code = next((c for s, c in CURRENCIES if s == sym), None) or (sym.upper() if sym.upper() in ISO_CODES else None)
        if code is None and sym[:3].upper() in ISO_CODES:  # "USD$23 billion"
            code = sym[:3].upper()
        if code is not None:
            unit, t = code, (t[: m.start()] + t[m.end():]).strip()
    if unit is not None:  # after a currency, "mm" is the financial million ("US$ 1MM"), not millimetres
        t = re.sub(r"(?<=\d)\s?mm$", " million", t)
    m = re.search(r"\s*(%|per ?cent|percentage points?)$", t)
    if m:
        unit, t = ("%" if "point" not in m.group(1) else "percentage points"), t[: m.start()]
    m = re.search(r"\s+(m|k)?([a-z]{3})$", t)
    if m and unit is None and m.group(2).upper() in ISO_CODES:  # "20 million usd"; "30 musd" is 30 million
        unit, t = m.group(2).upper(), t[: m.start()]
        factor = {"m": 1e6, "k": 1e3}.get(m.group(1) or "", 1.0)
    m = re.search(r"(?<=\d)(?:(p)|\s*(pence|penny|cents?|kopecks|paise))$", t)
    if m:  # "85p", "17 cents", "$1.50 to 75 cents"
        factor, t = 0.01, t[: m.start()]
        unit = unit or MINOR_UNITS[m.group(1) or m.group(2)]
    m = re.search(r"\s+(?:([a-z]+) )?([a-z]+?)s?$", t)
    if m and m.group(2) in CURRENCY_WORDS and unit in (None, CURRENCY_WORDS[m.group(2)]):  # "420 m euros", "US$23 billion dollar"
        unit, t = CURRENCY_WORDS[m.group(2)], t[: m.start(2) if m.group(1) not in ISO_CODES_LOWER else m.start()]
        t = re.sub(r"\s+of$", "", t.strip())  # "millions of dollars"
        if m.group(2) in ("cent", "pence", "penny"):
            factor = 0.01
    if unit is None and (re.search(r"\d", t) or re.search(r"[a-z][ -]+[a-z]", t)):
        spaced = _HYPHENED_UNIT.sub(r"\1 ", t) if "-" in t else t  # round 9: "480-nautical-mile" reads "nautical mile"
        for surface, sym, ending in _unit_endings():
            # glued ("4km"), spaced ("4 km", "two yards") or hyphenated ("35-yard", "one- yard"); "m" alone
            # only when glued or spaced after digits; a time unit is never hyphenated ("a 41-year history")
            m = ending.search(spaced) if surface in spaced else None  # round 8: compiled once, tried only when the surface occurs
            if m and (surface != "m" or re.search(r"\d\s+m$", t)) and (
                    t[m.start() - 1] != "-" or sym not in _TIME_UNITS and surface != "m"):
                # round 19: a hyphenated metre word is a length ("a 10-metre dhow"); the bare "m" stays unread there
                unit, t = sym, t[: m.start()].rstrip(" -")
                break
    if unit is None and re.search(r"(?<=\d)[”″]$", t):
        unit, t = "in", t[:-1]  # round 21: an inch sign the extent reader kept ("13.3”"); see _reading._inch_mark
    if unit is None and label == "PERCENT":
        unit = "%"
    return t.strip(), unit, factor


_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"})
ISO_CODES_LOWER = frozenset(c.lower() for c in ISO_CODES) | {"us", "hk", "nz", "new", "australian", "canadian", "hong"}


def parse_amount(text: str, label: str | None = None, approx_band: float = 0.1) -> Amount | None:
    """Return the :class:`Amount` of a figure's text, or ``None`` if no number can be read.

    Values are rounded to 12 significant digits, so "about 13,000" is [11700, 14300], never
    14300.000000000002; minor units are read as hundredths ("85p" is 0.85 GBP).

    Args:
        text: the figure text, hedge included ("more than 15,000", "between 10 and 20", "£420m").
        label: the spaCy entity label (MONEY and PERCENT decide the unit when no sign does).
        approx_band: relative half-width for "about N" (``0`` keeps both ends open).
    """
    got = _parse_amount(text, label, approx_band)
    if got is None:
        return None
    return Amount(tidy(got.value), tidy(got.low), tidy(got.high), got.low_inclusive, got.high_inclusive,
                  got.approximate, got.hedge, got.unit)


def _times(a: Amount, factor: float) -> Amount:
    """Return ``a`` with its value and bounds multiplied by ``factor`` (minor units)."""
    if factor == 1.0:
        return a

    def mul(x: float | None) -> float | None:
        return None if x is None else x * factor

    return Amount(mul(a.value), mul(a.low), mul(a.high), a.low_inclusive, a.high_inclusive, a.approximate, a.hedge, a.unit)


# round 6: UTF-8 read as Windows-1252 ("â‚¬5 million", "10â€“20"): read as the characters meant
MOJIBAKE = {"â‚¬": "€", "Â£": "£", "Â¥": "¥", "â€“": "–", "â€”": "—", "â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "Â\xa0": " "}
_MOJIBAKE = re.compile("|".join(re.escape(k) for k in sorted(MOJIBAKE, key=len, reverse=True)))
# round 6: "a two-percent decline", "SGD1.75-billion": a hyphen before a scale word or "percent" joins the compound
_HYPHEN_SCALE = re.compile(r"(?<=[\da-z])\s?-\s?(?=(?:hundred|thousand|million|billion|trillion|percent|per cent)\b)")


def readable(text: str) -> str:
    """Return ``text`` with the common UTF-8-read-as-cp1252 sequences of signs, dashes and quotes repaired."""
    return _MOJIBAKE.sub(lambda m: MOJIBAKE[m.group(0)], text) if "â" in text or "Â" in text else text


def _parse_amount(text: str, label: str | None, approx_band: float) -> Amount | None:
    t = re.sub(r"\s+", " ", readable(text).lower().replace("–", "-").replace("—", "-")).strip(" .,;:")
    t = _HYPHEN_SCALE.sub(" ", t)
    if re.search(r"\b(?:and|but)\b|, ", t):
        both = _two_sided(t, label, approx_band)
        if both is not None:
            return both
    t = re.sub(r"(?<! or)(?<! and) (more|fewer|others?|additional)$", "", t)  # "thousands more" counts the same way
    t, hedge = _strip_hedge(t)
    t = re.sub(r"^(only|just|an incredible|a total of|total|a further|another|the|some)\s+", "", t) if hedge is None else t
    t = re.sub(r"^other\s+(?=[$£€¥\d])", "", t) if hedge is None else t  # round 21: "retaining the other 19.9%": a complement share
    t = re.sub(r"^(?:an?|the)\s+(?:[a-z-]+\s+)?(?=(?:[a-z]{1,3})?[$£€¥]|\d)", "", t)  # "a record $83.6 billion", "a USD$23 billion"
    t, unit, factor = _unit(t, label)
    if factor != 1.0:  # "85p", "about 17 cents", "30 MUSD": read the number, then apply the unit's factor
        inner = _parse_amount(t, label, approx_band)
        if inner is None:
            return None
        if hedge is not None and inner.value is not None:
            return _times(_hedged(inner.value, hedge, approx_band, unit), factor)
        return _times(dataclasses.replace(inner, unit=unit), factor)
    sign = 1.0
    if re.match(r"^(-|minus |negative |−)\s*[\da-z]", t):
        sign, t = -1.0, re.sub(r"^(-|minus |negative |−)\s*", "", t)
    if sign < 0:
        neg = parse_amount(t + (" %" if unit == "%" else ""), label, approx_band)
        if neg is None or neg.value is None:
            return None
        if hedge is not None and hedge.bound in ("low", "high"):
            return _hedged(-neg.value, hedge, approx_band, unit)
        return Amount(-neg.value, -neg.value, -neg.value, unit=unit)
    # ranges: "between 10 and 20", "10 to 20", "10-20", "from 10 to 20"
    m = re.fullmatch(r"(?:between |from )?(.+?)(?: and | to | or | through | thru )(.+)", t) or re.fullmatch(
        r"(?:between |from )?([$£€]?\d[\d.,]*(?: ?[a-z]+)?)\s*-\s*([$£€]?\d.*)", t
    )
    approx_range = hedge is not None and hedge.bound == "approx"  # round 21: "about six hundred to eight hundred"
    if m and (hedge is None or approx_range) and words_to_number(t) is None:  # "one hundred and one" is one number
        hi_text, hi_unit, hi_factor = _unit(m.group(2), label)
        lo_text, lo_unit, lo_factor = _unit(m.group(1), label)
        hi = _signed_number(hi_text)
        lo = _signed_number(lo_text)
        if lo is not None and hi is not None and lo > hi and t.startswith("between ") and min(lo, hi) < 0:
            lo, hi = hi, lo  # round 8: "between -30 and -60": "between" names no order, and a fall is written by its size
        hi, lo = (None if hi is None else hi * hi_factor), (None if lo is None else lo * (lo_factor if lo_unit else hi_factor))
        if lo_unit is not None and lo_unit != hi_unit:
            lo = None  # "fell 2.5 percent to €2.73" is a change and a level, not a range
        if lo is not None and hi is not None:
            scale = re.search(r"(hundred|thousand|million|billion|trillion|bn|mn)$", hi_text)
            if scale and not re.search(r"[a-z]$", lo_text):
                lo *= SCALES[scale.group(1)]
            if lo <= hi and not approx_range:
                return Amount(None, lo, hi, unit=unit)
            if lo < hi:  # the range's own ends bound it; the hedge only says they are rough
                return Amount(None, lo, hi, approximate=True, hedge=hedge.phrase if hedge else None, unit=unit)
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
    if hedge is None or hedge.bound == "exact":
        return Amount(value, value, value, hedge=hedge.phrase if hedge else None, unit=unit)
    return _hedged(value, hedge, approx_band, unit)


def approximated(amount: Amount, phrase: str, approx_band: float) -> Amount:
    """Return an exact ``amount`` made approximate by a hedge written away from it (round 21: "an estimated cost of
    NZ $26 million"), with the interval "about N" gives; any other amount is returned unchanged."""
    if amount.hedge is not None or amount.value is None or amount.low != amount.high:
        return amount
    return parse_amount_hedged(amount.value, phrase, approx_band, amount.unit) or amount


def parse_amount_hedged(value: float, phrase: str, approx_band: float, unit: str | None) -> Amount | None:
    """Return ``value`` as the interval the hedge ``phrase`` of ``hedges.tsv`` allows, or ``None`` for no such hedge."""
    hedge = next((h for h in hedges() if h.phrase == phrase and not h.postfix), None)
    if hedge is None:
        return None
    got = _hedged(value, hedge, approx_band, unit)
    return Amount(tidy(got.value), tidy(got.low), tidy(got.high), got.low_inclusive, got.high_inclusive, got.approximate,
                  got.hedge, got.unit)


def _signed_number(text: str) -> float | None:
    """Read a range bound; a minus sign glued to digits makes it negative ("-30" of "between -30 and -60", round 8)."""
    m = re.fullmatch(r"[-−](\d[\d,]*(?:\.\d+)?)", text)
    if m is not None:
        value = words_to_number(m.group(1))
        return None if value is None else -value
    return words_to_number(text)


def _hedged(value: float, hedge: Hedge, approx_band: float, unit: str | None) -> Amount:
    """Return ``value`` as the interval ``hedge`` allows (see ``lexicon/hedges.tsv``)."""
    if hedge.bound == "exact":
        return Amount(value, value, value, hedge=hedge.phrase, unit=unit)
    if hedge.bound == "low":
        return Amount(value, value, None, low_inclusive=hedge.inclusive, approximate=hedge.approximate, hedge=hedge.phrase, unit=unit)
    if hedge.bound == "high":
        return Amount(value, None, value, high_inclusive=hedge.inclusive, approximate=hedge.approximate, hedge=hedge.phrase, unit=unit)
    if approx_band <= 0:
        return Amount(value, None, None, approximate=True, hedge=hedge.phrase, unit=unit)
    lo, hi = value * (1 - approx_band), value * (1 + approx_band)
    return Amount(value, min(lo, hi), max(lo, hi), approximate=True, hedge=hedge.phrase, unit=unit)


_WORD = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
         "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
         "|million|billion|trillion|dozen|half|quarter")
_WORDS = (rf"(?:(?:an?|one|two|three) (?=(?:hundred|thousand|million|billion|dozen|half|quarter)\b))?(?:{_WORD})"
          rf"(?:[ -](?:{_WORD})|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)) and (?:{_WORD}))*\b")
_DIGITS = (r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?"
           r"(?:k\b|\s?(?:bn|mn|million|billion|trillion|thousand|hundred|lakh|crore)\b)?")
_NUMBER = rf"(?:[$£€]\s?)?(?:{_DIGITS}|{_WORDS})(?:\s?%|\s(?:percent|per cent)\b)?"


@functools.lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    """Compile hedge + number, number + hedge and written ranges (from ``lexicon/hedges.tsv``)."""
    pre = [re.escape(h.phrase) for h in hedges() if not h.postfix and h.phrase[0].isalpha()]
    post = [re.escape(h.phrase) for h in hedges() if h.postfix and not h.joined]
    comparative = r"(?:more|greater|larger|bigger|higher|less|fewer|smaller|lower)"
    prefix = (rf"(?:(?:equals? to or )?(?:{comparative}(?: or equal)? than(?: or equal to)?|(?:{'|'.join(pre)})"
              rf"(?: or equal to)?)\s+|(?<![<>=])(?:[<>]\s?=?|[≥≤])(?![<>=])\s*)")
    # "200 or greater than 190" is two figures: a postfix never takes a number after it
    no_number = rf"(?!(?: than| to| equal(?: to)?)?\s+(?:[$£€\d]|(?:{_WORD})\b))"
    postfix = rf"(?:\s(?:{'|'.join(post)}){no_number}(?: than| equal(?: to)?)?|\+(?!\d))"
    start, end = r"(?:(?<![\w.,/+-])|(?=[<>≥≤]))", r"(?![\w/]|[.,]\d|-\d)"
    hedged = rf"(?:{prefix}{_NUMBER}(?:{postfix}|\s+or equal\b{no_number}(?: to)?)?|{_NUMBER}{postfix})"
    ranged = (rf"(?:between {_NUMBER} and {_NUMBER}|from {_NUMBER} (?:to|through) {_NUMBER}"
              rf"|{_NUMBER}(?: (?:to|through|or) |\s?[-–—]\s?){_NUMBER})")  # round 21: "just two or three" is a range
    return re.compile(rf"{start}(?:{ranged}|{hedged}){end}", re.IGNORECASE)


def amount_phrases(text: str) -> list[tuple[int, int]]:
    """Return character spans of hedged numbers and written ranges in ``text``.

    Finds what a named-entity tagger leaves out: "more than thirty", ">10", "500 or more",
    "between 10 and 20", "10 to 20", and joins a lower and an upper bound written side by side
    ("above 1000 and below 1500") into one span when they make one interval.
    """
    spans = [(m.start(), m.end()) for m in _phrase_pattern().finditer(text)
             if not re.fullmatch(r"(?:1[5-9]|20)\d\d\s?[-–/]\s?\d{2,4}", m.group(0))]  # "1995-01", "2014-2016": dates
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            if re.fullmatch(r",? (?:and|but) |, ", text[pe:s]):
                both = parse_amount(text[ps:e], approx_band=0)
                if both is not None and both.value is None and both.low is not None and both.high is not None:
                    merged[-1] = (ps, e)
                    continue
        merged.append((s, e))
    return merged


def _vague_compound(t: str) -> float:
    first, second = t.split(" of ")
    return float({"tens": 20, "hundreds": 200}[first] * SCALES[second.rstrip("s")])


__all__ = ["CURRENCIES", "ISO_CODES", "VAGUE", "Amount", "Hedge", "amount_phrases", "approximated", "hedges", "parse_amount",
           "physical_units", "tidy", "words_to_number"]
