"""Contradictions: figures whose intervals cannot both hold, statements that negate each other.

Two figures conflict only when all of these hold (issue 13):

- their variables match: same subject, same :mod:`~hearsay.ledger.variables` label (measure
  with its verb, place, part/whole or rate basis, unit) -- figures that are not counts
  (scores, ranks, model numbers, clock times, specifications, table rows) or whose measure
  the text does not name have no variable and are never compared;
- they come from different sources: different articles that are not near-duplicates of one
  story (never two figures of one article);
- their times overlap: both have an explicit ``as_of`` in the same period (a figure without
  one is never compared: its time is unknown);
- their intervals are disjoint even after widening each unhedged round number by half its
  last significant digit ("11,000" may be anything from 10,500 to 11,500).

A speaker contradicts themself when, in two different articles, two of their statements state
the same proposition word for word (rapidfuzz ratio >= 0.9 without negators) with opposite polarity. Conditionals ("will appeal if ...") and questions are
not assertions and are skipped; in "X denied reports that Y" the proposition is Y and X denies
it (the reports, not X, say Y). Each pair is stored once (lower row key on the left) with a
reason, a confidence and both sentences.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, or_, select

from rapidfuzz import fuzz

from hearsay import lexicon
from hearsay.extract.figures.ages import AGE_PREFIX
from hearsay.ledger.statements import words
from hearsay.ledger.stories import STORY_DAYS, anchor, content_words, named_in, place_mentions, same_story, sentence_times_agree
from hearsay.ledger.variables import sentence_of
from hearsay.store import schema

NEGATES_MIN = 0.85  # same_statement score of the two contents once negation words are removed
# Kept for callers of the old API: measurement kinds that never form a variable on their own.
GENERIC_QUANTITIES = frozenset({"money", "percent", "percentage", "point", "points", "index", "time", "unit", "units",
                                "figure", "number", "amount", "value", "gb", "mb", "g", "kg", "km", "m", "year", "years"})
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided that|as long as|in case|would|could|might)\b", re.I)
_QUESTION_CUES = frozenset({"asked", "asks", "ask", "wondered", "wonders", "questioned", "queried"})
_REPORTS_THAT = re.compile(r"^\s*(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|accusations?|speculation)"
                           r"\s+(?:that\s+)?", re.I)


def rounding(value: float | None, text: str | None = None) -> float:
    """Half the place of the last significant digit of ``value`` (0 for values below 10)."""
    if value is None or value == 0 or not math.isfinite(value):
        return 0.0
    v = abs(value)
    if v != int(v) or v < 10:
        return 0.0
    n = int(v)
    place = 1
    while n % 10 == 0 and n >= 10:
        n //= 10
        place *= 10
    return place / 2


def decimal_rounding(value: float) -> float:
    """Half the place of the last decimal of ``value`` as a float prints it ("5.9" -> 0.05, "6" -> 0.5)."""
    digits = repr(float(value)).split(".")[1] if "e" not in repr(float(value)) else ""
    places = 0 if digits in ("", "0") else len(digits.rstrip("0"))
    return 0.5 * 10.0 ** -places


def _rounding_of(p: Any) -> float:
    """How far rounding may have moved point ``p``'s written value: a magnitude to its last decimal, a count to
    its last significant digit (:func:`rounding`)."""
    if p.low is None or p.low != p.high:
        return 0.0
    if (getattr(p, "variable", None) or "").split(" in ", 1)[0] == "magnitude":
        return decimal_rounding(p.low)
    if (getattr(p, "variable", None) or "").startswith(AGE_PREFIX):
        return 0.0  # an age is given in whole years: "30" is 30, not 25 to 35
    return rounding(p.low)


def widened(p: Any) -> tuple[float | None, float | None]:
    """Return ``p``'s interval in its unit, widened by rounding when it is an unhedged point."""
    scale = p.scale if getattr(p, "scale", None) else 1.0
    low = None if p.low is None else p.low * scale
    high = None if p.high is None else p.high * scale
    if low is not None and high is not None and low == high:
        r = _rounding_of(p) * scale
        return low - r, high + r
    return low, high


