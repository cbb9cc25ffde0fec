"""Crash safety (issue 8, item 3): ``hearsay ingest`` killed with SIGKILL at random points and
restarted leaves only whole articles, no duplicates, a consistent ledger, and completes.

A bounded version of ``benchmarks/kill_test.py`` (6 kills on SQLite, 4 on PostgreSQL, over a
6-article corpus); the long runs and their figures are in docs/RELIABILITY.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger._pg import pg_server  # noqa: F401  (fixture)
from reliability._crash import Reference, corpus, reference, snapshot
from reliability._kill import run_kills

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Reference, Path]:
    source = tmp_path_factory.mktemp("kill-corpus")
    src = snapshot(tmp_path_factory.mktemp("kill-src") / "src")
    return source, reference(corpus(source, 6), src), src


def test_ingest_sigkill_on_sqlite_keeps_whole_articles(kill_corpus: tuple[Path, Reference, Path], tmp_path: Path) -> None:
    source, ref, src = kill_corpus
    stats = run_kills("sqlite", 6, source, ref, tmp_path, seed=8, src=src)
    assert stats.problems == []
    assert stats.kills == 6 and stats.rounds >= 1


def test_ingest_sigkill_on_postgres_keeps_whole_articles(kill_corpus: tuple[Path, Reference, Path], tmp_path: Path,
                                                         pg_server: str) -> None:  # noqa: F811
    source, ref, src = kill_corpus
    stats = run_kills("postgres", 4, source, ref, tmp_path, pg_server=pg_server, seed=9, src=src)
    assert stats.problems == []
    assert stats.kills == 4 and stats.rounds >= 1
