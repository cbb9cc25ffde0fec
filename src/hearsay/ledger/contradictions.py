"""Contradictions: figures whose intervals cannot both hold, statements that negate each other.

Figures conflict when they share subject, quantity, unit and period and their intervals are
disjoint (open ends never conflict on that side). A speaker contradicts themself when two of
their statements say the same words with opposite polarity. Copies of one story (a duplicate
group) never contradict each other. Each pair is stored once, older side on the left.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select

from hearsay.ledger.statements import polarity_of, same_statement
from hearsay.store import schema

NEGATES_MIN = 0.85  # same_statement score of the two contents once negation words are removed
# Measurement kinds, not things counted: two sums of money about Boeing in one month are two
# different deals, not a conflict. Only figures that count one named thing are compared.
GENERIC_QUANTITIES = frozenset({"money", "percent", "percentage", "point", "points", "index", "time", "unit", "units",
                                "figure", "number", "amount", "value", "gb", "mb", "g", "kg", "km", "m", "year", "years"})


def disjoint(a: Any, b: Any) -> bool:
    """True when the intervals of points ``a`` and ``b`` (low/high/inclusive) cannot overlap."""
    def below(x: Any, y: Any) -> bool:  # x lies wholly below y
        if x.high is None or y.low is None:
            return False
        return bool(x.high < y.low or (x.high == y.low and not (x.high_inclusive and y.low_inclusive)))
    return below(a, b) or below(b, a)


def _group(conn: Connection, doc_key: int) -> int:
    d = schema.duplicates
    row = conn.execute(select(d.c.group_id).where(d.c.document_id == doc_key)).first()
    return int(row[0]) if row else doc_key


def _insert(conn: Connection, **values: Any) -> None:
    c = schema.contradictions
    exists = conn.execute(select(c.c.id).where(c.c.kind == values["kind"], c.c.left_id == values["left_id"],
                                               c.c.right_id == values["right_id"])).first()
    if not exists:
        conn.execute(c.insert().values(detected_at=datetime.now(timezone.utc).isoformat(), **values))


def _fmt(p: Any) -> str:
    lo = "-inf" if p.low is None else f"{p.low:g}"
    hi = "inf" if p.high is None else f"{p.high:g}"
    return f"[{lo}, {hi}]"


def find_figure_conflicts(conn: Connection, doc_key: int, figure_ids: list[int]) -> int:
    """Record the conflicts between the new points ``figure_ids`` and every stored point; return how many."""
    p = schema.series_points
    mine = _group(conn, doc_key)
    found = 0
    for new in conn.execute(select(p).where(p.c.figure_id.in_(figure_ids), p.c.subject_id.is_not(None), p.c.period.is_not(None))).all():
        if new.quantity in GENERIC_QUANTITIES:
            continue
        others = conn.execute(select(p).where(
            p.c.subject_id == new.subject_id, p.c.quantity == new.quantity, p.c.period == new.period, p.c.figure_id != new.figure_id,
        )).all()
        for old in others:  # cheap tests first: the duplicate-group lookup is a query
            if old.unit and new.unit and old.unit != new.unit:
                continue
            if not disjoint(old, new):
                continue
            if old.document_id != doc_key and _group(conn, old.document_id) == mine:
                continue
            left, right = sorted([old, new], key=lambda r: r.figure_id)
            _insert(conn, kind="figure", left_id=left.figure_id, right_id=right.figure_id,
                    left_document_id=left.document_id, right_document_id=right.document_id, subject_id=new.subject_id,
                    quantity=new.quantity, period=new.period,
                    reason=f"{new.quantity} for {new.period}: {_fmt(left)} vs {_fmt(right)} cannot both hold")
            found += 1
    return found


def find_statement_conflicts(conn: Connection, doc_key: int, statements: list[tuple[int, int | None]]) -> int:
    """Record pairs of one speaker's statements that negate each other; return how many."""
    st, links = schema.statements, schema.statement_links
    mine = _group(conn, doc_key)
    found = 0
    for key, speaker in statements:
        if speaker is None:
            continue
        new = conn.execute(select(st).where(st.c.id == key)).one()
        neg, core = polarity_of(new.content, new.cue)
        history = conn.execute(select(st.c.id, st.c.document_id, st.c.content, st.c.cue).join(links, links.c.statement_id == st.c.id)
                               .where(links.c.speaker_id == speaker, st.c.id != key)).all()
        for old in history:  # compare words first; the duplicate-group lookup is a query
            old_neg, old_core = polarity_of(old.content, old.cue)
            if old_neg == neg or same_statement(core, old_core) < NEGATES_MIN:
                continue
            if old.document_id != doc_key and _group(conn, old.document_id) == mine:
                continue
            left, right = (old.id, old.document_id), (key, doc_key)
            _insert(conn, kind="statement", left_id=left[0], right_id=right[0], left_document_id=left[1],
                    right_document_id=right[1], subject_id=speaker, quantity=None, period=None,
                    reason="the same speaker says it and denies it")
            found += 1
    return found


__all__ = ["GENERIC_QUANTITIES", "NEGATES_MIN", "disjoint", "find_figure_conflicts", "find_statement_conflicts"]
