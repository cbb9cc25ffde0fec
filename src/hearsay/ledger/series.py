"""Figure series: one variable of one subject over time, as intervals over ``as_of``.

A point keeps the figure's interval (``low``/``high``; ``None`` is open), its variable
(:mod:`hearsay.ledger.variables`: measure, place, basis, unit; ``NULL`` when the figure is not
a count or the text does not say what it measures), the date it holds for (its explicit
``as_of`` only: a figure without one has no ``as_of`` and no period, and is listed apart, never
placed at the publication date), the period it is compared within (the month, or the year for
year-only dates), who gives it and the article it comes from.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sqlalchemy import Connection, select

from hearsay import lexicon
from hearsay.ledger.variables import (DISTANCE, EVENT_MEASURES, MAGNITUDE, is_change, is_fall, magnitude_value,
                                      sentence_of, variable_of)
from hearsay.model import Figure, Record
from hearsay.store import schema

_DATE = re.compile(r"^\d{4}(-\d{2})?")


def interval(figure: Figure) -> tuple[float | None, float | None]:
    """Return the ``(low, high)`` interval a figure allows; an unhedged value is a point."""
    if figure.low is None and figure.high is None and figure.value is not None and not figure.hedge:
        return figure.value, figure.value
    return figure.low, figure.high


def period(as_of: str | None) -> str | None:
    """Return the comparison window of a TIMEX3 value: ``YYYY-MM`` or ``YYYY`` (None if undated)."""
    if not as_of:
        return None
    m = _DATE.match(as_of)
    return m.group(0) if m else None


def change_period(as_of: str | None) -> str | None:
    """The comparison window of a change ("the Nasdaq fell 100.12 points") and of the level a change brings something
    to ("fell to 2138.14", "shares rose to $373.72"): its day when ``as_of`` gives one, as a market's daily move or
    level is not comparable with another day's of the same month (round 7; session 9: the levels of 17 and 20
    September 2008 were reported as a conflict)."""
    m = re.match(r"^\d{4}-\d{2}-\d{2}", as_of or "")
    return m.group(0) if m else period(as_of)


_PLACES = ("GPE", "LOC", "FAC")
# A place used as the nationality of a company named next: "U.S. automaker Chrysler", "German carmaker BMW" (round 5).
# Round 13: a place before a named thing's class noun in apposition to its name ("the primary UK index, the FTSE 100")
# says whose index it is; the index is what moved.
_OWNER_AFTER_PLACE = re.compile(r"\.?\s+(?:[a-z]+\s+)?(?:automaker|carmaker|company|firm|bank|retailer|airline|maker|"
                                r"manufacturer|giant|insurer|lender|group|conglomerate|chain|operator|index|benchmark|"
                                r"exchange|bourse)s?(?:\s+|,\s+(?:the\s+)?)[A-Z]")


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)")
# Between a figure and the place modifying its counted noun only quantity words may stand
# ("1,000 North Korean soldiers", "20 more U.S. troops", "300 of the Russian soldiers").
_COUNTED_GAP = re.compile(r"[ \t]+(?:(?:more|other|additional|further|of|the|their|its|those|these|fellow)[ \t]+)*")


@functools.lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The role nouns of ``lexicon/sectors.tsv`` ("officials", "troops", "forces", "warplanes", "people")."""
    return frozenset(row["term"].lower() for row in lexicon.load("sectors.tsv") if row["kind"] == "role")


def actor_modifier(text: str, start: int, end: int, fig: Figure) -> bool:
    """True when the place mention ``text[start:end]`` modifies a role noun outside the figure
    ("U.S. officials reported that the operation killed 139 insurgents", "U.S. troops killed 20"):
    it says whose officials or troops these are, who tells or does the killing, not where the toll
    fell. Inside the figure ("Two U.S. soldiers were killed"), or modifying the noun the figure
    counts ("As many as 1,000 North Korean soldiers died"), it names the victims' side (round 6)."""
    if fig.start <= start and end <= fig.end:
        return False
    if start >= fig.end and _COUNTED_GAP.fullmatch(text, fig.end, start):
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) in _role_nouns()


