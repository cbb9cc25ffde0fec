"""The API's item shapes, built from the rows :mod:`hearsay.query` returns.

The API and the web UI name things as they did before the reads moved into
:mod:`hearsay.query`: ``key`` is a store key, ``id`` an article's own identifier, and a list
item carries its article as ``article: {key, title, published, source}``. These functions only
rename and nest; every read happens in :mod:`hearsay.query`.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def article_label(title: str | None, key: Any) -> str:
    """Return how every page names an article: its title, else "Untitled article KEY"."""
    return title.strip() if title and title.strip() else f"Untitled article {key}"


def article_ref(row: Row) -> Row:
    """Return the ``article`` object of a list item: key, title, publication date, outlet."""
    return {"key": row["document_id"], "title": row.get("title"), "published": row.get("published"),
            "source": row.get("source")}


def article_summary(row: Row) -> Row:
    """Return an article summary: ``key``, ``id``, ``sha256``, ``title``, ``source``, ``url``, ``published``."""
    return {"key": row["id"], "id": row["doc_id"], "sha256": row["sha256"], "title": row["title"],
            "source": row["source"], "url": row["url"], "published": row["published"]}


def statement(row: Row) -> Row:
    """Return a statement item (``speaker`` is the canonical speaker's key, ``speaker_name`` its name;
    ``on_behalf_of`` and ``on_behalf_of_name`` the same for the organisation a named spokesperson speaks for)."""
    return {"key": row["id"], "local_id": row.get("local_id"), "kind": row["kind"], "type": row.get("type"),
            "content": row["content"], "speaker": row["speaker_id"], "speaker_name": row["speaker"], "speaker_text": row["speaker_text"],
            "on_behalf_of": row.get("on_behalf_of_id"), "on_behalf_of_name": row.get("on_behalf_of"),
            "cue": row["cue"], "date": row["date"], "confidence": row.get("confidence"), "cluster": row["cluster_id"],
            "via": list(row.get("via") or []), "rule": row.get("rule"), "article": article_ref(row)}


def figure(row: Row) -> Row:
    """Return a figure item: the interval, its subject and source (keys and names) and its article."""
    return {"key": row["id"], "local_id": row.get("local_id"), "text": row["text"], "quantity": row["quantity"],
            "unit": row["unit"], "value": row["value"], "low": row["low"], "high": row["high"],
            "low_inclusive": row.get("low_inclusive"), "high_inclusive": row.get("high_inclusive"),
            "hedge": row["hedge"], "as_of": row["as_of"], "period": row["period"],
            "subject": row["subject_id"], "subject_name": row["subject"],
            "source": row["source_id"], "source_name": row["according_to"], "rule": row.get("rule"), "article": article_ref(row),
            "variable": row.get("variable"), "scale": row.get("scale"), "char_start": row.get("char_start")}


def statements(rows: list[Row], full: dict[int, Row]) -> list[Row]:
    """Return statement items for ``rows``, taking each row's full form from ``full`` when it is there."""
    return [statement(full.get(r["id"], r)) for r in rows]


def figures(rows: list[Row], full: dict[int, Row]) -> list[Row]:
    """Return figure items for ``rows``, taking each row's full form from ``full`` when it is there."""
    return [figure(full.get(r["id"], r)) for r in rows]


def series_key(row: Row) -> Row:
    """Return a series item: subject key and name, quantity, number of points, first and last ``as_of``."""
    return {"subject": row["subject_id"], "subject_name": row["subject"], "quantity": row["quantity"],
            "points": row["points"], "undated": row.get("undated"), "first": row["first"], "last": row["last"]}


def contradiction(row: Row) -> Row:
    """Return a contradiction item with both sides as figure or statement items (from
    :func:`hearsay.query.contradictions_in_full`); a side no longer stored is null."""
    shape, full_only = (figure, "according_to") if row["kind"] == "figure" else (statement, "cluster_id")

    def side(which: str) -> Row | None:
        found = row.get(which)
        return shape(found) if found and full_only in found else None

    return {"key": row["id"], "kind": row["kind"], "subject": row["subject_id"], "subject_name": row["subject"],
            "quantity": row["quantity"], "period": row["period"], "reason": row["reason"],
            "confidence": row.get("confidence"), "left_sentence": row.get("left_sentence"),
            "right_sentence": row.get("right_sentence"), "left": side("left"), "right": side("right")}


