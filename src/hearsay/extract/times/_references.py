"""Dates: values read against the context, earlier expressions and the narrative's reference time.

Anaphora ("that day", "the following day"), "the same period last year", offsets counted from an
event, rates, a past "June 24", "today's economy", a reported month and the narrative's reference
time (Reichenbach; HeidelTime's "narrative" resolution). Split out of ``expressions.py``; rules in
``docs/dates.md``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from hearsay.extract.times._timex import MONTHS, PARTS, Timex, WEEKDAYS, duration, duration_parts, month_day, normalise, unknown_value
from hearsay.model import TimeExpr
from hearsay.extract.times._tense import _SCHEDULED, _governor, _is_past, _past_form
from hearsay.extract.times._candidates import _OFFSET


# an offset counted from an event, not from the publication date: "the day before the trial",
# "two weeks after the election" (TimeML anchors these on the event; issue 15)
_EVENT_AFTER = re.compile(r"\s+(before|after|ahead of|following|prior to)\s+((?:the|a|an|his|her|its|their|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
_NOT_EVENTS = {"year", "month", "week", "day", "end", "start", "beginning", "deadline"} | set(MONTHS) | set(WEEKDAYS)
_ANAPHORA = re.compile(r"(?:that|that same|the same) (time|day|week|month|year)|the (time)", re.IGNORECASE)
_NEXT_DAY = re.compile(r"(?:the )?(following|next|previous|prior|preceding) (day|morning|afternoon|evening|night)"
                       r"|the day (before|after)", re.IGNORECASE)
_GRAIN = {"day": 10, "time": 10, "week": 8, "month": 7, "year": 4}


# nouns of a state of affairs rather than a dated event: "today's economy" is the present era
_ERA_NOUNS = {"economy", "world", "society", "market", "marketplace", "climate", "environment", "age", "era",
              "generation", "youth", "culture", "technology", "standard", "term", "dollar", "money", "price",
              "industry", "business", "politics", "media", "workplace", "workforce", "consumer", "life"}


def _generic_today(span: Span) -> bool:
    """True for "today" as a possessive of the present era: "today's economy", "today's GM".

    TimeML 1.2.1 gives "today" in its "nowadays" sense the value ``PRESENT_REF`` (MEANTIME does
    too: "an exciting time at today's GM"); "today's plan", "today's trading" stay the day.
    """
    tok = span.root
    if tok.lower_ != "today" or tok.dep_ != "poss" or tok.head is tok:
        return False
    noun = tok.head
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in _ERA_NOUNS or noun.lower_ in _ERA_NOUNS
# nouns of published figures: a bare month modifying one names the period the figures cover,
# which is over before they come out ("an announcement Friday of August unemployment data")
_REPORT_NOUNS = {"data", "figures", "figure", "numbers", "statistics", "sales", "results", "report", "reports",
                 "payrolls", "earnings", "output"}


def _reported_period(doc: Doc, start: int, end: int) -> bool:
    """True for a month that modifies a noun of published figures ("August unemployment data")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):  # through a chain of noun modifiers: "June payrolls data"
        if tok.dep_ not in ("compound", "nmod", "amod") or tok.head is tok:
            return False
        tok = tok.head
        if tok.lower_ in _REPORT_NOUNS:
            return True
    return False


def _scheduled_for(span: Span) -> bool:
    """True for the time a timetable verb puts an event at: "was set for October 28", "were scheduled for May 3".

    The verb's tense dates the scheduling, not the event; the date it names is the nearest one (round 11).
    """
    prep = span.root.head
    verb = prep.head
    return prep.lower_ == "for" and prep.dep_ == "prep" and verb.lower_ in _SCHEDULED


def _past_day(timex: Timex, anchor: date, span: Span) -> Timex:
    """Return a bare "June 24" of a past clause ("was killed on June 24") on or before the anchor.

    Untensed, a day and month is the nearest such day; the tense of the clause decides the side
    (TimeML): a finished event reported on 3 May 2007 was not on 24 June 2007.
    """
    if not _DAY_VALUE.fullmatch(timex.value):  # "February 30" stays underspecified
        return timex
    day = date.fromisoformat(timex.value)
    if day <= anchor + timedelta(days=1) or not _past_form(_governor(span)):
        return timex  # "has been scheduled for June 3" is a present perfect: the hearing is ahead
    if _scheduled_for(span):
        return timex  # "a trial date was set for October 28": the setting is past, the date it names need not be
    return Timex(timex.type, month_day(anchor, day.month, day.day, False, past=True), timex.mod, timex.rule + "+past")


