"""Hand-built records for ledger tests that need no spaCy model."""

from __future__ import annotations

from datetime import date
from typing import Any

from hearsay.model import Article, Entity, Figure, Mention, Record, Statement


def mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name)


def mentions(text: str, name: str) -> tuple[Mention, ...]:
    """Every occurrence of ``name`` in ``text``, as the entity finder records them."""
    found, start = [], text.find(name)
    while start != -1:
        found.append(Mention(start, start + len(name), name))
        start = text.find(name, start + len(name))
    return tuple(found)


def make_record(text: str, published: str | None, source: str, *, entities: list[dict[str, Any]] = (),  # type: ignore[assignment]
                statements: list[dict[str, Any]] = (), figures: list[dict[str, Any]] = ()) -> Record:  # type: ignore[assignment]
    """Build a record: entities name their mention text (every occurrence is a mention); statements and figures their text."""
    ents = tuple(
        Entity(id=f"e{i}", name=e["name"], type=e["type"], aliases=tuple(e.get("aliases", ())), roles=tuple(e.get("roles", ())),
               mentions=mentions(text, e.get("mention", e["name"])), ids=dict(e.get("ids", {})))
        for i, e in enumerate(entities, 1)
    )
    sts = []
    for i, s in enumerate(statements, 1):
        start = text.index(s["content"])
        sts.append(Statement(id=f"s{i}", kind="indirect", content=s["content"], start=start, end=start + len(s["content"]),
                             speaker=s.get("speaker"), cue=s.get("cue", "said"), confidence=0.9))
    figs = []
    for i, f in enumerate(figures, 1):
        start = text.index(f["text"])
        figs.append(Figure(id=f"f{i}", text=f["text"], start=start, end=start + len(f["text"]), value=f.get("value"),
                           low=f.get("low"), high=f.get("high"), hedge=f.get("hedge"), quantity=f.get("quantity"),
                           subject=f.get("subject"), as_of=f.get("as_of"), source=f.get("source"), unit=f.get("unit")))
    article = Article(text=text, title=text.split("\n")[0], source=source,
                      published=date.fromisoformat(published) if published else None, origin=f"{source}.txt")
    return Record(article=article, entities=ents, statements=tuple(sts), figures=tuple(figs))


def save_linked(store: Any, *records: Record) -> None:
    """Store each record and link it into the ledger, in order (what ``hearsay ingest`` does)."""
    from hearsay.ledger import update_ledger

    for record in records:
        store.save_linked(record, update_ledger)


def links_by_origin(store: Any, name: str) -> dict[str, tuple[int, str, dict[str, object]]]:
    """Return, for each article (by origin) with an entity called ``name``, its canonical id, link
    rule and evidence."""
    import json

    from sqlalchemy import select

    from hearsay.store import schema

    e, el, d = schema.entities, schema.entity_links, schema.documents
    with store.engine.connect() as conn:
        rows = conn.execute(select(d.c.origin, el.c.canonical_id, el.c.rule, el.c.evidence).join(el, el.c.document_id == d.c.id)
                            .join(e, el.c.entity_id == e.c.id).where(e.c.name == name)).all()
    return {r.origin: (r.canonical_id, r.rule, json.loads(r.evidence)) for r in rows}
