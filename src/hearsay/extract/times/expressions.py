"""Dates and times: TIMEX3 values against the publication date.

Candidates are spaCy's DATE and TIME entities (cut at line breaks, stripped of numbers that
are not times: ages, bare counts) plus the few expressions its NER leaves out but TimeML
annotates: clock times ("16:15 UTC"), temporal adverbs ("now", "recently", "soon") and
weekday/month words it missed. Each candidate's text is normalised by
:func:`hearsay.extract.times._timex.normalise`; a candidate with no TIMEX3 reading is dropped.
The grammatical tense of the clause decides whether a bare weekday or month is the last or
the next one (news past bias; TempEval-3, UzZaman et al. 2013). Rules and measurements are in
``docs/dates.md``.

The steps live in ``_candidates`` (extents), ``_parts`` (one span cut into its expressions),
``_tense`` (the governing clause's tense) and ``_references`` (values read against the context and
earlier expressions); this module resolves each candidate in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.times._timex import MONTHS, Timex, WEEKDAYS, normalise
from hearsay.extract.zones import Zones
from hearsay.model import TimeExpr
from hearsay.extract.times._tense import _is_future, _is_past
from hearsay.extract.times._candidates import _candidates, _tokens_span
from hearsay.extract.times._references import (
    _antecedent,
    _clock_days,
    _generic_today,
    _in_context,
    _narrative,
    _past_day,
    _reported_period,
    _same_period,
)
from hearsay.extract.times._parts import _day_range, _split_parts, _year_range
from hearsay.extract.times._ranges import join_ranges
from hearsay.extract.times._parts import _readable_parts as _readable_parts  # re-exported: tests import it from here


_QUARTER = re.compile(r"(?i)\b(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[ -](?:quarter|half)|q[1-4]|h[12])\b")


def find_times(doc: Doc, anchor: date | None, zones: Zones, settings: Settings) -> list[TimeExpr]:
    """Return the date and time expressions of ``doc`` normalised to TIMEX3.

    Args:
        doc: the parsed article.
        anchor: the publication date relative values resolve against; ``None`` keeps them
            underspecified ("XXXX-01").
        zones: page furniture; times in biographies, credits and residue are skipped.
        settings: unused for now (kept for the extractor signature).

    Returns:
        TimeExpr records in text order with ids ``t1``, ``t2``, ...
    """
    out: list[TimeExpr] = []
    placed: list[tuple[TimeExpr, int]] = []  # each expression with its sentence number
    full = doc.text
    starts = [sent.start_char for sent in doc.sents] if doc.has_annotation("DEP") else [0]
    anchor_iso = anchor.isoformat() if anchor else None
    for start, end in _candidates(doc):
        if not zones.is_story(start, end):
            continue
        placed.extend((t, bisect_right(starts, t.start) - 1) for t in out[len(placed):])
        years = _year_range(full, start, end) or _day_range(full, start, end, anchor)
        if years:  # "the 2009-10 season": two points, each its own TIMEX3
            for s, e, value in years:
                out.append(TimeExpr(id=f"t{len(out) + 1}", text=full[s:e], start=s, end=e, type="DATE", value=value,
                                    anchor=anchor_iso, rule="year-range-split"))
            continue
        same = _same_period(full[start:end], out)
        if same is not None:  # "the same period last year": the period just reported, one year back
            out.append(TimeExpr(id=f"t{len(out) + 1}", text=full[start:end], start=start, end=end, type="DATE",
                                value=same, anchor=anchor_iso, rule="same-period"))
            continue
        span = _tokens_span(doc, start, end)
        future = _is_future(span) if span is not None else False
        if not future and span is not None and _QUARTER.search(span.text) and not _is_past(span):
            future = True  # "closures during the fourth quarter": a later quarter is this year's unless told past
        parts, cut = _split_parts(full, start, end)
        for i, (s, e) in enumerate(parts):
            p_span, p_future = span, future
            if cut:  # a part cut from a run-on span has its own clause ("until Friday" of a headline)
                p_span = _tokens_span(doc, s, e) or span
                p_future = _is_future(p_span) if p_span is not None else future
            timex = normalise(full[s:e], anchor, p_future)
            if timex is None and re.fullmatch(r"[\d.,]+|[a-z]+(?:-[a-z]+)?", full[s:e]) and i + 1 < len(parts):
                # "between 60 and 90 days": the first number takes the unit of the second
                unit = re.search(r"\s(\w+)$", full[parts[i + 1][0]:parts[i + 1][1]])
                timex = normalise(f"{full[s:e]} {unit.group(1)}", anchor, p_future) if unit else None
                timex = timex if timex is not None and timex.type == "DURATION" else None
            if timex is None or timex.rule == "next-day":
                timex = _antecedent(full[s:e], out) or timex
            if timex is None:
                continue
            if timex.rule == "month" and p_future and anchor is not None and _reported_period(doc, s, e):
                timex = normalise(full[s:e], anchor, False) or timex
            if timex.rule in ("month-day", "day-month", "holiday") and anchor is not None and p_span is not None and not p_future:
                timex = _past_day(timex, anchor, p_span)
            timex, used_anchor = _in_context(full, s, e, timex, anchor_iso)
            if timex.rule == "deictic" and p_span is not None and _generic_today(p_span):
                timex, used_anchor = Timex("DATE", "PRESENT_REF", None, "today-generic"), None
            sent = bisect_right(starts, s) - 1
            if anchor is not None and p_span is not None:
                timex, used_anchor = _narrative(full[s:e], timex, used_anchor, sent, placed, p_span, p_future)
            out.append(
                TimeExpr(
                    id=f"t{len(out) + 1}", text=full[s:e], start=s, end=e, type=timex.type,  # type: ignore[arg-type]
                    value=timex.value, mod=timex.mod, anchor=used_anchor, rule=timex.rule,
                )
            )
            placed.append((out[-1], sent))
    placed.extend((t, bisect_right(starts, t.start) - 1) for t in out[len(placed):])
    return join_ranges(doc, _clock_days(placed), anchor)


__all__ = ["MONTHS", "WEEKDAYS", "find_times"]