def duplicate_group(group: Row) -> Row:
    """Return a duplicate group item (from :func:`hearsay.query.duplicates_in_full`): ``group``,
    ``size``, the ``original`` and its ``copies`` (with similarity)."""
    members = [m for m in (group["original"], *group["copies"]) if m is not None]

    def summary(member: Row) -> Row:
        return article_summary({"doc_id": None, "sha256": None, **member})

    original, *copies = members
    return {"group": group["group_id"], "size": len(members), "original": summary(original),
            "copies": [summary(c) | {"similarity": c["similarity"]} for c in copies]}


def entity(row: Row) -> Row:
    """Return a canonical entity: key, name, type, aliases, roles, ISO3 code, first seen, number of articles."""
    return {"key": row["id"], "name": row["name"], "type": row["type"], "aliases": row["aliases"],
            "roles": row["roles"],
            "iso3": row.get("iso3"), "first_seen": row.get("first_seen"), "documents": row.get("n_documents")}


def event(row: Row) -> Row:
    """Return an event item with the entity's ``role`` in it."""
    return {"key": row["id"], "local_id": row.get("local_id"), "type": row["type"], "trigger": row["trigger"], "date": row["date"],
            "status": row["status"], "role": row["role"],
            "article": {"key": row["document_id"], "title": row["title"], "published": row["published"]}}


def entity_page(page: Row) -> Row:
    """Return the entity page: entity, articles, what they said, what others said about them,
    figures, events and the timeline (from :func:`hearsay.query.entity_overview`)."""
    about = page["said_about"]  # their own words are under "said" (query.entity_page leaves them out here)
    return {"entity": entity(page["entity"]),
            "articles": [article_summary({"doc_id": None, "sha256": None, **d}) for d in page["documents"]],
            "said": [statement(s) for s in page["said"]], "said_about": [statement(s) for s in about],
            "figures": [figure(f) for f in page["figures"]], "events": [event(e) for e in page["events"]],
            "timeline": [{"when": t["when"], "kind": t["kind"], "text": t["text"], "article": article_ref(t)}
                         for t in page["timeline"]],
            "totals": dict(page.get("totals", {})),
            "names": [{"name": n["name"], "articles": n["articles"], "rules": n["rules"],
                       "examples": [{"article": x["document_id"], "title": x["title"], "published": x["published"], "rule": x["rule"],
                                     "score": x["score"], "evidence": x["evidence"]} for x in n["examples"]]}
                      for n in page.get("names", [])]}


def event_item(row: Row) -> Row:
    """Return an event list item (from :func:`hearsay.query.events`): type, trigger, status, date,
    actor/target/source as ``{name, key}``, the extraction rule and the article."""
    return {"key": row["id"], "local_id": row["local_id"], "type": row["type"], "mode": row["mode"], "trigger": row["trigger"],
            "status": row["status"], "date": row["date"], "actor": row["actor"], "target": row["target"],
            "source": row["source"], "actor_code": row["actor_code"], "target_code": row["target_code"], "rule": row["rule"],
            "article": {"key": row["document_id"], "title": row["title"], "published": row["published"], "source": row["outlet"]}}


def transfer(row: Row) -> Row:
    """Return a transfer item: from/to (ISO3 and name), the event, goods, figures, who said so and the article."""
    return {"key": row["id"], "local_id": row["local_id"], "from": row["giver"], "from_name": row["giver_name"],
            "to": row["receiver"], "to_name": row["receiver_name"], "type": row["type"], "mode": row["mode"],
            "trigger": row["trigger"], "status": row["status"], "date": row["date"], "goods": row["goods"],
            "figures": row["figures"], "actor": row["actor"], "target": row["target"], "source": row["source"],
            "sentence": row["sentence"],
            "article": {"key": row["document_id"], "title": row["title"], "published": row["published"], "source": row["outlet"]}}


KIND_WORDS = {"direct": "quote", "indirect": "paraphrase", "mixed": "partly quoted"}