def supported_subject(record: Record, fig: Figure, measure: str | None) -> str | None:
    """The figure's subject when its paragraph names it before the figure's sentence ends, or the
    headline (first line) names it; else None (the point joins no series).

    A subject found further away (the entity of the previous paragraph, the company of another
    story on the page) is a guess; a series of guesses is not a timeline. A toll of
    people ("killed", "injured") is about an event: its subject must be a place, not whoever gave
    the figure ("Heidar Alishvandi said 50 were injured"). A quake's magnitude and a distance have
    none (round 14, round 13): the quake is what was measured, a place only where it struck.
    """
    if not fig.subject:
        return None
    entity = next((e for e in record.entities if e.id == fig.subject), None)
    if entity is None:
        return None
    if (measure in EVENT_MEASURES or measure == MAGNITUDE) and entity.type not in _PLACES:
        return None
    if measure == DISTANCE:
        return None  # round 13: "1, 500 kilometers south of Tehran" is measured from a place, owned by none
    if measure == MAGNITUDE:
        # round 14: "A 5.6 magnitude earthquake hit an island off Iran's southern coast" measures the quake, not Iran:
        # a country's series of magnitudes joins its quakes of different years. One quake's reports are compared by
        # the story rule (contradictions.find_story_conflicts), which needs no subject.
        return None
    text = record.article.text
    if entity.type in _PLACES and measure and measure not in EVENT_MEASURES and measure != MAGNITUDE:
        lo, hi = sentence_of(text, fig.start, fig.end)
        head = re.escape(measure.split()[0])
        if re.search(r"\b(?:its|their|[A-Z][\w.&-]*['’]s)\s+(?:[a-z]+\s+)?" + head + r"(?:s|es)?\b", text[lo:hi]):
            return None  # "Ford said its sales in the United States rose 43%", "GM ... its dealerships": the owner's measure
        if any(lo <= m.start and m.end <= hi and _OWNER_AFTER_PLACE.match(text, m.end) for m in entity.mentions):
            return None  # "U.S. automaker Chrysler wants to eliminate 789 dealerships": the place says whose company
    if entity.type == "PERSON" and not (measure or "").startswith("age of") and only_the_speaker(text, fig, entity.mentions):
        return None  # "Police Inspector Dave Gaskin said Monday the two incidents ...": who tells, not whose incidents
    if other_clause_subject(text, fig, entity.mentions):
        return None  # "The Nasdaq index has fallen by 3.16%, while the Dax was 1.75% lower": the Dax's 1.75%
    hi = sentence_of(text, fig.start, fig.end)[1]
    lo = text.rfind("\n", 0, fig.start) + 1
    title_end = text.find("\n") if "\n" in text else 0  # the headline names what the article is about
    if fig.end <= title_end:  # a headline figure: the lead paragraph under it may name its subject
        lead_end = text.find("\n", title_end + 1)
        hi = len(text) if lead_end == -1 else lead_end
    mentions = entity.mentions
    if measure in EVENT_MEASURES:  # a toll's place, not the nationality of who reports or inflicts it
        mentions = tuple(m for m in mentions if not actor_modifier(text, m.start, m.end, fig))
    if not any((lo <= m.start and m.end <= hi) or m.end <= title_end for m in mentions):
        return None
    return fig.subject


# Clause boundaries that can open a clause with a subject of its own (round 7).
_CLAUSE_BOUNDARY = re.compile(r";|,?\s+(?:while|whereas)\b|,\s+(?:and|but)\s+|\s+and\s+(?=the\s+[A-Z])")
_NAME = re.compile(r"(?<![\w'’])[A-Z][\w&.'’-]*")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "Of", "To", "From", "With", "It", "Its", "He", "She",
                        "They", "We", "I", "This", "That", "These", "Those", "There", "But", "And", "As", "After", "Before",
                        "Since", "When", "While", "If", "According", "Mr", "Mrs", "Ms", "Dr"})


def other_clause_subject(text: str, fig: Figure, mentions: tuple[Any, ...]) -> bool:
    """True when the subject is named in the figure's sentence but only outside the figure's clause, and the
    figure's clause names something else before the figure ("The Nasdaq index has fallen by 3.16% to 2138.14,
    while the Dax was 1.75% lower"; "The S&P 500 Index finished at 756.55 ... and the NASDAQ composite had ..."):
    the figure belongs to that other name (round 7)."""
    lo, hi = sentence_of(text, fig.start, fig.end)
    in_sentence = [m for m in mentions if lo <= m.start and m.end <= hi]
    if not in_sentence:
        return False
    c_lo, c_hi = lo, hi
    for b in _CLAUSE_BOUNDARY.finditer(text, lo, hi):
        if b.end() <= fig.start:
            c_lo = b.end()
        elif b.start() >= fig.end:
            c_hi = b.start()
            break
    if any(c_lo <= m.start and m.end <= c_hi for m in in_sentence):
        return False
    return any(w not in _NOT_NAMES for w in _NAME.findall(text, c_lo, fig.start))


