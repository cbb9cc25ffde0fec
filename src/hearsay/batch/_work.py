"""The unit of work every runner ships to a worker: one batch of articles in, records out.

Shared by :mod:`hearsay.batch.parallel` (processes) and :mod:`hearsay.batch.dask` so both give
exactly the records the serial :func:`hearsay.pipeline.analyze_articles` gives.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

from hearsay.pipeline import analyze_articles
from hearsay.config import Settings
from hearsay.errors import HearsayError, PipelineError
from hearsay.ingest.readers import Failure
from hearsay.model import Article, Record
from hearsay.nlp.parser import load_pipeline

Item = Article | Failure
Outcome = Record | Failure


def warm_up(settings: Settings) -> None:
    """Load the pipeline into this process's cache (a worker initializer).

    A load error is not raised here: the first batch raises it again as a :class:`PipelineError`,
    which reaches the caller intact instead of as a broken pool.
    """
    try:
        load_pipeline(settings.model, settings.model_version)
    except HearsayError:
        pass


def _failure(article: Article, exc: Exception) -> Failure:
    where = article.origin or article.doc_id
    if isinstance(exc, HearsayError):
        return Failure(where, exc)
    return Failure(where, PipelineError(f"{where}: analysis failed ({type(exc).__name__}: {exc})"))


def analyze_batch(items: Sequence[Item], settings: Settings) -> list[Outcome]:
    """Return one outcome per item, in order: its record, or a :class:`Failure`.

    Failures in the input pass through. If the batch fails, each article is analysed on its own
    so one bad article costs only itself.

    Raises:
        PipelineError: the pipeline cannot be loaded (nothing can be analysed).
    """
    load_pipeline(settings.model, settings.model_version)  # raises for the whole run, not per article
    articles = articles_of(items)
    outcomes: list[Outcome]
    try:
        outcomes = list(analyze_articles(articles, settings))
    except Exception:  # noqa: BLE001 - isolate the bad article below
        outcomes = [_one(a, settings) for a in articles]
    return merge(items, outcomes)


def _one(article: Article, settings: Settings) -> Outcome:
    try:
        return next(analyze_articles([article], settings))
    except Exception as exc:  # noqa: BLE001 - recorded per article, the run goes on
        return _failure(article, exc)


def merge(batch: Sequence[Item], outcomes: Sequence[Outcome]) -> list[Outcome]:
    """Return ``batch`` with its articles replaced, in order, by their ``outcomes``.

    Runners ship only the articles of a batch to workers and keep read failures at home, so a
    failure comes back as the very object that went in.
    """
    results = iter(outcomes)
    return [next(results) if isinstance(item, Article) else item for item in batch]


def articles_of(batch: Sequence[Item]) -> list[Article]:
    """Return the articles of ``batch`` (what a worker needs to see)."""
    return [item for item in batch if isinstance(item, Article)]


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Yield lists of up to ``size`` items, consuming ``items`` lazily."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Pending(Protocol):
    """A submitted batch, as a local or a Dask future: it can be cancelled."""

    def cancel(self) -> bool: ...


P = TypeVar("P", bound=Pending)


def run_in_order(items: Iterable[Item], size: int, limit: int, submit: Callable[[list[Article]], P],
                 collect: Callable[[P | None, list[Item]], list[Outcome]]) -> Iterator[Outcome]:
    """Submit batches of ``items`` to a pool and yield their outcomes in input order.

    At most ``limit`` batches are submitted and not yet collected, so memory stays bounded
    however long the input; a batch of nothing but read failures is not submitted (``collect``
    gets ``None`` for it). Batches still pending when the caller stops are cancelled.
    """
    pending: deque[tuple[P | None, list[Item]]] = deque()
    try:
        for batch in batches(items, size):
            work = articles_of(batch)
            pending.append((submit(work) if work else None, batch))
            if len(pending) >= limit:
                yield from collect(*pending.popleft())
        while pending:
            yield from collect(*pending.popleft())
    finally:
        for future, _batch in pending:
            if future is not None:
                future.cancel()


__all__ = ["Item", "Outcome", "Pending", "analyze_batch", "articles_of", "batches", "merge", "run_in_order", "warm_up"]