def disjoint(a: Any, b: Any) -> bool:
    """True when the intervals of points ``a`` and ``b`` (low/high/inclusive) cannot overlap."""
    def below(x: Any, y: Any) -> bool:  # x lies wholly below y
        if x.high is None or y.low is None:
            return False
        return bool(x.high < y.low or (x.high == y.low and not (x.high_inclusive and y.low_inclusive)))
    return below(a, b) or below(b, a)


def _rounded(p: Any) -> bool:
    """True when ``p`` is an unhedged round number that :func:`widened` widens."""
    return _rounding_of(p) > 0


def disjoint_beyond_rounding(a: Any, b: Any) -> bool:
    """:func:`disjoint` after :func:`widened`: a gap that rounding cannot explain.

    A round number stands for the values that round to it, half up: "70" is 65 up to but not
    including 75, "80" is 75 up to 85, so two rounding windows that touch ("70" vs "80") do not
    overlap. A hedged or exact bound keeps its own inclusiveness.
    """
    (alo, ahi), (blo, bhi) = widened(a), widened(b)
    a_hi_incl, a_lo_incl = (False, True) if _rounded(a) else (bool(a.high_inclusive), bool(a.low_inclusive))
    b_hi_incl, b_lo_incl = (False, True) if _rounded(b) else (bool(b.high_inclusive), bool(b.low_inclusive))

    def below(hi: float | None, lo: float | None, inclusive: bool) -> bool:
        return hi is not None and lo is not None and (hi < lo or (hi == lo and not inclusive))
    return below(ahi, blo, a_hi_incl and b_lo_incl) or below(bhi, alo, b_hi_incl and a_lo_incl)


def figure_confidence(a: Any, b: Any) -> float:
    """How sure a figure conflict is, 0..1: a relative gap, a named verb/place and named sources add to 0.5."""
    (alo, ahi), (blo, bhi) = widened(a), widened(b)
    if ahi is not None and blo is not None and ahi < blo:
        gap, size = blo - ahi, max(abs(blo), 1e-9)
    elif bhi is not None and alo is not None and bhi < alo:
        gap, size = alo - bhi, max(abs(alo), 1e-9)
    else:
        gap, size = 0.0, 1.0
    conf = 0.5 + min(gap / size, 1.0) * 0.2
    if " " in (a.variable or "").split(" (")[0]:  # a verb, a place or a basis narrows the variable
        conf += 0.1
    if a.source_id is not None and b.source_id is not None:
        conf += 0.1
    if a.low is not None and a.high is not None and b.low is not None and b.high is not None:
        conf += 0.05  # both closed: no open hedge
    return round(min(conf, 0.95), 2)


def _group(conn: Connection, doc_key: int) -> int:
    d = schema.duplicates
    row = conn.execute(select(d.c.group_id).where(d.c.document_id == doc_key)).first()
    return int(row[0]) if row else doc_key


def _insert(conn: Connection, **values: Any) -> bool:
    """Store one unordered pair once (lower row key on the left); return whether it was new."""
    if values["left_id"] > values["right_id"]:
        for a, b in (("left_id", "right_id"), ("left_document_id", "right_document_id"), ("left_sentence", "right_sentence")):
            values[a], values[b] = values[b], values[a]
    c = schema.contradictions
    exists = conn.execute(select(c.c.id).where(c.c.kind == values["kind"], c.c.left_id == values["left_id"],
                                               c.c.right_id == values["right_id"])).first()
    if exists:
        return False
    conn.execute(c.insert().values(detected_at=datetime.now(timezone.utc).isoformat(), **values))
    return True


def _fmt(p: Any) -> str:
    lo, hi = widened(p)
    lo_s = "-inf" if lo is None else f"{lo:g}"
    hi_s = "inf" if hi is None else f"{hi:g}"
    return f"[{lo_s}, {hi_s}" + (")" if _rounded(p) else "]")


def _sentence(conn: Connection, table: Any, key: int, texts: dict[int, str]) -> str | None:
    row = conn.execute(select(table.c.document_id, table.c.char_start, table.c.char_end).where(table.c.id == key)).first()
    if row is None:
        return None
    if row.document_id not in texts:
        d = schema.documents
        texts[row.document_id] = conn.execute(select(d.c.text).where(d.c.id == row.document_id)).scalar_one()
    text = texts[row.document_id]
    lo, hi = sentence_of(text, row.char_start, row.char_end)
    return text[lo:hi].strip()


