"""The offset indexes of long-document passes answer exactly as the scans they replace (issue 16).

Each index is checked against the brute-force scan it replaced, on random intervals: same
answers, same order, same tie-breaks.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.statements.quotes import _IntervalIndex
from hearsay.model import Mention

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1])), max_size=40)
queries = st.lists(st.tuples(st.integers(0, 230), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])), min_size=1, max_size=20)


@given(spans, queries)
def test_interval_index_matches_a_scan(items, asked):
    index = _IntervalIndex(items)
    for lo, hi in asked:
        assert index.overlapping(lo, hi) == [i for i, (s, e) in enumerate(items) if s < hi and lo < e]


def _scan_lookup(added, start, end):
    best, best_key = None, (0, 0)
    for s, e, eid in added:
        overlap = min(e, end) - max(s, start)
        if overlap > 0 and (overlap, e - s) > best_key:
            best, best_key = eid, (overlap, e - s)
    return best


@settings(max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 200), st.integers(1, 25)), max_size=50), queries)
def test_entity_index_lookups_match_a_scan(adds, asked):
    index = EntityIndex()
    added: list[tuple[int, int, str]] = []
    for key, start, length in adds:
        before = len(index.entity(index.add(f"k{key}", f"name {key}", "PERSON")).mentions)
        eid = index.add(f"k{key}", f"name {key}", "PERSON", Mention(start, start + length, "x" * length))
        if len(index.entity(eid).mentions) > before:
            added.append((start, start + length, eid))
    for start, end in asked:
        assert index.lookup(start, end) == _scan_lookup(added, start, end)
        inside = sorted((s, e, eid) for s, e, eid in added if s >= start and e <= end)
        assert index.mentions_in(start, end) == inside
        for eid in {a[2] for a in added}:
            first = next(((s, e) for s, e, x in added if x == eid and s < end and start < e), None)
            m = index.first_mention_of(eid, start, end)
            assert (None if m is None else (m.start, m.end)) == first


def test_entity_index_keeps_one_copy_of_a_repeated_mention():
    index = EntityIndex()
    eid = index.add("k", "Anna Petrova", "PERSON", Mention(0, 12, "Anna Petrova"))
    index.add_mention(eid, Mention(0, 12, "Anna Petrova"))
    index.add_mention(eid, Mention(40, 46, "Petrova"))
    assert [(m.start, m.end) for m in index.entity(eid).mentions] == [(0, 12), (40, 46)]
    assert index.lookup(41, 43) == eid and index.lookup(20, 30) is None
