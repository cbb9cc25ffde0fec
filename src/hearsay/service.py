"""The one way an article gets into the store: analyse, store, link — for the CLI, the API and batch.

``hearsay analyze``, ``hearsay ingest`` and ``POST /api/ingest`` all come through here, so an
article stored by any of them is linked into the ledger the same way. Each new article is
analysed, then stored together with its ledger updates in one transaction
(:func:`store_record`, :meth:`~hearsay.store.Store.save_linked`), so a failure leaves the store
as it was. Articles whose normalised text is already stored are skipped before analysis. Every
failed input is recorded in the ``failures`` table and returned in the summary; one bad
document never stops the run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from sqlalchemy import select

from hearsay.batch._work import analyze_batch, batches
from hearsay.config import Settings
from hearsay.errors import ConfigError, HearsayError, SizeLimitError, StoreError
from hearsay.ingest.readers import Failure, make_article
from hearsay.ledger import catch_up, update_ledger
from hearsay.ingest.sources import estimate, expand, read_source
from hearsay.model import Article, Record
from hearsay.pipeline import analyze
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
    workers: int = 1,
    dask: str | None = None,
) -> IngestSummary:
    """Ingest every article of ``sources`` (files, directories, JSONL(.gz), feeds, WARC).

    ``workers > 1`` analyses on that many local processes; ``dask`` ("tcp://host:8786" or
    "local:N") on a Dask cluster. Either way articles are stored here, in input order.

    Returns:
        the run's :class:`IngestSummary`; failures are in it and in the ``failures`` table.

    Raises:
        StoreError: the store itself is unusable (per-article failures do not raise).
    """
    hook = progress or _Null()
    files: list[str] = []
    early: list[Failure] = []
    for item in expand(sources, settings):
        (early if isinstance(item, Failure) else files).append(item)  # type: ignore[arg-type]
    hook.total(len(early) + sum(estimate(f, input_format) for f in files if f != "-"))

    def items() -> Iterator[Article | Failure]:
        yield from early
        for path in files:
            yield from read_source(path, settings, input_format=input_format, published=published, encoding=encoding)

    return ingest_articles(items(), store, settings, progress=hook, runner=make_runner(settings, workers, dask))


Runner = Callable[[Iterable[Article]], Iterator["Record | Failure"]]


def make_runner(settings: Settings, workers: int = 1, dask: str | None = None) -> Runner:
    """Return how articles get analysed: serially here, on worker processes, or on Dask.

    Every runner yields one :class:`Record` or :class:`Failure` per article, in input order,
    consuming its input lazily (so already-stored articles are skipped as the run goes).

    Raises:
        ConfigError: ``workers`` below 1, or ``dask`` without the ``batch`` extra installed.
    """
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if dask:
        from hearsay.batch.dask import analyze_on_dask

        return lambda articles: analyze_on_dask(articles, settings, dask)
    if settings.doc_seconds or settings.doc_memory_mb:  # per-document budgets: one supervised process
        if workers > 1:
            raise ConfigError("per-document budgets (HEARSAY_DOC_SECONDS, HEARSAY_DOC_MEMORY_MB) need --workers 1")
        from hearsay.batch.guard import analyze_guarded

        return lambda articles: analyze_guarded(articles, settings)
    if workers > 1:
        from hearsay.batch.parallel import analyze_parallel

        return lambda articles: analyze_parallel(articles, settings, workers)
    return lambda articles: (o for b in batches(articles, settings.batch_size) for o in analyze_batch(b, settings))


def ingest_articles(
    items: Iterable[Article | Failure], store: Store, settings: Settings, *, progress: ProgressHook | None = None,
    runner: Runner | None = None,
) -> IngestSummary:
    """Store and link every new article of ``items``; record every :class:`Failure` among them."""
    hook = progress or _Null()
    analyse = runner or make_runner(settings)
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

    for result in analyse(fresh()):
        if isinstance(result, Failure):
            _fail(store, summary, hook, result)
            continue
        article = result.article
        try:
            key, created = store_record(store, result)
        except HearsayError as exc:
            _fail(store, summary, hook, Failure(article.origin or article.doc_id, exc))
            continue
        except Exception as exc:  # noqa: BLE001 - a hearsay bug on one document costs only that document
            where = article.origin or article.doc_id
            log.error("unexpected error storing %s", where, exc_info=exc)
            _fail(store, summary, hook, Failure(where, StoreError(f"{where}: cannot be stored ({type(exc).__name__}: {str(exc)[:200]})")))
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


def store_record(store: Store, record: Record) -> tuple[int, bool]:
    """Store ``record`` and link it into the ledger in one transaction.

    Returns:
        ``(key, created)``: the article's store key, and False when the same text was stored already.
    """
    return store.save_linked(record, update_ledger)


def ingest_text(store: Store, settings: Settings, text: str, *, title: str | None = None, url: str | None = None,
                source: str | None = None, doc_id: str | None = None,
                published: date | None = None) -> tuple[int, bool, Record]:
    """Analyse one article given as text and store it with its ledger links, unless the same
    text is stored already.

    Returns:
        ``(key, created, record)``: the article's store key, whether it was added now, and its record.

    Raises:
        SizeLimitError: the text is over ``settings.max_bytes``.
        InputError, PipelineError, StoreError: as :func:`hearsay.pipeline.analyze` and the store raise them.
    """
    meta = {k: v for k, v in (("id", doc_id), ("title", title), ("url", url), ("source", source)) if v}
    new = make_article(text=text, origin="<api>", published=published, meta=meta)
    if len(new.text.encode("utf-8")) > settings.max_bytes:
        raise SizeLimitError(f"article over the limit of {settings.max_bytes} bytes")
    if store.has(new.sha256):
        return store.key(new.sha256), False, store.load(new.sha256)
    record = analyze(new, settings)
    key, created = store_record(store, record)
    return key, created, record


def _fail(store: Store, summary: IngestSummary, hook: ProgressHook, failure: Failure) -> None:
    summary.failures.append(failure)
    store.record_failure(failure.origin, str(failure.error), failure.error.code)
    hook.advance(failed=True)


def _is_copy(store: Store, key: int) -> int:
    d = schema.duplicates
    with store.engine.connect() as conn:
        row = conn.execute(select(d.c.original_id, d.c.group_id).where(d.c.document_id == key)).first()
    return int(row is not None and (row.original_id != key or row.group_id != key))


__all__ = ["IngestSummary", "ProgressHook", "Runner", "ingest", "ingest_articles", "ingest_text", "make_runner", "store_record"]
