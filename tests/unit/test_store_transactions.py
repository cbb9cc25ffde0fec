"""One transaction per article: a failed write leaves the store as it was (issue 2)."""

from __future__ import annotations

import pytest

from hearsay.errors import StoreError
from hearsay.model import Article, Entity, Mention, Record, Statement


def _record(text: str, bad: bool = False) -> Record:
    article = Article(text=text)
    entity = Entity("e1", "Ann Lee", "PERSON", mentions=(Mention(0, 7, text[:7]),))
    # kind=None violates the statements table's NOT NULL: the write fails after the
    # document and entity rows went in, which must then be rolled back.
    statement = Statement("s1", None if bad else "direct", text[9:], 9, len(text), speaker="e1")  # type: ignore[arg-type]
    return Record(article, (entity,), (statement,))


def test_store_failed_write_leaves_nothing(store):
    with pytest.raises(StoreError):
        store.save(_record("Ann Lee: it rained all day.", bad=True))
    for table in ("documents", "entities", "mentions", "statements"):
        assert store.count(table) == 0, table


def test_store_same_text_saved_once(store):
    first = store.save(_record("Ann Lee: it rained all day."))
    second = store.save(_record("Ann Lee: it rained all day."))
    assert first[1] is True and second == (first[0], False)
    assert store.count("documents") == 1 and store.count("statements") == 1
