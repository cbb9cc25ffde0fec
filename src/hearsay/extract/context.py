"""What the extractors of one article share: the :class:`Analysis` every extractor reads and adds to.

Extractors run in a fixed order (``hearsay.extract.EXTRACTORS``) and each one has the same shape,
``(doc, analysis) -> None``: it reads what the extractors before it found through the typed
accessors below and adds its own part once. A part is written exactly once (adding it twice is
a programming error), so which extractor produced what, and what it could see, is visible in the
order of ``EXTRACTORS`` instead of hidden in who changed a shared object.

Entities are the one part several extractors extend: the speaker resolver adds a pronoun's
mention to the entity it resolves to, the actor coder adds country and sector codes. They do it
only through :class:`~hearsay.extract.entities.index.EntityIndex` methods; the index is
frozen into records once, at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.intervals import Holding
from hearsay.extract.zones import Zones
from hearsay.model import Article, Event, Figure, Rejection, Statement, TimeExpr


T = TypeVar("T")

PARTS = ("entities", "times", "statements", "figures", "events")


class PartAlreadySet(RuntimeError):
    """An extractor tried to add a part another extractor had already added."""


@dataclass(slots=True)
class Analysis:
    """The parts of one article's record, as the extractors build them."""

    article: Article
    settings: Settings
    zones: Zones
    _entities: EntityIndex | None = None
    _times: tuple[TimeExpr, ...] | None = None
    _statements: tuple[Statement, ...] | None = None
    _figures: tuple[Figure, ...] | None = None
    _events: tuple[Event, ...] | None = None
    _rejected: list[Rejection] = field(default_factory=list)

    # -- reading: each raises if its extractor has not run yet ---------------------------------
    @property
    def entities(self) -> EntityIndex:
        return _need(self._entities, "entities")

    @property
    def times(self) -> tuple[TimeExpr, ...]:
        return _need(self._times, "times")

    @property
    def statements(self) -> tuple[Statement, ...]:
        return _need(self._statements, "statements")

    @property
    def figures(self) -> tuple[Figure, ...]:
        return _need(self._figures, "figures")

    @property
    def events(self) -> tuple[Event, ...]:
        return _need(self._events, "events")

    @property
    def rejected(self) -> tuple[Rejection, ...]:
        """Every rejected candidate so far, in text order."""
        return tuple(sorted(self._rejected, key=lambda r: (r.start, r.end)))

    # -- adding: once per part ------------------------------------------------------------------
    def set_entities(self, entities: EntityIndex) -> None:
        self._entities = _once(self._entities, entities, "entities")

    def set_times(self, times: list[TimeExpr] | tuple[TimeExpr, ...]) -> None:
        self._times = _once(self._times, tuple(times), "times")

    def set_statements(self, statements: list[Statement] | tuple[Statement, ...]) -> None:
        self._statements = _once(self._statements, tuple(statements), "statements")

    def set_figures(self, figures: list[Figure] | tuple[Figure, ...]) -> None:
        self._figures = _once(self._figures, tuple(figures), "figures")

    def set_events(self, events: list[Event] | tuple[Event, ...]) -> None:
        self._events = _once(self._events, tuple(events), "events")

    def reject(self, rejections: list[Rejection] | tuple[Rejection, ...]) -> None:
        """Record candidates an extractor looked at and turned down, with its reason."""
        self._rejected.extend(rejections)


@dataclass(frozen=True, slots=True)
class Extractor:
    """One step of the analysis: the part it adds, what it reads, and the function that runs it.

    Like a spaCy factory's ``assigns``/``requires``, ``adds`` and ``reads`` declare the step's
    contract; ``tests/unit/test_pipeline_order.py`` checks that every part is read only after
    the step that adds it. ``version`` is recorded in each record's ``pipeline`` map.
    """

    adds: str
    version: str
    reads: tuple[str, ...]
    run: Callable[[Doc, Analysis], None]


class StatementIndex:
    """An article's statements indexed by offset, built once: :func:`statement_at` and the
    figure linker ask it which statements hold an offset in O(log n) instead of scanning them all
    (issue 16: the scan per figure and per event was quadratic in the document)."""

    __slots__ = ("_holding", "statements")

    def __init__(self, statements: Sequence[Statement]) -> None:
        self.statements = tuple(statements)
        self._holding: Holding[Statement] = Holding(self.statements, lambda s: (s.start, s.end))

    def around(self, offset: int) -> list[Statement]:
        """Return the statements with ``start <= offset <= end`` (end included), in their order."""
        return self._holding.around(offset)


def statement_at(statements: Sequence[Statement] | StatementIndex, start: int) -> Statement | None:
    """Return the smallest statement whose content holds offset ``start`` (the first of equal
    size), else None. Pass a :class:`StatementIndex` when asking many times."""
    pool = statements.around(start) if isinstance(statements, StatementIndex) else statements
    inside = [s for s in pool if s.start <= start < s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


def source_of(statement: Statement | None) -> str | None:
    """Return the entity a claim inside ``statement`` is attributed to, else None.

    The outlet that relays a statement ("…, Tass reported") is where the reader got it, so it
    is the source; a statement nobody relays is sourced to its speaker. Figures and events
    inside a statement both take their ``source`` from here.
    """
    if statement is None:
        return None
    return statement.via[0] if statement.via else statement.speaker


def _need(value: T | None, part: str) -> T:
    if value is None:
        raise RuntimeError(f"the {part} extractor has not run yet; check the order of EXTRACTORS")
    return value


def _once(current: T | None, new: T, part: str) -> T:
    if current is not None:
        raise PartAlreadySet(f"{part} were already added to this analysis")
    return new


__all__ = ["PARTS", "Analysis", "Extractor", "PartAlreadySet", "StatementIndex", "source_of", "statement_at"]