def find_figure_conflicts(conn: Connection, doc_key: int, figure_ids: list[int]) -> int:
    """Record the conflicts between the new points ``figure_ids`` and stored points of other articles; return how many."""
    p, f = schema.series_points, schema.figures
    mine = _group(conn, doc_key)
    found = 0
    texts: dict[int, str] = {}
    for new in conn.execute(select(p).where(p.c.figure_id.in_(figure_ids), p.c.subject_id.is_not(None),
                                            p.c.variable.is_not(None), p.c.period.is_not(None))).all():
        others = conn.execute(select(p).where(
            p.c.subject_id == new.subject_id, p.c.variable == new.variable, p.c.period == new.period,
            p.c.document_id != doc_key,
        )).all()
        for old in others:  # cheap tests first: the duplicate-group lookup is a query
            if not disjoint_beyond_rounding(old, new):
                continue
            if _group(conn, old.document_id) == mine:
                continue
            left, right = sorted([old, new], key=lambda r: r.figure_id)
            ltext, rtext = (conn.execute(select(f.c.text).where(f.c.id == r.figure_id)).scalar_one() for r in (left, right))
            found += _insert(
                conn, kind="figure", left_id=left.figure_id, right_id=right.figure_id,
                left_document_id=left.document_id, right_document_id=right.document_id, subject_id=new.subject_id,
                quantity=new.variable, period=new.period, confidence=figure_confidence(left, right),
                left_sentence=_sentence(conn, f, left.figure_id, texts), right_sentence=_sentence(conn, f, right.figure_id, texts),
                reason=(f"{new.variable} for {new.period}: '{ltext}' {_fmt(left)} vs '{rtext}' {_fmt(right)} "
                        "cannot both hold, even allowing for rounding"))
    return found


# The toll of one incident. Arrests, evacuations and rescues are counted per night or per operation
# over the days a story runs ("one person arrested" on Monday, "46 arrested" on Wednesday): not compared.
# An earthquake's magnitude is one value per quake that reports give differently (round 4).
STORY_MEASURES = frozenset({"killed", "injured", "missing", "casualties", "magnitude"})
_ANAPHORIC = re.compile(r"\s*(?:It|That|This|They|These|Those|The same|The last|That one)\b")


def event_frame(variable: str | None) -> str | None:
    """The event measure a point's variable counts in total ("killed", "injured in Qeshm" -> "injured"), else None.

    Parts, increments, rates and units never qualify: only a story's total toll is compared.
    """
    if variable and variable.startswith(AGE_PREFIX):
        return variable  # "age of robert buckley (years)": one person's age, compared within a story (round 5)
    if not variable or "[" in variable or "(" in variable:
        return None
    measure = variable.split(" in ", 1)[0]
    return measure if measure in STORY_MEASURES else None


def _story_points(conn: Connection, doc_key: int, frame: str, day: Any, texts: dict[int, str]) -> list[Any]:
    """Article ``doc_key``'s undated total points of ``frame`` whose sentence is about the story dated ``day``,
    or none at all when they disagree among themselves (the article contradicts itself, or one was misread)."""
    p, f = schema.series_points, schema.figures
    rows = conn.execute(select(p, f.c.char_start, f.c.char_end, f.c.text.label("figure_text"), f.c.value.label("figure_value"))
                        .join(f, f.c.id == p.c.figure_id)
                        .where(p.c.document_id == doc_key, p.c.period.is_(None), p.c.variable.is_not(None))).all()
    if doc_key not in texts:
        texts[doc_key] = conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == doc_key)).scalar_one()
    points = []
    for r in rows:
        if event_frame(r.variable) != frame:
            continue
        lo, hi = sentence_of(texts[doc_key], r.char_start, r.char_end)
        first = lo
        if _ANAPHORIC.match(texts[doc_key][lo:hi]) and lo > 0:
            first = sentence_of(texts[doc_key], lo - 1, lo - 1)[0]  # "It killed 612 people": the sentence before says when
        if not sentence_times_agree(conn, doc_key, first, hi, day):
            continue  # "In February, a quake killed 612": about another time
        points.append((r, (lo, hi)))
    # the article must agree with itself on each variable: "no reported injuries in Dubai" (injured in Dubai) does not
    # contradict "80 hurt" (injured) in the same article, and the place guard keeps Dubai's figure from other articles
    if any(a[0].variable == b[0].variable and disjoint_beyond_rounding(a[0], b[0])
           for i, a in enumerate(points) for b in points[i + 1:]):
        return []
    return points


