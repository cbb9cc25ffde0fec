"""Dates: ranges written with "from ... to" and "between ... and" (issue 15 round 10).

A range is one DURATION over its whole extent, the signal words included ("from 2009 to 2011"
`P2Y`, "between 60 and 90 days" `PXD`); the complete dates inside a range of points are
TIMEX3s of their own as well ("2009", "2011"), since a claim needs them. This follows
ISO-TimeML and MEANTIME, which annotate both (2 of 2 point ranges on MEANTIME dev); TimeML 1.2.1
annotates the two points and reaches the stretch through a non-consuming DURATION with
``beginPoint``/``endPoint``, which a record with a text span can only hold as the range's text.
The bounds of a range of amounts ("60", "90 days") are no times of their own: "60" has no unit.
A first point without a year takes the second's ("from March to May 2006": March 2006).
Decision and counts: ``docs/dates.md``, "Conventions decided (issue 15 round 10)".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from hearsay.extract.times._timex import normalise
from hearsay.model import TimeExpr

_OPENER = re.compile(r"(?i)\b(from|between)\s+$")
_JOINERS = {"from": ("to", "through", "until", "till", "-", "–"), "between": ("and",)}
_YEAR = re.compile(r"(?<!\d)(?:1\d|20|21)\d\d(?!\d)")
_POINT = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_BARE_AMOUNT = re.compile(r"[\d.,]+|[a-z]+(?:-[a-z]+)?")
# "from X to Y" under a verb of change names the old and the new time, not a stretch ("postponed
# from 2009 to 2011", "moved from Friday to Monday")
_CHANGE_VERBS = frozenset("""move postpone delay push shift reschedule change bring advance extend cut raise lower increase
    decrease rise fall drop grow jump climb slip decline switch defer revise set""".split())


def _months(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])


def _stretch(first: str, second: str) -> str | None:
    """Return the DURATION between two points of one grain ("2009", "2011" -> ``P2Y``), else ``None``."""
    if not (_POINT.fullmatch(first) and _POINT.fullmatch(second)) or len(first) != len(second):
        return None
    if len(first) == 4:
        n, letter = int(second) - int(first), "Y"
    elif len(first) == 7:
        n, letter = _months(second) - _months(first), "M"
    else:
        n, letter = (date.fromisoformat(second) - date.fromisoformat(first)).days, "D"
    return f"P{n}{letter}" if n > 0 else None


def _opener(doc: Doc, full: str, first: TimeExpr, second: TimeExpr) -> int | None:
    """Return where "from"/"between" opens the range ``first``..``second``, else ``None``."""
    m = _OPENER.search(full, max(0, first.start - 12), first.start)
    if m is None or m.end() != first.start:
        return None
    signal = doc.char_span(m.start(1), m.end(1))
    if signal is not None and signal[0].head.lemma_.lower() in _CHANGE_VERBS and m.group(1).lower() == "from":
        return None
    joiner = full[first.end:second.start].strip().lower()
    return m.start() if joiner in _JOINERS[m.group(1).lower()] else None


def _with_year(first: TimeExpr, second: TimeExpr, anchor: date | None) -> TimeExpr:
    """Return ``first`` in the year ``second`` states when ``first`` states none ("from March to May 2006")."""
    year = _YEAR.search(second.text)
    if first.type != "DATE" or year is None or _YEAR.search(first.text) or not _POINT.fullmatch(first.value):
        return first
    for text in (f"{first.text} {year.group(0)}", f"{first.text}, {year.group(0)}"):
        timex = normalise(text, anchor)
        if timex is not None and len(timex.value) == len(first.value) and _POINT.fullmatch(timex.value):
            return replace(first, value=timex.value, rule=f"{first.rule}+range-year")
    return first


def join_ranges(doc: Doc, times: list[TimeExpr], anchor: date | None) -> list[TimeExpr]:
    """Return ``times`` with each "from X to Y" / "between X and Y" made one DURATION (see the module doc).

    A range of points keeps its two points and gains the DURATION over the whole range; a range of
    amounts of one unit ("between 60 and 90 days") becomes one DURATION ``PX<unit>``. Ids are
    renumbered in text order.
    """
    full = doc.text  # Doc.text joins every token on each call: read it once
    out: list[TimeExpr] = []
    i = 0
    while i < len(times):
        first = times[i]
        second = times[i + 1] if i + 1 < len(times) else None
        start = _opener(doc, full, first, second) if second is not None else None
        if second is None or start is None:
            out.append(first)
            i += 1
            continue
        text = full[start:second.end]
        if first.type == second.type == "DURATION" and _BARE_AMOUNT.fullmatch(first.text) and \
                re.sub(r"\d+(?:\.\d+)?", "X", first.value) == re.sub(r"\d+(?:\.\d+)?", "X", second.value):
            value = re.sub(r"\d+(?:\.\d+)?", "X", second.value)
            out.append(replace(second, text=text, start=start, value=value, rule="amount-range"))
            i += 2
            continue
        first = _with_year(first, second, anchor)
        stretch = _stretch(first.value, second.value) if first.type == second.type == "DATE" else None
        if stretch is not None:
            out.append(TimeExpr(id="", text=text, start=start, end=second.end, type="DURATION", value=stretch,
                                anchor=second.anchor, rule="point-range"))
        out.extend([first, second])
        i += 2
    return [replace(t, id=f"t{k + 1}") for k, t in enumerate(out)]