# Reference time (issue 15, round 2). News resolves relative dates against the publication date,
# but once the narrative names another date the reader counts from that one (Reichenbach's
# reference time; HeidelTime's "narrative" resolution). Explicit dates are the ones written out in
# full, never computed from the publication date:
_EXPLICIT_DAY = {"month-day-year", "day-month-year", "iso", "numeric", "weekday-date"}
_EXPLICIT_YEAR = _EXPLICIT_DAY | {"year", "month-year", "quarter-year", "season-year", "fiscal-year"}
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNIT_GRAIN = {"day": 10, "week": 10, "month": 7, "year": 4}
_GRAIN_VALUE = {10: _DAY_VALUE, 7: re.compile(r"\d{4}-\d{2}(?![\d])|\d{4}-\d{2}-"), 4: re.compile(r"\d{4}(?![\d])")}


def _narrative(text: str, timex: Timex, used: str | None, sent: int, placed: list[tuple[TimeExpr, int]],
               span: Span, future: bool) -> tuple[Timex, str | None]:
    """Return ``timex`` resolved against the narrative's reference time when the text has moved on.

    - "the day", "the year", "the end of the week" (a definite unit with no deictic word) name the
      period the story is in: the latest earlier date at that grain ("Stocks fell on Monday ... to
      end the day at 7,114": Monday), not the publication date. A future clause keeps the
      publication date ("will report by the end of the year").
    - a bare weekday in a sentence whose own or previous sentence names an explicit full date more
      than a week before publication counts from that date ("On 12 March 2003 troops crossed the
      border. On Friday they reached Basra.": the Friday after 12 March; "had ... on Friday", the
      past perfect, the Friday before it). Within the last week the publication date already gives
      the weekday a reader means.
    - a bare month in a past clause of a sentence that names an explicit other year counts in that
      year ("Sales fell in March 2005 and again in June": June 2005).
    """
    rule = timex.rule
    if rule.startswith("the-unit") and not future:
        unit = re.search(r"\b(day|week|month|year)\b", "day" if rule == "the-unit-part" else text.lower())
        # "the weekend" is the latest one: kept; a bare part of day ("morning trading") is the narrated day's
        if unit is not None:
            grain = _UNIT_GRAIN[unit.group(1)]
            for t, _ in reversed(placed):
                if t.type in ("DATE", "TIME") and not t.rule.startswith("event-anchored") and t.rule not in _DAYLESS_CLOCK \
                        and _GRAIN_VALUE[grain].match(t.value):
                    ref = t.value[:10] if grain == 10 else t.value[:grain]
                    return _against(text, timex, ref, future) or timex, used
    if rule == "ago" and re.search(r"(?i)\b(later|earlier|before|after|afterwards?|thereafter)$", text):
        # "three days later", "two years earlier" count from the time just narrated (anaphoric),
        # unlike "ago" and "from now", which count from the moment of writing (deictic)
        unit = re.search(r"(?i)\b(day|week|month|year)s?\b", text)
        grain = _UNIT_GRAIN[unit.group(1).lower()] if unit else 10
        for t, _ in reversed(placed):
            if t.type in ("DATE", "TIME") and not t.rule.startswith(("event-anchored", "ago")) and _GRAIN_VALUE[grain].match(t.value):
                ref = t.value[:10] if grain == 10 else t.value[:grain]
                if ref != (used or "")[:len(ref)]:
                    found = _against(text, timex, ref, future)
                    if found is not None:
                        return found, ref if len(ref) == 10 else used
                break
        else:
            if re.search(r"(?i)\b(later|after|afterwards?|thereafter)$", text) and _is_past(span):
                # "A year later, the plant closed." with no earlier date: counted from a time the
                # text never gives, in a past clause, so before the publication date, not after it
                return Timex("DATE", "PAST_REF", None, "ago-unanchored"), None
    if rule == "ago-vague" and re.search(r"(?i)\b(later|after|afterwards?|thereafter)$", text) and _is_past(span):
        return Timex("DATE", "PAST_REF", None, "ago-unanchored"), None  # "Weeks later, the company collapsed."
    if rule == "weekday" and not re.match(r"(?i)(last|next|this|past|coming) ", text) and used is not None:
        for t, where in reversed(placed):
            if where < sent - 1:
                break
            if t.rule in _EXPLICIT_DAY and _DAY_VALUE.match(t.value):
                day = date.fromisoformat(t.value[:10])
                if (date.fromisoformat(used) - day).days > 7:
                    perfect = any(c.lower_ in ("had", "'d") for c in _governor(span).children)
                    found = normalise(text, day, not perfect)
                    if found is not None:
                        return Timex(found.type, found.value, found.mod, found.rule + "+reference"), day.isoformat()
                break
    if rule == "month" and used is not None and not future and re.fullmatch(r"(?i)[a-z]+\.?", text) and _is_past(span):
        for t, where in reversed(placed):
            if where < sent:
                break
            if t.rule in _EXPLICIT_YEAR and re.match(r"(?:FY)?\d{4}", t.value):
                year = int(re.sub(r"^FY", "", t.value)[:4])
                if year != int(used[:4]):
                    month = normalise(text, date(year, 12, 31))
                    if month is not None:
                        return Timex(month.type, month.value, month.mod, month.rule + "+reference"), f"{year:04d}-12-31"
                break
    return timex, used


