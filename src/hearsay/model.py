"""Frozen record types: what hearsay extracts, independent of spaCy.

Records hold no spaCy objects so they outlive the ``Doc``, serialise to the hearsay/1 JSON
record (:mod:`hearsay.record`) and go to the store. Every offset is a half-open *character*
offset into :attr:`Article.text`, the normalised text as stored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EntityType = str  # spaCy label set: PERSON, ORG, GPE, LOC, NORP, PRODUCT, EVENT, FAC, ...
StatementKind = Literal["direct", "indirect", "mixed"]
# What a statement is (docs/statements.md): a claim, a reported mental state, a commitment, what a
# document shows, or what someone is asked to do.
StatementType = Literal["assertion", "belief", "intention", "evidence", "request"]
STATEMENT_TYPES: tuple[StatementType, ...] = ("assertion", "belief", "intention", "evidence", "request")
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["asserted", "negated", "hypothetical", "future"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text {self.text!r} does not fit {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Article:
    """One input document after reading and normalisation.

    ``text`` is the normalised text every offset points into; ``raw_offsets`` is not kept
    because normalisation only ever rewrites whitespace and control characters (see
    :mod:`hearsay.ingest.normalize`), and the raw input is kept in ``raw`` when it differs.
    """

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    language: str = "en"
    input_format: str = "text"
    encoding: str | None = None
    origin: str | None = None  # file path, "-" or "path:line" the article came from
    raw: str | None = None
    published_source: str | None = None  # "given" (caller, JSONL, API) | "page" (HTML metadata) | None
    pages: tuple[tuple[int, int, int], ...] = ()  # PDF page map: (start, end, page number) ranges of text

    @property
    def sha256(self) -> str:
        """The store key: SHA-256 of the normalised text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def doc_id(self) -> str:
        """The id used in the record: the given id, else the first 16 hex digits of the hash."""
        return self.id or self.sha256[:16]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an entity is named (or pronominally referred to) in the text."""

    start: int
    end: int
    text: str
    page: int | None = None  # PDF input: the page ``start`` is on (hearsay.record.page_at)


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: people, organisations, countries, places, products, events."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    ids: dict[str, str] = field(default_factory=dict)  # e.g. {"iso3": "PRK", "sector": "MIL"}


@dataclass(frozen=True, slots=True)
class Statement:
    """Something attributed to a source through a cue (PARC-style attribution)."""

    id: str
    kind: StatementKind
    content: str
    start: int
    end: int
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    via: tuple[str, ...] = ()  # entity ids, innermost relay first
    date: str | None = None  # TIMEX3 value
    confidence: float = 0.5
    rule: str = ""
    page: int | None = None  # PDF input: the page ``start`` is on (hearsay.record.page_at)
    type: StatementType | None = None  # None: stored before statements were typed
    on_behalf_of: str | None = None  # entity id: the organisation a named spokesperson speaks for


@dataclass(frozen=True, slots=True)
class Figure:
    """A number claimed by the article, as the interval its hedge allows."""

    id: str
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None  # None = open
    high: float | None = None  # None = open
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    hedge: str | None = None
    quantity: str | None = None
    unit: str | None = None
    subject: str | None = None  # entity id
    as_of: str | None = None  # TIMEX3 value
    source: str | None = None  # entity id
    statement: str | None = None  # statement id
    rule: str = ""
    page: int | None = None  # PDF input: the page ``start`` is on (hearsay.record.page_at)


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date or time expression normalised to TIMEX3 against the publication date."""

    id: str
    text: str
    start: int
    end: int
    type: TimeType
    value: str
    mod: str | None = None  # BEFORE, AFTER, START, MID, END, APPROX ...
    anchor: str | None = None  # the reference date used, YYYY-MM-DD
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded political event anchored on its trigger."""

    id: str
    type: str  # PLOVER type, e.g. AID, AGREE, ASSAULT
    trigger: str
    start: int  # trigger span
    end: int
    mode: str | None = None
    actor: str | None = None  # entity id
    target: str | None = None  # entity id
    actor_code: str | None = None  # CAMEO-style ISO3 + sector for this role, e.g. "PRKMIL"
    target_code: str | None = None
    date: str | None = None
    location: str | None = None  # entity id
    source: str | None = None  # entity id of whoever reports it
    status: EventStatus = "asserted"
    sentence_start: int | None = None
    sentence_end: int | None = None
    statement: str | None = None
    rule: str = ""
    page: int | None = None  # PDF input: the page of the trigger (hearsay.record.page_at)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A candidate that looked like a claim but is not one, and why."""

    start: int
    end: int
    text: str
    reason: str
    kind: str = "figure"  # figure | quote | residue | time


@dataclass(frozen=True, slots=True)
class Record:
    """Everything hearsay found in one article: the hearsay/1 record."""

    article: Article
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    pipeline: dict[str, str] = field(default_factory=dict)


__all__ = [
    "Article",
    "Entity",
    "EntityType",
    "Event",
    "EventStatus",
    "Figure",
    "Mention",
    "Record",
    "Rejection",
    "Span",
    "Statement",
    "STATEMENT_TYPES",
    "StatementKind",
    "StatementType",
    "TimeExpr",
    "TimeType",
]