# Tolls that only grow as a story unfolds: the dead and injured of one event are counted as they are found, so a later
# report's higher toll is the count updated, not the earlier one contradicted (round 12). "missing" falls as people are
# found, and a magnitude or an age has no direction: those stay compared both ways.
GROWING_TOLLS = frozenset({"killed", "injured", "casualties"})
# A sentence that cites an earlier report speaks of that report's time, not of its own article's date.
_EARLIER_REPORT = re.compile(r"\b(?:originally|initially|at first|first reports?|early reports?|earlier reports?|"
                             r"previously reported|had earlier)\b", re.I)


def toll_rose(frame: str, a: Any, a_day: Any, a_sentence: str, b: Any, b_day: Any, b_sentence: str) -> bool:
    """True when two reports of one story's growing toll (``frame``) dated on different days give the later one the
    higher count, wholly above the earlier beyond rounding: the toll rose between the reports (a series of two points),
    which is no contradiction. A later sentence that cites an earlier report ("Local evening news originally reported
    that two of the three victims died") is no later count: the pair stays compared."""
    if frame not in GROWING_TOLLS or a_day is None or b_day is None or a_day == b_day or not disjoint_beyond_rounding(a, b):
        return False
    early, (late, late_sentence) = (a, (b, b_sentence)) if a_day < b_day else (b, (a, a_sentence))
    if _EARLIER_REPORT.search(late_sentence):
        return False
    late_low, _ = widened(late)
    _, early_high = widened(early)
    return late_low is not None and early_high is not None and late_low >= early_high


def _written(point: Any) -> str:
    """The figure as written, and the value read when the ledger read it otherwise ("'5' read as 5.9": a split decimal)."""
    shown = f"'{point.figure_text}'"
    if point.low is not None and point.low == point.high and point.figure_value is not None and point.figure_value != point.low:
        shown += f" read as {point.low:g}"
    return shown