def _against(text: str, timex: Timex, ref: str, future: bool) -> Timex | None:
    """Re-read ``text`` against the reference value ``ref`` ("2005", "2009-02", "2009-02-23")."""
    y, m, d = int(ref[:4]), int(ref[5:7] or 12) if len(ref) >= 7 else 12, int(ref[8:10]) if len(ref) >= 10 else 28
    if len(ref) < 10 and re.search(r"(?i)\b(day|week)", text):
        return None
    found = normalise(text, date(y, m, d), future)
    if found is None:
        return None
    return Timex(found.type, found.value, found.mod, found.rule + "+reference")


_DAYLESS_CLOCK = ("clock", "clock+mod")  # a clock time whose day is still the publication date's


def _clock_days(placed: list[tuple[TimeExpr, int]]) -> list[TimeExpr]:
    """Give a clock time without a day the day named in its sentence ("at 16:15 UTC, June 1st").

    Without a publication date (the value still reads ``XXXX-XX-XX``), the latest full date written
    before it is that day instead: a dateline or the story's last named day (round 10; a date the
    text writes, never a guessed one).
    """
    fixed = []
    for t, sent in placed:
        if t.rule in _DAYLESS_CLOCK and t.type == "TIME":  # "about 8. 40am on Saturday" too (round 11)
            days = [d for d, where in placed if where == sent and d is not t and d.type == "DATE"
                    and _DAY_VALUE.fullmatch(d.value) and d.rule != "deictic"]
            if not days and t.value.startswith("XXXX-XX-XX"):
                days = [d for d, _ in placed if d.end <= t.start and d.type == "DATE" and _DAY_VALUE.fullmatch(d.value)][-1:]
            if days:
                near = min(days, key=lambda d: abs(d.start - t.start))
                t = replace(t, value=near.value + t.value[10:], anchor=near.value, rule="clock+reference")
        fixed.append(t)
    return fixed


_SAME_PERIOD = re.compile(r"(?i)(?:the )?same (?:period|quarter|month|week|time) (?:of |in )?(?:last year|the previous year|"
                          r"the prior year|(?:a|one) year (?:earlier|ago|before))")


def _same_period(text: str, earlier: list[TimeExpr]) -> str | None:
    """Return the value of "the same period last year": the latest earlier month, quarter or week, a year back."""
    if not _SAME_PERIOD.fullmatch(text):
        return None
    for t in reversed(earlier):
        m = re.fullmatch(r"(\d{4})(-(?:\d{2}|Q[1-4]|H[12]|W\d{2}))", t.value)
        if t.type == "DATE" and m:
            return f"{int(m.group(1)) - 1:04d}{m.group(2)}"
    return None


