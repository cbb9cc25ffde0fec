"""Where a statement, figure or event comes from: the item, its article and the paragraph around it."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from hearsay.errors import QueryError
from hearsay.paragraphs import paragraph_at
from hearsay.query._entities import _local_entities, resolve_entity
from hearsay.query._rows import _all, _d, _s
from hearsay.store import Store, schema


def _context(text_: str, start: int, end: int, span: int = 400) -> dict[str, str]:
    """Return the paragraph around ``[start, end)`` as ``before``/``text``/``after`` (at most
    ``span`` characters each side, cut at a word)."""
    para_start, para_end = paragraph_at(text_, start, end)
    lo, hi = max(para_start, start - span), min(para_end, end + span)
    if lo > para_start:
        lo = text_.find(" ", lo, start) + 1 or lo
    if hi < para_end:
        cut = text_.rfind(" ", end, hi)
        hi = cut if cut > end else hi
    return {"before": ("…" if lo > para_start else "") + text_[lo:start], "text": text_[start:end],
            "after": text_[end:hi] + ("…" if hi < para_end else "")}


def provenance(store: Store, kind: str, key: int) -> dict[str, Any]:
    """Return where a statement, figure or event comes from: the item (its columns, entity
    references as ``{name, key}``), its ``article`` summary with ``language``, the paragraph
    around it (``context``) and the extraction ``rule``.

    Raises:
        QueryError: an unknown kind or key.
    """
    tables = {"statement": _s, "figure": schema.figures, "event": schema.events}
    if kind not in tables:
        raise QueryError(f"unknown item kind {kind!r} (statement, figure or event)")
    t = tables[kind]
    # the article's columns are labelled apart: figures and events have a "source" (who gave it) of their own
    rows = _all(store, select(t, _d.c.text.label("article_text"), _d.c.title.label("article_title"),
                              _d.c.source.label("article_source"), _d.c.url.label("article_url"),
                              _d.c.published.label("article_published"), _d.c.doc_id.label("article_doc_id"),
                              _d.c.language.label("article_language")).join(_d, _d.c.id == t.c.document_id).where(t.c.id == key))
    if not rows:
        raise QueryError(f"no {kind} with key {key}")
    row = rows[0]
    article_text = row.pop("article_text")
    refs = {"statement": ("speaker", "on_behalf_of"), "figure": ("subject", "source"), "event": ("actor", "target", "source", "location")}[kind]
    via = json.loads(row.get("via") or "[]") if kind == "statement" else []
    found = _local_entities(store, row["document_id"], [*(str(row.get(r) or "") for r in refs), *via])
    item = {k: v for k, v in row.items() if not k.startswith("article_")}
    for r in refs:
        item[r] = found.get(row.get(r) or "", {"name": row.get(r), "key": None}) if row.get(r) else None
    if kind == "statement":
        item["via"] = [found.get(v, {"name": v, "key": None}) for v in via]
        links = _all(store, select(schema.statement_links.c.speaker_id, schema.statement_links.c.cluster_id)
                     .where(schema.statement_links.c.statement_id == key))
        if links and item["speaker"] is None and links[0]["speaker_id"] is not None:
            named = resolve_entity(store, links[0]["speaker_id"])
            item["speaker"] = {"name": named["name"], "key": named["id"]}
        item["cluster_id"] = links[0]["cluster_id"] if links else None
    article = {"id": row["document_id"], "doc_id": row["article_doc_id"], "title": row["article_title"],
               "source": row["article_source"], "url": row["article_url"], "published": row["article_published"],
               "language": row["article_language"]}
    return {"kind": kind, "item": item, "article": article, "rule": row.get("rule") or "",
            "context": _context(article_text, row["char_start"], row["char_end"])}
