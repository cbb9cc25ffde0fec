"""Pydantic models at the HTTP boundary: what the API accepts and the shapes it documents.

Responses built from hearsay's own records (the hearsay/1 dict of :func:`hearsay.record.to_dict`)
are passed through as plain dicts; these models describe the envelope around them, the one
error shape and the body of ``POST /api/ingest``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class ErrorResponse(BaseModel):
    """The one error shape every API error uses (STYLE.md §7)."""

    ok: bool = Field(False, description="Always false on an error.")
    error: str = Field(..., description="A readable message.")
    code: str = Field(..., description="A stable machine code, e.g. not_found, invalid, query, forbidden.")
    status: int = Field(..., description="The HTTP status code, repeated.")


class Page(BaseModel, Generic[T]):
    """One page of a list: the items plus where it starts and how to get the next one."""

    ok: bool = True
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="Offset of the next page; null on the last page.")
    total: int | None = Field(None, description="Number of items over all pages, where the list counts them.")


class ArticleRef(BaseModel):
    """The article a list item comes from."""

    key: int = Field(..., description="The article's store key (/api/articles/{key}).")
    title: str | None = None
    published: str | None = None
    source: str | None = Field(None, description="The outlet.")


class ArticleSummary(BaseModel):
    """A stored article without its text."""

    key: int
    id: str | None = Field(None, description="The article's own identifier.")
    sha256: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    similarity: float | None = Field(None, description="In a duplicate group: estimated Jaccard similarity to the group.")


class Relay(BaseModel):
    """One link of a relay chain: who passed the statement on."""

    name: str
    key: int | None = Field(None, description="Canonical entity key, when the relay is linked.")


class StatementItem(BaseModel):
    """An attributed statement with its canonical speaker and article."""

    key: int
    local_id: str | None = Field(None, description="The statement's id within its article's record (s1, s2, …).")
    kind: str
    type: str | None = Field(None, description="assertion, belief, intention, evidence or request (null: stored before statements were typed).")
    content: str
    speaker: int | None = Field(None, description="Canonical entity key of the speaker.")
    speaker_name: str | None = None
    speaker_text: str | None = None
    on_behalf_of: int | None = Field(None, description="Canonical entity key of the organisation a named spokesperson "
                                     "speaks for ('Airbus spokesman Stefan Schaffrath said': the speaker is the person).")
    on_behalf_of_name: str | None = Field(None, description="That organisation's name (null: the statement names none).")
    cue: str | None = None
    date: str | None = None
    confidence: float | None = None
    cluster: int | None = Field(None, description="The cluster of the same statement across articles.")
    via: list[Relay] = Field(default_factory=list, description="The relay chain, innermost first: 'X said, according to Tass'.")
    rule: str | None = Field(None, description="The extraction rule that produced it.")
    article: ArticleRef


class FigureItem(BaseModel):
    """A figure with a quantity, as an interval (null bound = open-ended)."""

    key: int
    local_id: str | None = None
    text: str
    quantity: str
    unit: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool | None = None
    high_inclusive: bool | None = None
    hedge: str | None = None
    as_of: str | None = None
    period: str | None = None
    subject: int | None = Field(None, description="Canonical entity key of what is counted.")
    subject_name: str | None = None
    source: int | None = Field(None, description="Canonical entity key of whoever gave the figure.")
    source_name: str | None = None
    rule: str | None = Field(None, description="The extraction rule that produced it.")
    article: ArticleRef
    variable: str | None = Field(None, description="The series this figure belongs to (null: not a count, or what it measures is unknown).")
    scale: float | None = Field(None, description="Multiply value/low/high by it to get them in unit (17 cents: unit USD, scale 0.01).")
    char_start: int | None = Field(None, description="Where the figure starts in its article's text.")


class SeriesItem(BaseModel):
    """A (subject, quantity) figure series."""

    subject: int | None = None
    subject_name: str | None = None
    quantity: str
    points: int
    undated: int | None = Field(None, description="Points without an as_of, listed apart and never plotted.")
    first: str | None = None
    last: str | None = None


class ContradictionItem(BaseModel):
    """Two figures or two statements that cannot both hold."""

    key: int
    kind: Literal["figure", "statement"]
    subject: int | None = None
    subject_name: str | None = None
    quantity: str | None = None
    period: str | None = None
    reason: str
    confidence: float | None = Field(None, description="0..1: how sure the conflict is.")
    left_sentence: str | None = None
    right_sentence: str | None = None
    left: FigureItem | StatementItem | None = None
    right: FigureItem | StatementItem | None = None


class DuplicateGroup(BaseModel):
    """Near-duplicate articles: the original (the earliest) and its copies."""

    group: int
    size: int
    original: ArticleSummary
    copies: list[ArticleSummary]


class SearchHit(BaseModel):
    """An entity, article or statement matching a search."""

    kind: Literal["entity", "article", "statement"]
    key: int
    title: str | None = None
    snippet: str | None = None
    published: str | None = Field(None, description="Articles only.")
    article: int | None = Field(None, description="Statements only: the article's key.")
    local_id: str | None = Field(None, description="Statements only: the id in the article (the page anchor is #st-<local_id>).")
    marks: list[list[int]] = Field(default_factory=list, description="[start, end) offsets of the matches in the snippet.")


class Entity(BaseModel):
    """A canonical entity across articles."""

    key: int
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    iso3: str | None = None
    first_seen: str | None = None
    documents: int | None = Field(None, description="Number of articles that name it.")


class EventRef(BaseModel):
    """The article an event comes from."""

    key: int
    title: str | None = None
    published: str | None = None


class EventItem(BaseModel):
    """An event with the entity as actor or target."""

    key: int
    local_id: str | None = None
    type: str
    trigger: str
    date: str | None = None
    status: str
    role: Literal["actor", "target"]
    article: EventRef


class TimelineItem(BaseModel):
    """One dated item of an entity's timeline."""

    when: str | None = None
    kind: Literal["said", "figure", "event"]
    text: str
    article: ArticleRef


class LinkExample(BaseModel):
    """One article that links a name to the entity, and the evidence of that link."""

    article: int
    title: str | None = None
    published: str | None = None
    rule: str = Field(description="exact, context, translit, authority, country, new, local; 'earlier rules' before migration 0006")
    score: float
    evidence: dict[str, Any] = Field(default_factory=dict, description="key matched, co-mentioned entities shared, context score")


class NameEvidence(BaseModel):
    """Why one name is part of the entity: how many articles link it, by which rules."""

    name: str
    articles: int
    rules: dict[str, int]
    examples: list[LinkExample]


class EntityPage(BaseModel):
    """An entity with what they said, what was said about them, figures, events and a timeline."""

    ok: bool = True
    entity: Entity
    articles: list[ArticleSummary]
    said: list[StatementItem]
    said_about: list[StatementItem]
    figures: list[FigureItem]
    events: list[EventItem]
    timeline: list[TimelineItem]
    totals: dict[str, int] = Field(default_factory=dict, description="Each list's length over all pages (documents, said, said_about, figures, events).")
    names: list[NameEvidence] = Field(default_factory=list, description="Why these names are one entity (issue 12).")


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


__all__ = ["ArticleRef", "ArticleSummary", "ContradictionItem", "DuplicateGroup", "Entity", "EntityPage",
           "ErrorResponse", "EventItem", "FigureItem", "IngestRequest", "IngestResponse", "Page", "SearchHit", "SeriesItem",
           "StatementItem", "TimelineItem"]