def find_story_conflicts(conn: Connection, doc_key: int, figure_ids: list[int]) -> int:
    """Record conflicting casualty counts between article ``doc_key`` and other articles of the same story.

    A death toll rarely carries a date of its own and its subject is the event, so it is compared
    on the story (:mod:`.stories`: dated within days, a shared specific place, overlapping words)
    instead of on subject and period: same event measure (a total, not a part), neither figure
    with an explicit date, each article consistent with itself, every place the figure's sentence
    names named by the other article too, intervals disjoint beyond rounding. Lower confidence
    than a dated conflict; the reason names the story's evidence.
    """
    p, f = schema.series_points, schema.figures
    new_rows = conn.execute(select(p.c.variable).where(p.c.figure_id.in_(figure_ids), p.c.period.is_(None))).all()
    frames = sorted({fr for fr in (event_frame(r.variable) for r in new_rows) if fr})
    if not frames:
        return 0
    dates: dict[int, Any] = {}
    day = anchor(conn, doc_key, dates)
    if day is None:
        return 0
    mine, found = _group(conn, doc_key), 0
    texts: dict[int, str] = {}
    vectors: dict[int, Any] = {}
    place_cache: dict[tuple[int, int, int], list[tuple[int, str, bool]]] = {}

    def places(doc: int, span: tuple[int, int]) -> list[tuple[int, str, bool]]:
        key = (doc, *span)
        if key not in place_cache:
            place_cache[key] = place_mentions(conn, doc, *span, without_reach=True)
        return place_cache[key]

    for frame in frames:
        ours = _story_points(conn, doc_key, frame, day, texts)
        if not ours:
            continue
        docs = schema.documents
        lo, hi = (day + timedelta(days=k * STORY_DAYS) for k in (-1, 1))
        # candidates: undated articles (a dateline may date them) or published within the story's window
        others = {int(r[0]) for r in conn.execute(
            select(p.c.document_id).join(docs, docs.c.id == p.c.document_id).where(
                p.c.document_id != doc_key, p.c.period.is_(None), p.c.variable.like(f"{frame}%"),
                or_(docs.c.published.is_(None), docs.c.published.between(lo.isoformat(), hi.isoformat()))).distinct())}
        for other in sorted(others):
            if _group(conn, other) == mine:
                continue
            vectors.setdefault(doc_key, content_words(texts[doc_key]))
            story = same_story(conn, doc_key, other, dates, vectors)
            if story is None:
                continue
            theirs = _story_points(conn, other, frame, dates[other], texts)
            ta, tb = story.texts
            age = frame.startswith(AGE_PREFIX)  # a named person's age: the name, not a place, says whose it is
            for a, a_span in ours:
                if not age and not named_in(places(doc_key, a_span), set(story.places), tb):
                    continue  # the sentence names a place the other article never mentions: another event
                for b, b_span in theirs:
                    if not age and not named_in(places(other, b_span), set(story.places), ta):
                        continue
                    if not disjoint_beyond_rounding(a, b):
                        continue
                    if toll_rose(frame, a, day, texts[doc_key][slice(*a_span)], b, dates[other], texts[other][slice(*b_span)]):
                        continue  # "three people were killed" on the 27th, "10 people" on the 28th: the toll rose
                    left, right = sorted([a, b], key=lambda r: r.figure_id)
                    subject = (left.subject_id or story.place) if age else story.place
                    conf = round(min(figure_confidence(left, right) - 0.2, 0.75), 2)
                    birthday = ""
                    if age and left.low is not None and right.low is not None and abs(left.low - right.low) <= 1:
                        conf = round(conf - 0.1, 2)  # a birthday between two reports days apart is possible, if unlikely
                        birthday = " (one year apart: a birthday between the reports would explain it)"
                    found += _insert(
                        conn, kind="figure", left_id=left.figure_id, right_id=right.figure_id,
                        left_document_id=left.document_id, right_document_id=right.document_id, subject_id=subject,
                        quantity=frame, period=min(story.dates).isoformat(), confidence=conf,
                        left_sentence=_sentence(conn, f, left.figure_id, texts),
                        right_sentence=_sentence(conn, f, right.figure_id, texts),
                        reason=(f"{frame} in one story (dated {story.dates[0]} and {story.dates[1]}, at most {STORY_DAYS} days "
                                f"apart; both name {', '.join(story.specific)}; word similarity {story.similarity:.2f}): "
                                f"{_written(left)} {_fmt(left)} vs {_written(right)} {_fmt(right)} "
                                "cannot both hold, even allowing for rounding" + birthday))
    return found


# Words that negate a clause. "denied"/"false" are left out: inside a statement they are often
# content ("was denied a permit"); a denial *cue* still negates (see :func:`asserts`).
_NEGATORS = frozenset({"not", "no", "never", "none", "nothing", "neither", "nor", "nobody", "n't", "n’t", "cannot"})
# Negative words that do not negate: "nothing less than", "not only", "no doubt".
_NOT_NEGATING = re.compile(r"\b(?:nothing|no|not) (?:less|more|fewer) than\b|\bnot (?:only|just)\b|\bno doubt\b|"
                           r"\bnever before\b|\bnone other than\b|"
                           r"\bnot\b(?=[^.;]{0,80}?\bbut\b)", re.I)  # "not one person, but several" asserts "several"
# Tokeniser and typing damage: "hadn’ t", "can 't", "cant" -> "hadn't", "can't".
_SPLIT_NT = re.compile(r"n\s?[’'`]\s?t\b", re.I)
_BARE_NT = re.compile(r"\b(can|don|didn|doesn|isn|wasn|wouldn|couldn|shouldn|aren|weren|haven|hasn|hadn)t\b", re.I)
PROPOSITION_MIN_WORDS = 3  # fewer words name a thing ("his role"), not a proposition that can be negated
SAME_PROPOSITION_MIN = 0.9  # rapidfuzz ratio (order-sensitive) of the two propositions without negations


