"""Per-document budgets: analyse each article in a supervised process that is stopped when one
document runs over its wall-clock or memory budget (issue 19).

Some inputs are pathological for the NLP pipeline (40 KB of quote marks made spaCy's
tokenizer quadratic; thousands of relayed statements made the extractors quadratic). Such a
document sits inside one C call for minutes while memory grows, where no Python-level timeout
can reach it. :func:`analyze_guarded` therefore analyses articles one at a time in a child
process (spawned, the model loaded once) and watches it from here: when a document's analysis
runs longer than ``Settings.doc_seconds`` or the child's resident memory passes
``Settings.doc_memory_mb``, the child is killed, that document becomes a :class:`Failure`
with the reason, and a fresh child takes the next document. Nothing else is lost.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from hearsay.batch._work import Item, Outcome, analyze_batch
from hearsay.config import Settings
from hearsay.errors import HearsayError, PipelineError
from hearsay.ingest.readers import Failure
from hearsay.model import Article
from hearsay.nlp.parser import load_pipeline

_POLL = 0.05  # seconds between budget checks
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _serve(conn: Connection, settings: Settings) -> None:
    """The child: load the pipeline, say so, then analyse each article it is sent."""
    try:
        load_pipeline(settings.model, settings.model_version)
    except HearsayError as exc:
        conn.send(("error", exc))
        return
    conn.send(("ready", None))
    while True:
        try:
            article = conn.recv()
        except EOFError:
            return
        if article is None:
            return
        try:
            outcome: Any = analyze_batch([article], settings)[0]
        except Exception as exc:  # noqa: BLE001 - e.g. the pipeline cannot load: reported to the parent
            outcome = exc if isinstance(exc, PipelineError) else PipelineError(f"analysis failed ({type(exc).__name__}: {exc})")
        conn.send(outcome)


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (Linux ``/proc``; 0 where unavailable)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


class _Child:
    def __init__(self, settings: Settings) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_conn = context.Pipe()
        self.proc = context.Process(target=_serve, args=(child_conn, settings), daemon=True)
        self.proc.start()
        child_conn.close()
        try:  # the model's load is not charged to any document
            state, error = self.conn.recv()
        except (EOFError, OSError):
            self.stop(kill=True)
            raise PipelineError("the analysing process died while loading the pipeline") from None
        if state != "ready":
            self.stop(kill=True)
            raise error if isinstance(error, HearsayError) else PipelineError(str(error))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def analyze_guarded(articles: Iterable[Item], settings: Settings) -> Iterator[Outcome]:
    """Yield one outcome per item, in order, each article analysed under the per-document budgets.

    Read failures among ``articles`` pass through. ``settings.doc_seconds`` counts from when the
    child starts on the document (the model's first load is not charged to it);
    ``settings.doc_memory_mb`` is the child's resident memory, model included.

    Raises:
        PipelineError: the pipeline cannot be loaded.
    """
    child: _Child | None = None
    try:
        for item in articles:
            if not isinstance(item, Article):
                yield item
                continue
            if child is None:
                child = _Child(settings)
            outcome, child_ok = _analyse(child, item, settings)
            if not child_ok:
                child.stop(kill=True)
                child = None
            yield outcome
    finally:
        if child is not None:
            child.stop()


def _analyse(child: _Child, article: Article, settings: Settings) -> tuple[Outcome, bool]:
    """Return ``(outcome, child still usable)`` for one article."""
    where = article.origin or article.doc_id
    child.conn.send(article)
    limit_s = settings.doc_seconds or float("inf")
    limit_mb = settings.doc_memory_mb or float("inf")
    started = time.monotonic()
    while True:
        if child.conn.poll(_POLL):
            try:
                got = child.conn.recv()
            except (EOFError, OSError):
                return _died(child, where), False
            if isinstance(got, Exception):
                return Failure(where, got if isinstance(got, PipelineError) else PipelineError(f"{where}: {got}")), True
            return got, True
        if not child.proc.is_alive():
            return _died(child, where), False
        mem = rss_mb(child.proc.pid or 0)
        if mem > limit_mb:
            return Failure(where, PipelineError(
                f"{where}: over the memory budget ({mem:,.0f} MB > {limit_mb:,} MB, HEARSAY_DOC_MEMORY_MB): "
                "analysis stopped, the run goes on")), False
        if time.monotonic() - started > limit_s:
            return Failure(where, PipelineError(
                f"{where}: over the time budget ({limit_s:g} s, HEARSAY_DOC_SECONDS): analysis stopped, the run goes on")), False


def _died(child: _Child, where: str) -> Failure:
    child.proc.join(timeout=5)
    code = child.proc.exitcode
    how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
    return Failure(where, PipelineError(f"{where}: the analysing process died ({how}; out of memory?); the run goes on"))


__all__ = ["analyze_guarded", "rss_mb"]
