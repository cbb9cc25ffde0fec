"""The hearsay/1 JSON record: one function in, one out (docs/record.md documents each field).

:func:`to_dict` is the only place records become JSON-ready dicts, and :func:`from_dict` the
only place they come back; ``from_dict(to_dict(r)) == r`` is property-tested.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
from collections.abc import Sequence
from datetime import date
from importlib import resources
from typing import Any

from hearsay.model import Article, Entity, Event, Figure, Mention, Record, Rejection, Statement, TimeExpr

SCHEMA_ID = "hearsay/1"


# Fields written only when set: ``page`` (PDF input only) and a statement's ``on_behalf_of``
# (only when the text names a spokesperson for an organisation, issue 14).
_OPTIONAL = frozenset({"page", "on_behalf_of"})


def _plain(obj: Any) -> dict[str, Any]:
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in _OPTIONAL and value is None:
            continue  # absent unless set, so records without them keep the shape they had
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


PageMap = Sequence[tuple[int, int, int]]


def page_at(pages: PageMap, offset: int) -> int | None:
    """Return the page number of character ``offset`` of the text, else None.

    ``pages`` is an article's page map: ``(start, end, page)`` half-open character ranges,
    sorted by start and not overlapping (what the PDF reader gives). An offset in no range (the
    blank line between two pages' paragraphs, the "Notes" heading) is on no page.
    """
    k = bisect.bisect_right(pages, offset, key=lambda p: p[0]) - 1
    if k >= 0 and pages[k][0] <= offset < pages[k][1]:
        return pages[k][2]
    return None


def with_pages(record: Record) -> Record:
    """Return ``record`` with the page of every statement, figure, event and entity mention set
    from the article's page map (:func:`page_at` of the item's start); unchanged without one."""
    pages = record.article.pages
    if not pages:
        return record

    def paged(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(dataclasses.replace(x, page=page_at(pages, x.start)) for x in items)

    return dataclasses.replace(
        record,
        entities=tuple(dataclasses.replace(e, mentions=paged(e.mentions)) for e in record.entities),
        statements=paged(record.statements), figures=paged(record.figures), events=paged(record.events),
    )


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def article_fields(a: Article) -> dict[str, Any]:
    """Return the article's metadata and text by field name, as the record and the store keep them."""
    return {
        "sha256": a.sha256,
        "title": a.title,
        "url": a.url,
        "source": a.source,
        "authors": list(a.authors),
        "published": a.published.isoformat() if a.published else None,
        "published_source": a.published_source,
        "language": a.language,
        "input_format": a.input_format,
        "encoding": a.encoding,
        "origin": a.origin,
        "text": a.text,
    }


def to_dict(record: Record) -> dict[str, Any]:
    """Return the hearsay/1 dict of ``record`` (JSON-serialisable)."""
    a = record.article
    document: dict[str, Any] = {"id": a.doc_id, **article_fields(a)}
    if a.pages:  # PDF input: which page each character range of the text is on
        document["pages"] = [{"start": s, "end": e, "page": p} for s, e, p in a.pages]
    entities = []
    for e in record.entities:
        d = _plain(e)
        d["mentions"] = [_plain(m) for m in e.mentions]
        d["ids"] = dict(e.ids)
        entities.append(d)
    figures = []
    for f in record.figures:
        d = _plain(f)
        for k in ("value", "low", "high"):
            d[k] = _number(d[k])
        figures.append(d)
    return {
        "schema": SCHEMA_ID,
        "document": document,
        "entities": entities,
        "statements": [_plain(s) for s in record.statements],
        "figures": figures,
        "times": [_plain(t) for t in record.times],
        "events": [_plain(e) for e in record.events],
        "rejected": [_plain(r) for r in record.rejected],
        "pipeline": dict(record.pipeline),
    }


def _build(cls: type, data: dict[str, Any], **special: Any) -> Any:
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in special:
            kwargs[f.name] = special[f.name]
        elif f.name in data:
            value = data[f.name]
            kwargs[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**kwargs)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def from_dict(data: dict[str, Any]) -> Record:
    """Return the :class:`Record` a hearsay/1 dict describes (inverse of :func:`to_dict`)."""
    doc = data["document"]
    article = Article(
        text=doc["text"],
        id=doc.get("id") if doc.get("id") != doc.get("sha256", "")[:16] else None,
        title=doc.get("title"),
        url=doc.get("url"),
        source=doc.get("source"),
        authors=tuple(doc.get("authors") or ()),
        published=date.fromisoformat(doc["published"]) if doc.get("published") else None,
        language=doc.get("language") or "en",
        input_format=doc.get("input_format") or "text",
        encoding=doc.get("encoding"),
        origin=doc.get("origin"),
        published_source=doc.get("published_source"),
        pages=tuple((int(p["start"]), int(p["end"]), int(p["page"])) for p in doc.get("pages") or ()),
    )
    entities = tuple(
        _build(Entity, e, mentions=tuple(Mention(m["start"], m["end"], m["text"], m.get("page")) for m in e.get("mentions", [])),
               ids=dict(e.get("ids") or {}))
        for e in data.get("entities", [])
    )
    figures = tuple(
        _build(Figure, f, value=_float(f.get("value")), low=_float(f.get("low")), high=_float(f.get("high")))
        for f in data.get("figures", [])
    )
    return Record(
        article=article,
        entities=entities,
        statements=tuple(_build(Statement, s) for s in data.get("statements", [])),
        figures=figures,
        times=tuple(_build(TimeExpr, t) for t in data.get("times", [])),
        events=tuple(_build(Event, e) for e in data.get("events", [])),
        rejected=tuple(_build(Rejection, r) for r in data.get("rejected", [])),
        pipeline=dict(data.get("pipeline") or {}),
    )


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """Return the published JSON Schema of the hearsay/1 record."""
    loaded: dict[str, Any] = json.loads(resources.files("hearsay.schema").joinpath("hearsay-1.schema.json").read_text(encoding="utf-8"))
    return loaded


def validate(data: dict[str, Any]) -> None:
    """Check ``data`` against the hearsay/1 JSON Schema and its offset rules.

    Raises:
        jsonschema.ValidationError: the dict does not fit the schema.
        ValueError: an offset does not point at its text, or an item's page is not the page
            its start is on.
    """
    import jsonschema

    jsonschema.validate(data, schema())
    text = data["document"]["text"]
    spans = [(s["start"], s["end"], s.get("content")) for s in data["statements"]]
    spans += [(f["start"], f["end"], f["text"]) for f in data["figures"]]
    spans += [(t["start"], t["end"], t["text"]) for t in data["times"]]
    spans += [(e["start"], e["end"], e["trigger"]) for e in data["events"]]
    spans += [(r["start"], r["end"], r["text"]) for r in data["rejected"]]
    spans += [(m["start"], m["end"], m["text"]) for e in data["entities"] for m in e["mentions"]]
    for start, end, expected in spans:
        if expected is not None and text[start:end] != expected:
            raise ValueError(f"offsets {start}..{end} give {text[start:end]!r}, record says {expected!r}")
    pages = [(p["start"], p["end"], p["page"]) for p in data["document"].get("pages") or ()]
    items = [*data["statements"], *data["figures"], *data["events"], *(m for e in data["entities"] for m in e["mentions"])]
    for item in items:
        if item.get("page") != (page_at(pages, item["start"]) if pages else None):
            raise ValueError(f"offset {item['start']} is on page {page_at(pages, item['start'])}, record says {item.get('page')}")


__all__ = ["article_fields", "SCHEMA_ID", "PageMap", "from_dict", "page_at", "schema", "to_dict", "validate", "with_pages"]