def _in_context(full: str, start: int, end: int, timex: Timex, anchor_iso: str | None) -> tuple[Timex, str | None]:
    """Return ``timex`` corrected by the words around it, and the anchor it was resolved against.

    - "over the next decade", "for the coming year": a stretch of time, so a DURATION (P10Y);
    - "a week earlier than expected": the offset compares with an expected time, so P1W;
    - "400,000 units a year", "5% a year", "twice a week": the time unit of a rate recurs, so a SET;
    - "the day before the trial", "two weeks after the election": counted from an event, so the
      value stays relative ("XXXX-XX-XX", "P2W") and the event is recorded in ``rule``
      ("event-anchored:the trial"); no publication-date anchor is claimed (TimeML anchors these
      on the event, not the document time; issue 15).
    """
    text = full[start:end]
    before = full[max(0, start - 16):start].lower()
    m = re.fullmatch(r"(?i)the (?:next|coming|following) (week|month|year|quarter|decade|century)", text)
    if m and re.search(r"\b(?:over|for|during|within|throughout)\s+$", before):
        return Timex("DURATION", duration(1, m.group(1).lower()), None, "over-next-unit"), anchor_iso
    m = re.fullmatch(r"(?i)(.+) (?:earlier|later|sooner)", text)
    if m and re.match(r"\s+than\b", full[end:end + 6]):
        parts = duration_parts(m.group(1).lower())
        if parts is not None:
            return Timex("DURATION", duration(parts[0], parts[1]), parts[2], "offset-than"), anchor_iso
    m = re.fullmatch(r"(?i)an? (year|month|week|day|hour)", text)
    if m and re.search(r"(?:[a-z]s|\d|%|twice|once|times|hundred|thousand|illion)\s+$", before) \
            and not re.match(r"\s+(?:ago|earlier|later|before|after)\b", full[end:end + 9]):
        # the time unit of a rate ("400,000 units a year", "5% a year", "per day") recurs: a SET
        return Timex("SET", duration(1, m.group(1).lower()), None, "rate"), None
    event = _EVENT_AFTER.match(full, end)
    if event is not None and _OFFSET.fullmatch(text) and event.group(2).split()[-1].lower() not in _NOT_EVENTS:
        rule = f"event-anchored:{event.group(2)}"
        if timex.type == "DURATION":
            return Timex("DURATION", timex.value, timex.mod, rule), None
        unit = re.search(r"(day|week|month|year|hour|minute)s?$", text.lower())
        value = unknown_value(unit.group(1)) if unit and unit.group(1) in ("day", "week", "month", "year") else "XXXX-XX-XX"
        return Timex("DATE", value, timex.mod, rule), None
    return timex, anchor_iso


def _antecedent(text: str, earlier: list[TimeExpr]) -> Timex | None:
    """Return "that day" / "that time" resolved to the latest earlier date at that grain, else None."""
    m = _NEXT_DAY.fullmatch(text)
    if m is not None:  # "the following day": one day after the latest earlier full date
        off = 1 if (m.group(1) or m.group(3)).lower() in ("following", "next", "after") else -1
        part = PARTS.get((m.group(2) or "day").lower())
        for t in reversed(earlier):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value[:10]) and t.type in ("DATE", "TIME"):
                day = (date.fromisoformat(t.value[:10]) + timedelta(days=off)).isoformat()
                return Timex("TIME", f"{day}T{part}", None, "next-day") if part else Timex("DATE", day, None, "next-day")
        return None
    m = _ANAPHORA.fullmatch(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    grain = _GRAIN[word]
    for t in reversed(earlier):
        if t.rule in _DAYLESS_CLOCK:
            continue  # a clock time names no day of its own: its day is settled later (``_clock_days``; round 11)
        if t.type in ("DATE", "TIME") and re.match(r"\d{4}", t.value) and len(t.value) >= grain:
            return Timex("DATE", t.value[:grain] if word != "time" else t.value, None, "anaphora")
    # "at the time" with no date before it: some past time (TimeML PAST_REF)
    return Timex("DATE", "PAST_REF", None, "anaphora-past") if m.group(2) else None