def provenance(prov: Row, permalink: str) -> Row:
    """Return a provenance item (from :func:`hearsay.query.provenance`) with a plain-text
    ``citation`` that names the speaker or subject, kind, relay chain, outlet, article, date and ``permalink``."""
    item, art, kind = prov["item"], prov["article"], prov["kind"]
    title = article_label(art["title"], art["id"])
    page = f"p. {item['page']}" if item.get("page") is not None else None  # PDF input (issue 16)
    where = ", ".join(x for x in (art.get("source"), f"“{title}”", art.get("published"), page, art.get("url")) if x)
    if kind == "statement":
        who = (item.get("speaker") or {}).get("name") or item.get("speaker_text") or "unknown speaker"
        org = (item.get("on_behalf_of") or {}).get("name")
        who += f" (for {org})" if org else ""
        via = "".join(f", via {v['name']}" for v in item.get("via", []))
        body = f"“{item['content']}”" if item["kind"] == "direct" else f"(paraphrase) {item['content']}"
        cite = f"{who}{via}: {body}. {where}."
    elif kind == "figure":
        subject = (item.get("subject") or {}).get("name")
        giver = (item.get("source") or {}).get("name")
        cite = f"{item.get('quantity') or 'figure'}{f' of {subject}' if subject else ''}: “{item['text']}”" + \
               (f" ({item['hedge']})" if item.get("hedge") else "") + (f" as of {item['as_of']}" if item.get("as_of") else "") + \
               (f", according to {giver}" if giver else "") + f". {where}."
    else:
        actor, target = (item.get("actor") or {}).get("name"), (item.get("target") or {}).get("name")
        cite = f"{item['type']} ({item['status']}): {actor or '?'} → {target or '?'}, “{item['trigger']}”" + \
               (f" {item['date']}" if item.get("date") else "") + f". {where}."
    return {"kind": kind, "key": item["id"], "item": item, "rule": prov["rule"], "context": prov["context"],
            "article": {"key": art["id"], "id": art["doc_id"], "title": art["title"], "label": title, "source": art["source"],
                        "url": art["url"], "published": art["published"], "language": art["language"]},
            "anchor": f"/articles/{art['id']}#{ {'statement': 'st', 'figure': 'fig', 'event': 'ev'}[kind] }-{item['local_id']}",
            "permalink": permalink, "citation": f"{cite} hearsay {kind} {item['id']}: {permalink}"}


def contradiction_page(row: Row, permalink: str, side_link: str) -> Row:
    """Return a contradiction's permalink item (from :func:`hearsay.query.contradiction`): what
    conflicts (kind, subject, variable, period), why (``reason``, ``confidence``), each side as a
    provenance item (:func:`provenance`, its permalink ``side_link`` + kind + key) with a figure's
    series ``point``, and a plain-text ``citation`` naming both sides."""
    sides: dict[str, Row | None] = {}
    for name in ("left", "right"):
        found = row.get(name)
        if found is None:
            sides[name] = None
            continue
        shaped = provenance(found, f"{side_link}/{found['kind']}s/{found['item']['id']}")
        shaped["point"] = found.get("point")
        sides[name] = shaped
    what = " — ".join(x for x in (row.get("subject"), row.get("quantity"), row.get("period")) if x)

    def claim(side: Row | None, which: str) -> str:
        if side is None:
            return f"{which}: no longer stored"
        item, art = side["item"], side["article"]
        said = item["text"] if side["kind"] == "figure" else item["content"]
        where = ", ".join(x for x in (art.get("source"), f"“{art['label']}”", art.get("published")) if x)
        return f"{which}: “{said}” ({where})"

    cite = (f"Contradiction{f' on {what}' if what else ''}: {row['reason']}. "
            f"{claim(sides['left'], 'One side')}; {claim(sides['right'], 'the other')}. "
            f"hearsay contradiction {row['id']}: {permalink}")
    return {"key": row["id"], "kind": row["kind"], "subject": row["subject_id"], "subject_name": row["subject"],
            "quantity": row["quantity"], "period": row["period"], "reason": row["reason"], "confidence": row.get("confidence"),
            "detected_at": row.get("detected_at"), "left_sentence": row.get("left_sentence"),
            "right_sentence": row.get("right_sentence"), "left": sides["left"], "right": sides["right"],
            "permalink": permalink, "citation": cite}


def hit(row: Row) -> Row:
    """Return a search hit: ``kind``, ``key``, ``title``, ``snippet`` (and ``published`` or ``article``)."""
    if row["kind"] == "entity":
        return {"kind": "entity", "key": row["id"], "title": row["name"], "snippet": row["type"]}
    marks = [list(m) for m in row.get("marks", [])]
    if row["kind"] == "article":
        return {"kind": "article", "key": row["id"], "title": article_label(row.get("title"), row["id"]),
                "published": row.get("published"), "snippet": row.get("snippet") or "", "marks": marks}
    return {"kind": "statement", "key": row["id"], "local_id": row.get("local_id"), "article": row["document_id"],
            "title": row.get("speaker_text"), "snippet": row.get("snippet", row["content"]), "marks": marks}


__all__ = ["KIND_WORDS", "contradiction_page", "event_item", "provenance", "transfer", "article_label", "article_ref", "article_summary", "contradiction", "duplicate_group", "entity", "entity_page", "event",
           "figure", "figures", "hit", "series_key", "statement", "statements"]