_SPEECH = r"(?:said|says|told|tells|reported|reports|added|adds|estimated|estimates|explained|noted|wrote|stated|announced)"
# "Gaskin said", "Lynch reported", "Lucas Paganini, a NASA planetary scientist who led the investigation, said"
_SPEAKS_AFTER = re.compile(r"(?:,[^,.;]{1,100},)?\s+" + _SPEECH + r"\b")
_SPEAKS_BEFORE = re.compile(r"\b(?:" + _SPEECH + r"|according to)\s+(?:[A-Z][\w.]*\s+){0,3}$")  # "said Police Chief ..."


def only_the_speaker(text: str, fig: Figure, mentions: tuple[Any, ...]) -> bool:
    """True when every mention of a person in the figure's sentence is the one who tells it ("Police Inspector Dave
    Gaskin said Monday the two incidents ...", "'... there were five officers ...', Pigeon said"): the figure is what the
    person reports, not a measure of the person (round 7). A sentence that does not name the person is left alone."""
    lo, hi = sentence_of(text, fig.start, fig.end)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and not (m.start < fig.end and fig.start < m.end)]
    return bool(inside) and all(_SPEAKS_AFTER.match(text, m.end) or _SPEAKS_BEFORE.search(text[lo:m.start])
                                for m in inside)


def nested(fig: Figure, figures: tuple[Figure, ...]) -> bool:
    """True when ``fig`` lies inside a longer figure ("737 aircraft" inside "five new 737 aircraft"): not a count of its own."""
    return any(o is not fig and o.start <= fig.start and fig.end <= o.end and (o.end - o.start) > (fig.end - fig.start)
               for o in figures)


def add_points(conn: Connection, doc_key: int, record: Record, canonical: dict[str, int]) -> list[int]:
    """Add a series point for each figure of article ``doc_key`` that names its quantity.

    Returns:
        the figure row keys that became points.
    """
    f = schema.figures
    keys = {r.local_id: r.id for r in conn.execute(select(f.c.local_id, f.c.id).where(f.c.document_id == doc_key))}
    rows = []
    for fig in record.figures:
        if nested(fig, record.figures):
            continue
        var = variable_of(fig, record.article.text)
        quantity = fig.quantity or (var.measure if var.measure == MAGNITUDE else None)  # "a magnitude of 5.6" names no noun
        if not quantity:
            continue
        low, high = interval(fig)
        whole = magnitude_value(fig, record.article.text) if var.measure == MAGNITUDE and fig.unit is None else None
        if whole is not None:  # "5. 9": a tokenised decimal, read whole once (at its first half)
            value, start, _ = whole
            if fig.start > start and any(o is not fig and o.start <= start < o.end for o in record.figures):
                continue  # the second half of a number whose first half is a figure too
            if low is not None and high is not None and low != high:
                continue  # "about 6. 0": a hedge of the first half, not of the whole
            low, high = value, (None if high is None else value)
        as_of = fig.as_of if period(fig.as_of) else None
        point: float | None = low if whole is not None else fig.value
        low_inc, high_inc = fig.low_inclusive, fig.high_inclusive
        if point is not None and point < 0 and is_fall(var):  # "has fallen by -3.16%": the minus restates the fall
            point, low, high = -point, (None if high is None else -high), (None if low is None else -low)
            low_inc, high_inc = high_inc, low_inc
        rows.append({
            "figure_id": keys[fig.id], "document_id": doc_key,
            "subject_id": canonical.get(subject) if (subject := supported_subject(record, fig, var.measure)) else None,
            "quantity": quantity.lower().strip(), "value": point, "low": low, "high": high,
            "low_inclusive": low_inc, "high_inclusive": high_inc, "unit": var.unit,
            "as_of": as_of, "period": change_period(as_of) if is_change(var) or var.measure == "level" else period(as_of),
            "source_id": canonical.get(fig.source) if fig.source else None,
            "variable": var.label if var.comparable else None, "place": var.place, "basis": var.basis, "kind": var.kind,
            "scale": var.scale,
        })
    if rows:
        conn.execute(schema.series_points.insert(), rows)
    return [r["figure_id"] for r in rows]


__all__ = ["actor_modifier", "add_points", "interval", "change_period", "nested", "only_the_speaker", "other_clause_subject", "period", "supported_subject"]
