"""The kill loop shared by ``tests/reliability/test_kill.py`` and ``benchmarks/kill_test.py``.

One *round* ingests the corpus into a fresh store: ``hearsay ingest DIR --db URL`` is started,
and once it has stored a new article (or, sometimes, before it writes anything) it is
SIGKILLed after a random delay, the store is checked, and it is started again, until a run
finishes on its own. Every kill is checked; the finishing run is checked for completeness.
The batch size is drawn per run (1, 2, 4 or 16), so kills land both between parses and in
the middle of a burst of article transactions.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from reliability._crash import Reference, check_store, kill, pg_database, sqlite_url, start_ingest


@dataclass
class KillStats:
    """What a kill run did; ``problems`` is empty when the store was always consistent."""

    backend: str
    kills: int = 0
    rounds: int = 0  # corpora ingested to completion after kills
    in_transaction: int = 0  # kills that hit while the ingest held a write transaction open
    before_first_write: int = 0  # kills during start-up (model load, catch-up), before any new article
    articles_at_kill: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _count(engine: Engine) -> int:
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar_one())
    except SQLAlchemyError:
        return 0  # no schema yet


def _writing(engine: Engine, backend: str) -> bool:
    """True when another connection holds a write transaction on the store right now."""
    try:
        with engine.connect() as conn:
            if backend == "postgres":
                n = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL")).scalar_one()
                return bool(n)
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA busy_timeout=0")  # type: ignore[union-attr]
            try:
                raw.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
            except Exception:  # sqlite3.OperationalError: database is locked
                return True
            raw.execute("ROLLBACK")  # type: ignore[union-attr]
            return False
    except SQLAlchemyError:
        return False


@contextmanager
def _store_url(backend: str, workdir: Path, pg_server: str | None) -> Iterator[str]:
    if backend == "sqlite":
        workdir.mkdir(parents=True, exist_ok=True)
        yield sqlite_url(workdir)
    else:
        assert pg_server is not None
        with pg_database(pg_server) as url:
            yield url


def run_kills(
    backend: str,
    kills: int,
    source: Path,
    ref: Reference,
    workdir: Path,
    *,
    pg_server: str | None = None,
    seed: int = 0,
    src: Path | None = None,
    max_delay: float = 1.5,
    report: Callable[[str], None] = lambda line: None,
) -> KillStats:
    """SIGKILL ``hearsay ingest source`` ``kills`` times over fresh stores; return the stats.

    Args:
        backend: ``sqlite`` or ``postgres`` (then ``pg_server`` is the server's base URL).
        ref: the reference analysis of ``source`` (see :func:`reliability._crash.reference`).
        src: import hearsay from this copy of ``src/`` in the ingests (see :func:`~reliability._crash.snapshot`).
    """
    rng = random.Random(seed)
    stats = KillStats(backend)
    start = time.monotonic()
    log = workdir / "ingest-stderr.log"
    round_no = 0
    while stats.kills < kills:
        round_no += 1
        ctx: AbstractContextManager[str] = _store_url(backend, workdir / f"round{round_no}", pg_server)
        with ctx as url:
            _one_round(url, backend, kills, source, ref, log, rng, max_delay, stats, report, src)
    stats.seconds = time.monotonic() - start
    if log.exists() and log.read_text(errors="replace").strip():
        stats.problems.append(f"ingest wrote to stderr: {log.read_text(errors='replace')[:500]}")
    return stats


def _one_round(url: str, backend: str, kills: int, source: Path, ref: Reference, log: Path, rng: random.Random,
               max_delay: float, stats: KillStats, report: Callable[[str], None], src: Path | None) -> None:
    monitor = create_engine(url)
    try:
        while True:
            before = _count(monitor)
            proc = start_ingest([source], url, batch_size=rng.choice([1, 2, 4, 16]), log=log, src=src)
            early = stats.kills < kills and rng.random() < 0.1
            if early:  # kill during start-up: model load, migrations, catch-up
                time.sleep(rng.uniform(0, 4.0))
            else:  # wait until it writes a new article, then let it go on a little
                while proc.poll() is None and _count(monitor) == before:
                    time.sleep(0.02)
                time.sleep(rng.uniform(0, 0.05) if rng.random() < 0.5 else rng.uniform(0, max_delay))
            if proc.poll() is not None or stats.kills >= kills:
                proc.wait()
                if proc.returncode != 0:
                    stats.problems.append(f"{backend}: an uninterrupted ingest exited with {proc.returncode}")
                problems = check_store(url, ref, complete=True)
                stats.problems += problems
                stats.rounds += 1
                report(f"{backend}: round complete after {stats.kills} kills; {len(problems)} problems")
                return
            hot = _writing(monitor, backend)
            kill(proc)
            stats.kills += 1
            stats.in_transaction += hot
            after = _count(monitor)
            stats.before_first_write += after == before
            stats.articles_at_kill.append(after)
            problems = check_store(url, ref)
            stats.problems += [f"kill {stats.kills}: {p}" for p in problems]
            report(f"{backend}: kill {stats.kills}: {after} articles stored, "
                   f"{'in a write transaction' if hot else 'between transactions'}; {len(problems)} problems")
            for problem in problems:
                report(f"  {problem}")
    finally:
        monitor.dispose()


__all__ = ["KillStats", "run_kills"]
