"""Interval look-ups in O(log n) instead of a scan per query (issue 16: linear cost at any length).

Extractors link items by offsets: a figure to the statement holding it, an event to its
statement, a number to the date expressions it overlaps. Scanning every statement or time for
each figure is quadratic in the document; these indexes answer the same questions by bisection.
Each one returns exactly what the scan it replaces returned, in the same order (the hypothesis
properties in ``tests/unit/test_intervals.py`` compare them with the scans).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Overlaps:
    """Spans ``(start, end)``; :meth:`any` answers "does any span overlap ``[s, e)``?"
    (``start < e and s < end``, the test the scans used), in O(log n)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        # the largest end among the spans that start at or before each position
        self._ends = list(accumulate((b for _, b in ordered), max))

    def any(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self._starts, e)  # spans [0, k) start before e
        return k > 0 and self._ends[k - 1] > s


@dataclass(slots=True)
class _Node:
    center: int
    by_start: list[tuple[int, int, int]]  # (start, end, index) of intervals holding ``center``, by start
    by_end: list[tuple[int, int, int]]  # the same, by end, longest reach first
    left: _Node | None
    right: _Node | None


def _build(spans: list[tuple[int, int, int]]) -> _Node | None:
    if not spans:
        return None
    points = sorted(p for a, b, _ in spans for p in (a, b))
    center = points[len(points) // 2]
    left = [x for x in spans if x[1] < center]
    right = [x for x in spans if x[0] > center]
    mid = [x for x in spans if x[0] <= center <= x[1]]
    return _Node(center, sorted(mid), sorted(mid, key=lambda x: -x[1]), _build(left), _build(right))


class Holding(Generic[T]):
    """Items with a closed character range ``[start, end]``; :meth:`around` returns those whose
    range holds an offset, in the order they were given (a centred interval tree: O(log n + k))."""

    __slots__ = ("_items", "_root")

    def __init__(self, items: Sequence[T], span: Callable[[T], tuple[int, int]]) -> None:
        self._items = list(items)
        spans = [(*span(x), i) for i, x in enumerate(self._items)]
        self._root = _build([x for x in spans if x[0] <= x[1]])

    def around(self, offset: int) -> list[T]:
        found: list[int] = []
        node = self._root
        while node is not None:
            if offset < node.center:
                for a, _, i in node.by_start:
                    if a > offset:
                        break
                    found.append(i)
                node = node.left
            elif offset > node.center:
                for _, b, i in node.by_end:
                    if b < offset:
                        break
                    found.append(i)
                node = node.right
            else:
                found.extend(i for _, _, i in node.by_start)
                break
        return [self._items[i] for i in sorted(found)]


class Starts(Generic[T]):
    """Items sorted by a start offset; :meth:`between` returns those starting in ``[lo, hi]``, in
    the order they were given."""

    __slots__ = ("_items", "_keys", "_order")

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self._items = list(items)
        self._order = sorted(range(len(self._items)), key=lambda i: start(self._items[i]))
        self._keys = [start(self._items[i]) for i in self._order]

    def between(self, lo: int, hi: int) -> list[T]:
        a, b = bisect.bisect_left(self._keys, lo), bisect.bisect_right(self._keys, hi)
        return [self._items[i] for i in sorted(self._order[a:b])]


class Live(Generic[T]):
    """Items with spans ``[start, end)`` that are added and removed, kept in the order they were
    added; :meth:`overlapping` returns the live ones overlapping ``[s, e)`` (``start < e and
    s < end``) in that order, looking only at those starting within the longest span's reach."""

    __slots__ = ("_items", "_keys", "_longest", "_spans")

    def __init__(self) -> None:
        self._items: list[T | None] = []  # by insertion; None once removed
        self._spans: list[tuple[int, int]] = []
        self._keys: list[tuple[int, int]] = []  # (start, insertion number), sorted
        self._longest = 0

    def add(self, item: T, start: int, end: int) -> int:
        """Add ``item`` spanning ``[start, end)``; return its number (for :meth:`remove`)."""
        k = len(self._items)
        self._items.append(item)
        self._spans.append((start, end))
        bisect.insort(self._keys, (start, k))
        self._longest = max(self._longest, end - start)
        return k

    def remove(self, k: int) -> None:
        self._items[k] = None

    def overlapping(self, s: int, e: int) -> list[tuple[int, T]]:
        """Return ``(number, item)`` of the live items overlapping ``[s, e)``, in insertion order."""
        lo = bisect.bisect_right(self._keys, (s - self._longest, len(self._items)))
        hi = bisect.bisect_left(self._keys, (e, -1))
        out = []
        for _, k in self._keys[lo:hi]:
            item = self._items[k]
            a, b = self._spans[k]
            if item is not None and a < e and s < b:
                out.append((k, item))
        return sorted(out, key=lambda x: x[0])

    def items(self) -> list[T]:
        """Every live item, in insertion order."""
        return [x for x in self._items if x is not None]


__all__ = ["Holding", "Live", "Overlaps", "Starts"]
