"""Analyse articles on several local processes, each loading the spaCy pipeline once.

:func:`analyze_parallel` gives the same records, in the same order, as the serial
:func:`hearsay.pipeline.analyze_articles`; it only spreads batches over worker processes. The
input is read lazily and at most ``in_flight`` batches are queued at a time, so memory stays
bounded however large the input is (see docs/PERFORMANCE.md for the measurements).

Workers are started with the ``spawn`` method by default (``forkserver`` also works): ``fork``
would copy a parent that may hold open database connections and threads.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from hearsay.batch._work import Item, Outcome, analyze_batch, merge, run_in_order, warm_up
from hearsay.config import Settings
from hearsay.errors import ConfigError, PipelineError

START_METHODS = ("spawn", "forkserver")


def analyze_parallel(
    articles: Iterable[Item],
    settings: Settings,
    workers: int,
    *,
    batch_size: int | None = None,
    in_flight: int | None = None,
    start_method: str = "spawn",
) -> Iterator[Outcome]:
    """Yield one record per article, in input order, analysed on ``workers`` processes.

    Items of ``articles`` may be :class:`~hearsay.ingest.readers.Failure` (as
    :func:`~hearsay.ingest.readers.iter_articles` yields them): they are passed through in
    place. An article whose analysis raises becomes a ``Failure`` too, so one bad article never
    stops a run. To resume a run, filter the input lazily, e.g.
    ``(a for a in items if isinstance(a, Failure) or not store.has(a.sha256))``.

    Args:
        articles: articles (and read failures), consumed lazily.
        settings: resolved settings, sent to every worker.
        workers: number of worker processes (1 still uses one separate process).
        batch_size: articles per task (default ``settings.batch_size``).
        in_flight: most batches queued or running at once (default ``2 * workers``).
        start_method: ``"spawn"`` or ``"forkserver"``.

    Raises:
        ConfigError: ``workers`` < 1 or an unknown start method.
        PipelineError: the pipeline cannot be loaded or a worker process died.
    """
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1 (got {workers})")
    if start_method not in START_METHODS:
        raise ConfigError(f"unknown start method {start_method!r} (choose from {', '.join(START_METHODS)})")
    size = batch_size or settings.batch_size
    limit = max(1, in_flight or 2 * workers)
    return _run(articles, settings, workers, size, limit, start_method)


# Math libraries start one thread per core in every process; with one worker per core those
# threads fight for the same cores. Measured on 2 cores, 200 articles (docs/PERFORMANCE.md):
# 2 workers ran at 0.83x one worker without this and at 1.99x with it. Dask's nanny sets the
# same variables for its workers by default.
_ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@contextlib.contextmanager
def _single_threaded_children() -> Iterator[None]:
    """Set the thread variables (unless the user set them) while worker processes start."""
    added = {k: v for k, v in _ONE_THREAD.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


def _run(articles: Iterable[Item], settings: Settings, workers: int, size: int, limit: int, method: str) -> Iterator[Outcome]:
    with _single_threaded_children():
        yield from _run_pool(articles, settings, workers, size, limit, method)


def _run_pool(articles: Iterable[Item], settings: Settings, workers: int, size: int, limit: int, method: str) -> Iterator[Outcome]:
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=warm_up, initargs=(settings,))
    try:
        yield from run_in_order(articles, size, limit, lambda work: pool.submit(analyze_batch, work, settings), _result)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[list[Outcome]] | None, batch: list[Item]) -> list[Outcome]:
    if future is None:  # nothing but read failures
        return merge(batch, [])
    try:
        return merge(batch, future.result())
    except BrokenProcessPool:
        raise PipelineError("a worker process died (out of memory or killed); rerun to resume where it stopped") from None


__all__ = ["START_METHODS", "analyze_parallel"]
