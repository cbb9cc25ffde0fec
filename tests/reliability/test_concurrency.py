"""Concurrency (issue 8, item 4): two ``hearsay ingest`` runs over overlapping inputs and
``hearsay serve`` on one new store at once lose no article, store none twice, and show no lock
error to anyone. Bounded version of ``benchmarks/concurrency_test.py`` (8 articles, 4 shared).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger._pg import pg_server, pg_url  # noqa: F401  (fixtures)
from reliability._concurrency import run_concurrency
from reliability._crash import Reference, corpus, reference, snapshot, sqlite_url

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def shared_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Reference, Path]:
    paths = corpus(tmp_path_factory.mktemp("concurrency-corpus"), 8)
    src = snapshot(tmp_path_factory.mktemp("concurrency-src") / "src")
    return paths, reference(paths, src, analyse=False), src


def _run(url: str, shared_corpus: tuple[list[Path], Reference, Path], tmp_path: Path, backend: str) -> None:
    paths, ref, src = shared_corpus
    # articles 2-5 go to both; the second run takes its inputs in reverse order
    stats = run_concurrency(backend, url, paths[:6], paths[2:][::-1], ref, tmp_path / "run", src=src, timeout=300)
    assert stats.problems == []
    assert sum(stats.stored) == len(ref.order) and stats.requests > 0
    assert set(stats.statuses) == {200}


def test_ingest_concurrent_with_serve_on_sqlite_loses_nothing(shared_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _run(sqlite_url(tmp_path), shared_corpus, tmp_path, "sqlite")


def test_ingest_concurrent_with_serve_on_postgres_loses_nothing(shared_corpus, tmp_path: Path, pg_url: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _run(pg_url, shared_corpus, tmp_path, "postgres")
