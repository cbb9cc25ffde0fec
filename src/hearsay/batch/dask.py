"""Analyse articles on a Dask cluster whose workers keep the spaCy pipeline loaded.

``address`` is a running scheduler (``tcp://scheduler:8786``) or ``local:N``, which starts a
:class:`distributed.LocalCluster` of N single-threaded worker processes for this run. Each task
is one batch of articles; a worker process loads the pipeline on its first batch and keeps it
(:func:`hearsay.nlp.parser.load_pipeline` is cached per process). At most ``in_flight``
batches are submitted at a time and results come back in input order, so memory stays bounded
and the output matches the serial run record for record. See docs/scale-out.md.

Needs the ``batch`` extra: importing this module without Dask raises
:class:`~hearsay.errors.ConfigError` with the install hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from hearsay.errors import ConfigError

try:
    from distributed import Client, LocalCluster
except ImportError:  # pragma: no cover - exercised only without the extra
    raise ConfigError("Dask is not installed; install the batch extra: pip install 'hearsay[batch]'") from None

from hearsay.batch._work import Item, Outcome, analyze_batch, merge, run_in_order
from hearsay.config import Settings
from hearsay.errors import PipelineError
from hearsay.ingest.readers import Failure

_LOCAL = re.compile(r"local:(\d+)")


def _connect(address: str) -> tuple[Client, LocalCluster | None]:
    """Return a client for ``address`` and the LocalCluster this run started (if any)."""
    local = _LOCAL.fullmatch(address.strip())
    if local:
        n = int(local.group(1))
        if n < 1:
            raise ConfigError(f"--dask local:N needs N >= 1 (got {address!r})")
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0")
        return Client(cluster), cluster
    if not re.match(r"^(tcp|tls|inproc|ucx|ws|wss)://", address):
        raise ConfigError(f"--dask: expected a scheduler address like tcp://host:8786 or local:N, got {address!r}")
    try:
        return Client(address, timeout="30s"), None
    except OSError as exc:
        raise ConfigError(f"--dask: cannot reach the scheduler at {address}: {exc}") from None


def analyze_on_dask(
    articles: Iterable[Item],
    settings: Settings,
    address: str,
    *,
    batch_size: int | None = None,
    in_flight: int | None = None,
) -> Iterator[Outcome]:
    """Yield a record (or a :class:`Failure`) per item of ``articles``, in input order.

    Read failures in the input pass through in place; an article whose analysis fails, or whose
    batch is lost with its worker, becomes a ``Failure`` and the run goes on. To resume a run,
    filter the input lazily on what the store already holds (``Store.has``).

    Args:
        articles: articles (and read failures), consumed lazily.
        settings: resolved settings, sent with every batch.
        address: ``tcp://host:8786`` (a running scheduler) or ``local:N``.
        batch_size: articles per task (default ``settings.batch_size``).
        in_flight: most batches submitted at once (default twice the cluster's worker threads).

    Raises:
        ConfigError: a malformed or unreachable address.
        PipelineError: the workers cannot load the pipeline.
    """
    client, cluster = _connect(address)  # eager: a bad address fails at the call, not at first next()
    return _run(client, cluster, articles, settings, batch_size or settings.batch_size, in_flight)


def _run(client: Client, cluster: LocalCluster | None, articles: Iterable[Item], settings: Settings,
         size: int, in_flight: int | None) -> Iterator[Outcome]:
    try:
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()) or 1
        limit = max(1, in_flight or 2 * threads)
        yield from run_in_order(articles, size, limit,
                                lambda work: client.submit(analyze_batch, work, settings, pure=False), _collect)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(future: Any, batch: list[Item]) -> list[Outcome]:
    if future is None:  # nothing but read failures
        return merge(batch, [])
    try:
        return merge(batch, future.result())
    except PipelineError:
        raise
    except Exception as exc:  # noqa: BLE001 - a lost worker or task costs its batch, not the run
        reason = f"{type(exc).__name__}: {exc}"
        return [
            item if isinstance(item, Failure)
            else Failure(item.origin or item.doc_id, PipelineError(f"{item.origin or item.doc_id}: batch failed on Dask ({reason})"))
            for item in batch
        ]


__all__ = ["analyze_on_dask"]
