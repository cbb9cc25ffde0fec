"""Entity review: why names are one entity, merge/split/rename forms, and the review queue.

The forms call the same functions as ``hearsay entity merge|split|rename``
(:mod:`hearsay.ledger.curation`), each in one transaction. Writing is off unless the server was
started with ``hearsay serve --allow-curation`` (local use): otherwise the page shows the
evidence and the equivalent CLI commands, and every POST answers 403. Each form carries a
per-server random token (checked in constant time) and a POST whose ``Origin`` is another host
is refused, so another site cannot make a visitor's browser curate.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse

from hearsay import query as q
from hearsay.api import shapes
from hearsay.errors import InputError

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Ref = Annotated[str, PathParam(min_length=1, max_length=500)]
Offset = Annotated[int, Query(ge=0, le=10**9)]
PAGE = 50


def curation_allowed(request: Request) -> bool:
    """Return whether this server may change entities (``hearsay serve --allow-curation``)."""
    return bool(getattr(request.app.state, "allow_curation", False))


def csrf_token(request: Request) -> str:
    """Return this server's form token, made at first use."""
    token = getattr(request.app.state, "csrf_token", None)
    if not token:
        token = secrets.token_urlsafe(32)
        request.app.state.csrf_token = token
    return str(token)


async def _form(request: Request) -> dict[str, list[str]]:
    """Check that this POST may write and return its form fields."""
    if not curation_allowed(request):
        raise HTTPException(403, "curation is off on this server; start it with 'hearsay serve --allow-curation' (local use)")
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower():
        raise HTTPException(403, "a curation form must be sent from this server's own pages")
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    sent = (fields.get("csrf") or [""])[0]
    if not secrets.compare_digest(sent.encode(), csrf_token(request).encode()):
        raise HTTPException(403, "the form is stale or was not sent from this server; reload the page and try again")
    return fields


def _write(request: Request, action: Any) -> int:
    store = request.app.state.store.get()
    with store.engine.begin() as conn:
        return int(action(conn))


def _one(fields: dict[str, list[str]], name: str) -> str:
    value = (fields.get(name) or [""])[0].strip()
    if not value:
        raise InputError(f"the form needs a {name}")
    if len(value) > 500:
        raise InputError(f"{name} is over 500 characters")
    return value


@router.get("/entities/{key}/review")
def review_page(request: Request, key: Ref, done: Annotated[str, Query(max_length=40)] = "") -> str:
    """One entity's names with the rules and evidence that joined them, and the curation forms."""
    from hearsay.web.views import render

    page = shapes.entity_page(q.entity_overview(request.app.state.store.get(), key, limit=1))
    return render("review.html", title=f"Review {page['entity']['name']}", q="", entity=page["entity"], names=page["names"],
                  allowed=curation_allowed(request), csrf=csrf_token(request) if curation_allowed(request) else "", done=done)


@router.post("/entities/{key}/rename")
async def rename(request: Request, key: Ref) -> RedirectResponse:
    """Give the entity a fixed canonical name (``hearsay entity rename``)."""
    from hearsay.ledger.curation import rename_entity

    fields = await _form(request)
    name = _one(fields, "name")
    cid = _write(request, lambda conn: rename_entity(conn, key, name))
    return RedirectResponse(f"/entities/{cid}/review?done=renamed", status_code=303)


@router.post("/entities/{key}/split")
async def split(request: Request, key: Ref) -> RedirectResponse:
    """Move the chosen names into a new entity (``hearsay entity split``)."""
    from hearsay.ledger.curation import split_entity

    fields = await _form(request)
    names = [n.strip() for n in fields.get("names", []) if n.strip()]
    if not names:
        raise InputError("choose at least one name to split off")
    new = _write(request, lambda conn: split_entity(conn, key, names))
    return RedirectResponse(f"/entities/{new}/review?done=split", status_code=303)


@router.post("/entities/{key}/merge")
async def merge(request: Request, key: Ref) -> RedirectResponse:
    """Make another entity part of this one (``hearsay entity merge``)."""
    from hearsay.ledger.curation import merge_entities

    fields = await _form(request)
    other = _one(fields, "absorb")
    cid = _write(request, lambda conn: merge_entities(conn, key, other))
    return RedirectResponse(f"/entities/{cid}/review?done=merged", status_code=303)


@router.get("/review")
def review_queue_page(request: Request, offset: Offset = 0) -> str:
    """The links made on shared context alone, weakest first: the merges a curator should check."""
    from hearsay.web.views import render

    store = request.app.state.store.get()
    rows = q.review_queue(store, limit=PAGE + 1, offset=offset)
    return render("review_queue.html", title="Review queue", q="", items=rows[:PAGE], more=len(rows) > PAGE, offset=offset,
                  total=q.review_total(store))


__all__ = ["csrf_token", "curation_allowed", "router"]