def asserts(content: str, cue: str | None) -> tuple[bool, str] | None:
    """Return ``(negated, proposition)`` of a statement, or None when it asserts nothing (question, conditional).

    "denied reports that Y": the proposition is Y, negated; the reports, not the speaker, say Y.
    """
    verb = (cue or "").lower().split()[0] if cue and cue.split() else ""
    if verb in _QUESTION_CUES or content.rstrip().endswith("?") or _CONDITIONAL.search(content):
        return None
    body = _BARE_NT.sub(lambda m: m.group(1) + "n't", _SPLIT_NT.sub("n't", content))
    body = _NOT_NEGATING.sub(" ", body)
    if verb in lexicon.words("denial_cues.txt"):
        body = _REPORTS_THAT.sub("", body, count=1)
    ws = words(body)
    if len([w for w in ws if w not in _NEGATORS]) < PROPOSITION_MIN_WORDS:
        return None  # "admitted / denied his role": the object of a stance, no clause; stances reverse over time (round 7)
    count = sum(1 for w in ws if w in _NEGATORS) + (verb in lexicon.words("denial_cues.txt"))
    core = " ".join(w for w in ws if w not in _NEGATORS)
    return (count % 2 == 1, core) if core.strip() else None


def same_proposition(a: str, b: str) -> float:
    """0..1: how closely two propositions match, word order included (a fragment of the other scores low)."""
    return fuzz.ratio(a, b) / 100


def find_statement_conflicts(conn: Connection, doc_key: int, statements: list[tuple[int, int | None]]) -> int:
    """Record pairs of one speaker's statements, in different stories, that negate each other; return how many."""
    st, links = schema.statements, schema.statement_links
    mine = _group(conn, doc_key)
    found = 0
    texts: dict[int, str] = {}
    for key, speaker in statements:
        if speaker is None:
            continue
        new = conn.execute(select(st).where(st.c.id == key)).one()
        said = asserts(new.content, new.cue)
        if said is None:
            continue
        neg, core = said
        history = conn.execute(select(st.c.id, st.c.document_id, st.c.content, st.c.cue).join(links, links.c.statement_id == st.c.id)
                               .where(links.c.speaker_id == speaker, st.c.document_id != doc_key)).all()
        for old in history:  # compare words first; the duplicate-group lookup is a query
            old_said = asserts(old.content, old.cue)
            if old_said is None or old_said[0] == neg:
                continue
            score = same_proposition(core, old_said[1])
            if score < SAME_PROPOSITION_MIN or _group(conn, old.document_id) == mine:
                continue
            found += _insert(conn, kind="statement", left_id=old.id, right_id=key, left_document_id=old.document_id,
                             right_document_id=doc_key, subject_id=speaker, quantity=None, period=None,
                             confidence=round(0.5 + 0.45 * (score - SAME_PROPOSITION_MIN) / (1 - SAME_PROPOSITION_MIN), 2),
                             left_sentence=_sentence(conn, st, old.id, texts), right_sentence=_sentence(conn, st, key, texts),
                             reason="the same speaker says it in one story and denies it in another")
    return found


def check_store(conn: Connection) -> list[str]:
    """Return every broken claims invariant of a store (empty when sound): a pair inside one
    article or one duplicate group, a pair stored twice (in either order)."""
    c = schema.contradictions
    problems, seen = [], set()
    for row in conn.execute(select(c)).all():
        pair = (row.kind, min(row.left_id, row.right_id), max(row.left_id, row.right_id))
        if pair in seen:
            problems.append(f"contradiction {row.id}: pair {pair} stored twice")
        seen.add(pair)
        if row.left_id == row.right_id:
            problems.append(f"contradiction {row.id}: a {row.kind} contradicts itself")
        if row.left_document_id == row.right_document_id:
            problems.append(f"contradiction {row.id}: both sides in document {row.left_document_id}")
        elif _group(conn, row.left_document_id) == _group(conn, row.right_document_id):
            problems.append(f"contradiction {row.id}: both sides are copies of one story")
    return problems


__all__ = ["GROWING_TOLLS", "toll_rose", "decimal_rounding", "event_frame", "find_story_conflicts", "GENERIC_QUANTITIES", "NEGATES_MIN", "SAME_PROPOSITION_MIN", "asserts", "same_proposition", "check_store", "disjoint", "disjoint_beyond_rounding",
           "figure_confidence", "find_figure_conflicts", "find_statement_conflicts", "rounding", "widened"]
