"""Dates: one candidate span cut into the expressions it holds.

Year ranges ("2009-10") and day ranges ("May 15-24") are two points; spans spaCy ran together
("April 9, 2008 Five years", "between 2014 and 2016") are split where the whole has no reading.
Split out of ``expressions.py``; rules in ``docs/dates.md``.
"""

from __future__ import annotations

import re
from datetime import date

from hearsay.extract.times._timex import normalise
from hearsay.extract.times._candidates import _trim
from hearsay.extract.times._references import _DAY_VALUE


# a two-year span written "2009-10" or "2009/10": two TIMEX3 points (issue 15), when the second
# part is the following year; "2009-12" (December 2009) is a month and stays one expression
# "May 15-24", "11-13 Dec.": two days of one month, two TIMEX3 points like a year range
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_RANGE = re.compile(rf"\b(?:({_MONTH_WORD}) (\d{{1,2}})\s?[-–]\s?(\d{{1,2}})(?!\d)|(\d{{1,2}})\s?[-–]\s?(\d{{1,2}}) ({_MONTH_WORD}))")
# "2009-10", "2009/2010"; tokenised text spaces the hyphen ("1995 - 99": ECB+, MEANTIME; round 11), never the slash
_YEAR_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?:[-–/]| [-–] )(\d\d|(?:19|20)\d\d)(?![\d-]| [-–] ?\d)")
_WEEKDAY_OF_MONTH = re.compile(r"(?i)((?:mon|tues|wednes|thurs|fri|satur|sun)day) of (january|february|march|april|may|june|"
                               r"july|august|september|october|november|december)")


def _day_range(full: str, start: int, end: int, anchor: date | None) -> list[tuple[int, int, str]]:
    """Return the two day points of "May 15-24" / "11-13 Dec." inside ``start..end``, else ``[]``."""
    m = _DAY_RANGE.search(full, start, end)
    if m is None:
        return []
    if m.group(1):
        month, first, second = m.group(1), (m.start(1), m.end(2)), (m.start(3), m.end(3))
        days = int(m.group(2)), int(m.group(3))
    else:
        month, first, second = m.group(6), (m.start(4), m.end(4)), (m.start(5), m.end(6))
        days = int(m.group(4)), int(m.group(5))
    if not 1 <= days[0] < days[1] <= 31:
        return []
    out = []
    for (s, e), day in zip((first, second), days, strict=True):
        timex = normalise(f"{month.rstrip('.')} {day}", anchor)
        if timex is None:
            return []
        out.append((s, e, timex.value))
    return out


def _year_range(full: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return the two year points of "2009-10" / "2009/2010" inside ``start..end``, else ``[]``."""
    m = _YEAR_RANGE.search(full, start, end)
    if m is None:
        return []
    first = int(m.group(1))
    second = int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
    if len(m.group(2)) == 2 and second <= first:
        second += 100  # "1999-00", "1991 - 00": the range crosses the century (round 11's property test)
    if len(m.group(2)) == 2 and 1 <= int(m.group(2)) <= 12 and second != first + 1:
        return []  # "2009-03" is March 2009
    if not first < second <= first + 20:
        return []
    return [(m.start(1), m.end(1), f"{first:04d}"), (m.start(2), m.end(2), f"{second:04d}")]


_WEEKDAY_FIRST = re.compile(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day\b")


def _weekday_disagrees(text: str, value: str) -> bool:
    """True for "Friday September 18, 2008" when 18 September 2008 is no Friday: two expressions run
    together (a headline's "until Friday" and the dateline), not one date."""
    m = _WEEKDAY_FIRST.match(text)
    if m is None or not _DAY_VALUE.fullmatch(value[:10]) or not _DAY_VALUE.fullmatch(value):
        return False
    names = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]
    return date.fromisoformat(value).weekday() != names.index(m.group(1).lower())


def _run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split expressions spaCy ran together at a space: "April 9, 2008 Five years", "1997 February 24, 2009".

    Text without line breaks runs a headline's year, the dateline and the first words of the body
    into one span ("in six years February 20, 2009 Three major indexes"). The cut is the rightmost
    space where the left part reads as a time and ends in a year, or reads as a time and the right
    part is one ending in a year (a dateline or a headline's year); the rest is split the same way.
    No cut: an empty list.
    """
    year_end = re.compile(r"(?:19|20)\d\d$")
    for m in reversed(list(re.finditer(r" +", text[start:end]))):
        left_end, right_start = start + m.start(), start + m.end()
        if normalise(text[start:left_end], None) is None:
            continue
        rs, re_ = _trim(text, right_start, end)
        joiner = re.match(r"(?i)(?:to|and|or|through|until|till)\s+", text[rs:re_])
        if joiner:  # "1954 to 1956" run together: the range's word joins two points, it is no part of one
            rs += joiner.end()
        if re_ <= rs:
            continue
        right_reads = normalise(text[rs:re_], None) is not None
        if year_end.search(text[start:left_end]) or (right_reads and year_end.search(text[rs:re_])):
            rest = [(rs, re_)] if right_reads else (_run_on(text, rs, re_) or [(rs, re_)])
            return [(start, left_end), *rest]  # a rest that reads as nothing is dropped by the caller
    return []


def _readable_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``start..end`` whole when it reads as one timex, else its parts (see ``_split_parts``)."""
    return _split_parts(text, start, end)[0]


def _split_parts(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """Return ``start..end`` whole when it reads as one timex, else its parts, and whether they were
    cut from a run-on span (expressions of different clauses, see ``_run_on``).

    spaCy joins neighbours ("November 11, three days later", "between 2014 and 2016"); when the
    whole has no reading, the pieces around commas, "and", "to" and "between" are tried.
    """
    whole = normalise(text[start:end], None)
    if whole is not None and not _weekday_disagrees(text[start:end], whole.value):
        return [(start, end)], False
    run_on = _run_on(text, start, end)
    if run_on:
        return run_on, True
    if whole is not None:
        return [(start, end)], False
    m = _WEEKDAY_OF_MONTH.fullmatch(text, start, end)
    if m:  # "Friday of August unemployment data": spaCy joins a weekday and the month a noun is about
        return [m.span(1), m.span(2)], False
    parts = []
    for m in re.finditer(r"[^,;]+", text[start:end]):
        seg_s = start + m.start()
        pos = seg_s
        for piece in re.split(r"\b(and|to|or|between|from|through|until|after)\b", m.group(0)):
            s2, e2 = pos, pos + len(piece)
            pos = e2
            if re.fullmatch(r"\s*(and|to|or|between|from|through|until|after)?\s*", piece):
                continue
            while s2 < e2 and text[s2] == " ":
                s2 += 1
            while e2 > s2 and text[e2 - 1] == " ":
                e2 -= 1
            parts.append(_readable_tail(text, s2, e2))
    return parts, False


_DEICTIC_TAIL = re.compile(r"(?i)(?<= )(?<!\bof )(?:next|last|this|coming) (?:week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$")


def _readable_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start..end``, or when it has no reading and ends in a deictic time, that time ("the regular
    season next Sunday": spaCy ran a noun phrase into the time after it; round 11)."""
    m = _DEICTIC_TAIL.search(text, start, end)
    if m is None or m.start() == start or re.search(r"\d", text[start:m.start()]) or normalise(text[start:end], None) is not None:
        return start, end
    return m.start(), end
