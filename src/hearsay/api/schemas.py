"""Pydantic models at the HTTP boundary: what the API accepts and the shapes it documents.

Responses built from hearsay's own records (the hearsay/1 dict of :func:`hearsay.record.to_dict`)
are passed through as plain dicts; these models describe the envelope around them, the one
error shape and the body of ``POST /api/ingest``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorResponse(BaseModel):
    """The one error shape every API error uses (STYLE.md §7)."""

    ok: bool = Field(False, description="Always false on an error.")
    error: str = Field(..., description="A readable message.")
    code: str = Field(..., description="A stable machine code, e.g. not_found, invalid, query, forbidden.")
    status: int = Field(..., description="The HTTP status code, repeated.")


class Page(BaseModel):
    """One page of a list: the items plus where it starts and how to get the next one."""

    ok: bool = True
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="Offset of the next page; null on the last page.")


class IngestRequest(BaseModel):
    """An article to analyse and store: its text plus optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, description="The article text (plain text; the first line may be a title).")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=400)
    id: str | None = Field(None, max_length=200, description="An identifier to keep in the record.")
    published: date | None = Field(None, description="Publication date; relative dates resolve against it.")


class IngestResponse(BaseModel):
    """What ``POST /api/ingest`` did with the article."""

    ok: bool = True
    key: int = Field(..., description="The article's key in the store (use it with /api/articles/{key}).")
    created: bool = Field(..., description="False when the same text was already stored (nothing changed).")
    id: str
    sha256: str
    statements: int
    figures: int


__all__ = ["ErrorResponse", "IngestRequest", "IngestResponse", "Page"]
