"""``hearsay ingest`` as a library call: read sources, skip what is stored, analyse, link.

Each new article is analysed, then stored together with its ledger updates in one
transaction (:meth:`~hearsay.store.Store.save_linked`), so a failure leaves the store as it
was. Articles whose normalised text is already stored are skipped before analysis. Every
failed input is recorded in the ``failures`` table and returned in the summary; one bad
document never stops the run.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from sqlalchemy import select

from hearsay.analysis import analyze_doc
from hearsay.config import Settings
from hearsay.errors import HearsayError, PipelineError
from hearsay.ingest.readers import Failure
from hearsay.ledger import catch_up, update_ledger
from hearsay.ledger.sources import estimate, expand, read_source
from hearsay.model import Article, Record
from hearsay.store import Store, schema

log = logging.getLogger(__name__)


class ProgressHook(Protocol):
    """What :func:`ingest` reports to a progress display."""

    def total(self, n: int) -> None:
        """The expected number of articles (an estimate; it may grow)."""

    def advance(self, failed: bool = False) -> None:
        """One article (or failed input) is done."""


@dataclass
class IngestSummary:
    """What an ingest run did."""

    stored: int = 0  # new articles stored
    skipped: int = 0  # already stored (same normalised text): not analysed again
    linked: int = 0  # stored, and linked as a near-duplicate of an earlier article
    caught_up: int = 0  # articles stored earlier without the ledger, now added to it
    failures: list[Failure] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when nothing failed, else the highest exit code of the failures."""
        return max((f.error.exit_code for f in self.failures), default=0)


class _Null:
    def total(self, n: int) -> None:
        pass

    def advance(self, failed: bool = False) -> None:
        pass


def ingest(
    sources: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    input_format: str | None = None,
    published: date | None = None,
    encoding: str = "utf-8",
    progress: ProgressHook | None = None,
) -> IngestSummary:
    """Ingest every article of ``sources`` (files, directories, JSONL(.gz), feed files).

    Returns:
        the run's :class:`IngestSummary`; failures are in it and in the ``failures`` table.

    Raises:
        StoreError: the store itself is unusable (per-article failures do not raise).
    """
    hook = progress or _Null()
    files: list[str] = []
    early: list[Failure] = []
    for item in expand(sources):
        (early if isinstance(item, Failure) else files).append(item)  # type: ignore[arg-type]
    hook.total(len(early) + sum(estimate(f, input_format) for f in files if f != "-"))

    def items() -> Iterator[Article | Failure]:
        yield from early
        for path in files:
            yield from read_source(path, settings, input_format=input_format, published=published, encoding=encoding)

    return ingest_articles(items(), store, settings, progress=hook)


def ingest_articles(
    items: Iterable[Article | Failure], store: Store, settings: Settings, *, progress: ProgressHook | None = None
) -> IngestSummary:
    """Store and link every new article of ``items``; record every :class:`Failure` among them."""
    hook = progress or _Null()
    summary = IngestSummary(caught_up=catch_up(store))
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Failure):
                _fail(store, summary, hook, item)
            elif item.sha256 in seen or store.has(item.sha256):
                summary.skipped += 1
                hook.advance()
            else:
                seen.add(item.sha256)
                yield item

    iterator = fresh()
    while batch := list(itertools.islice(iterator, settings.batch_size)):
        for article, result in zip(batch, _analyse(batch, settings), strict=True):
            if isinstance(result, Failure):
                _fail(store, summary, hook, result)
                continue
            try:
                key, created = store.save_linked(result, update_ledger)
            except HearsayError as exc:
                _fail(store, summary, hook, Failure(article.origin or article.doc_id, exc))
                continue
            if created:
                summary.stored += 1
                summary.linked += _is_copy(store, key)
            else:
                summary.skipped += 1
            if article.origin:
                store.clear_failures(article.origin)
            hook.advance()
    return summary


def _fail(store: Store, summary: IngestSummary, hook: ProgressHook, failure: Failure) -> None:
    summary.failures.append(failure)
    store.record_failure(failure.origin, str(failure.error), failure.error.code)
    hook.advance(failed=True)


def _analyse(batch: list[Article], settings: Settings) -> list[Record | Failure]:
    """Analyse a batch in one ``nlp.pipe`` call; on error, article by article to isolate it."""
    from hearsay.nlp.pipeline import parse_texts

    try:
        docs = list(parse_texts([a.text for a in batch], settings))
        return [_one(a, d, settings) for a, d in zip(batch, docs, strict=True)]
    except HearsayError:
        if len(batch) == 1:
            raise
    except Exception as exc:  # a parser crash on one document must not lose the batch
        if len(batch) == 1:
            return [Failure(batch[0].origin or batch[0].doc_id, PipelineError(f"{batch[0].origin}: parsing failed ({type(exc).__name__}: {exc})"))]
    return [r for a in batch for r in _analyse([a], settings)]


def _one(article: Article, doc: object, settings: Settings) -> Record | Failure:
    try:
        return analyze_doc(article, doc, settings)
    except HearsayError as exc:
        return Failure(article.origin or article.doc_id, exc)
    except Exception as exc:  # an extractor bug: record it against this article and go on
        log.exception("analysis failed on %s", article.origin)
        return Failure(article.origin or article.doc_id,
                       PipelineError(f"{article.origin}: analysis failed ({type(exc).__name__}: {exc})"))


def _is_copy(store: Store, key: int) -> int:
    d = schema.duplicates
    with store.engine.connect() as conn:
        row = conn.execute(select(d.c.original_id, d.c.group_id).where(d.c.document_id == key)).first()
    return int(row is not None and (row.original_id != key or row.group_id != key))


__all__ = ["IngestSummary", "ProgressHook", "ingest", "ingest_articles"]
