"""Helpers for the crash and concurrency tests (issue 8): a small real corpus, a reference
analysis of it, ``hearsay ingest`` / ``hearsay serve`` as subprocesses, and store checks.

Other people edit ``src/`` while these long runs go on, so :func:`snapshot` freezes a copy of
it and every subprocess (the ingests, the server and the reference analysis) imports hearsay
from that copy: the reference and the stored rows come from the same code.

Imported by ``tests/reliability/test_*.py`` and by ``benchmarks/kill_test.py`` and
``benchmarks/concurrency_test.py`` (which put ``tests/`` on ``sys.path``), so the bounded
suite and the long runs check exactly the same things.

The checks rest on one property of ``hearsay ingest``: each article is stored together with
its ledger updates in one transaction, in input order, skipping what is stored. So after any
kill the store must hold a set of whole articles, each with exactly the rows a reference
analysis of its text gives, each seen by the ledger once, and nothing that belongs to no
stored article.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = Path(os.environ.get("HEARSAY_WIKINEWS_DIR", Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "wikinews-statements"))
FOUNDING = ROOT / "tests" / "golden" / "kursk-dprk.txt"
HEARSAY = [sys.executable, "-m", "hearsay"]

# Per-article tables written by Store._insert_extracted: compared with the reference analysis.
ARTICLE_TABLES = ("entities", "mentions", "statements", "figures", "times", "events", "rejected")
# Ledger tables holding one kind of row per stored article: each must point at a stored article.
LEDGER_BY_DOCUMENT = ("ledger_documents", "dedupe_signatures", "dedupe_bands", "duplicates", "entity_links",
                      "statement_links", "series_points")


def corpus(dest: Path, n: int = 15) -> list[Path]:
    """Copy the founding article and the ``n - 1`` shortest Wikinews articles into ``dest``.

    The Wikinews texts are CC BY 4.0 (Wikinews contributors). Names are prefixed with their
    position so a directory ingest reads them in a known order.
    """
    dest.mkdir(parents=True, exist_ok=True)
    texts = sorted(WIKINEWS.glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))[: n - 1]
    if len(texts) < n - 1:
        raise FileNotFoundError(f"need {n - 1} Wikinews articles in {WIKINEWS}, found {len(texts)}")
    out = []
    for i, src in enumerate([FOUNDING, *texts]):
        target = dest / f"{i:02d}-{src.name}"
        shutil.copyfile(src, target)
        out.append(target)
    return out


@dataclass(frozen=True)
class Reference:
    """What each article of a corpus must leave in the store: row counts per article table."""

    counts: dict[str, dict[str, int]]  # sha256 -> table -> rows
    order: list[str]  # sha256 in ingest order

    @property
    def hashes(self) -> set[str]:
        return set(self.counts)


def snapshot(dest: Path) -> Path:
    """Copy the working tree's ``src/`` to ``dest`` and return the copy (for :func:`env`)."""
    shutil.copytree(ROOT / "src", dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def reference(paths: Iterable[Path], src: Path | None = None, *, analyse: bool = True) -> Reference:
    """Analyse every article once with :func:`hearsay.pipeline.analyze` in a subprocess
    importing hearsay from ``src`` (default: the installed one).

    Articles are read with the same reader ``hearsay ingest`` uses, so their texts (and so
    their hashes and offsets) are the ones the ingests store. Without ``analyse`` only the
    hashes are taken (the counts are empty, so :func:`check_store` checks presence only).
    """
    flag = [] if analyse else ["--hashes-only"]
    out = subprocess.run([sys.executable, "-m", "reliability._crash", *flag, *map(str, paths)], env=env(src),
                         capture_output=True, text=True, check=True, cwd=ROOT)
    data = json.loads(out.stdout)
    return Reference({k: v for k, v in data["counts"].items()}, data["order"])


def _reference_here(paths: list[str]) -> dict[str, object]:
    from hearsay.pipeline import analyze
    from hearsay.config import load_settings
    from hearsay.ingest.sources import read_source
    from hearsay.model import Article

    settings = load_settings()
    counts: dict[str, dict[str, int]] = {}
    order = []
    analyse = paths[:1] != ["--hashes-only"]
    for path in paths if analyse else paths[1:]:
        for article in read_source(path, settings):
            if not isinstance(article, Article):
                raise SystemExit(f"{path}: {article}")
            order.append(article.sha256)
            counts[article.sha256] = {}
            if not analyse:
                continue
            record = analyze(article, settings)
            counts[article.sha256] = {
                "entities": len(record.entities),
                "mentions": sum(len(e.mentions) for e in record.entities),
                "statements": len(record.statements),
                "figures": len(record.figures),
                "times": len(record.times),
                "events": len(record.events),
                "rejected": len(record.rejected),
            }
    return {"counts": counts, "order": order}


# -- stores ------------------------------------------------------------------------------------
def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'hearsay.db'}"


def pg_server_url() -> str:
    """Start PostgreSQL if needed (see ``tests/ledger/_pg.py``); return the test role's base URL."""
    sys.path.insert(0, str(ROOT / "tests"))
    from ledger._pg import PASSWORD, ROLE, _ensure_server

    reason = _ensure_server()
    if reason:
        raise RuntimeError(reason)
    return f"postgresql+psycopg://{ROLE}:{PASSWORD}@localhost:5432"


@contextmanager
def pg_database(server: str) -> Iterator[str]:
    """A throwaway PostgreSQL database on ``server``, dropped afterwards (as ``tests/ledger/_pg.py``)."""
    import psycopg

    name = f"hearsay_rel_{uuid.uuid4().hex[:12]}"
    admin = server.replace("postgresql+psycopg", "postgresql") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield f"{server}/{name}"
    finally:
        from ledger._pg import drop_database

        drop_database(admin, name)


# -- checks ------------------------------------------------------------------------------------
def check_store(url: str, ref: Reference, *, complete: bool = False) -> list[str]:
    """Return every way the store at ``url`` breaks the crash-safety rules (empty: none).

    - no article is stored twice, and only articles of the corpus are stored;
    - every stored article has exactly the reference's rows in every article table;
    - every stored article was seen by the ledger once (``ledger_documents``) and has its
      dedupe signature, and every ledger row keyed by an article points at a stored one;
    - no canonical entity or statement cluster is left without a link (a half-written ledger);
    - with ``complete``, every article of the corpus is stored.
    """
    from hearsay.store import open_store, schema

    problems: list[str] = []
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            docs = conn.execute(select(schema.documents.c.id, schema.documents.c.sha256)).all()
            by_key = {r.id: r.sha256 for r in docs}
            for sha, n in Counter(r.sha256 for r in docs).items():
                if n > 1:
                    problems.append(f"article {sha[:12]} stored {n} times")
            for sha in set(by_key.values()) - ref.hashes:
                problems.append(f"unknown article {sha[:12]} stored")
            if complete:
                for sha in ref.hashes - set(by_key.values()):
                    problems.append(f"article {sha[:12]} missing after the complete run")
            for table in ARTICLE_TABLES:
                t = schema.metadata.tables[table]
                got = dict(conn.execute(select(t.c.document_id, func.count()).group_by(t.c.document_id)).all())
                for key in set(got) - set(by_key):
                    problems.append(f"{got[key]} {table} rows of no stored article (document_id {key})")
                for key, sha in by_key.items():
                    want = ref.counts.get(sha, {}).get(table)
                    if want is not None and got.get(key, 0) != want:
                        problems.append(f"article {sha[:12]}: {got.get(key, 0)} {table} rows, reference has {want}")
            for table in LEDGER_BY_DOCUMENT:
                t = schema.ledger_metadata.tables[table]
                got = dict(conn.execute(select(t.c.document_id, func.count()).group_by(t.c.document_id)).all())
                for key in set(got) - set(by_key):
                    problems.append(f"{got[key]} {table} rows of no stored article (document_id {key})")
                if table in ("ledger_documents", "dedupe_signatures"):
                    for key, sha in by_key.items():
                        if got.get(key, 0) != 1:
                            problems.append(f"article {sha[:12]}: {got.get(key, 0)} {table} rows, expected 1")
            orphans = conn.execute(text(
                "SELECT count(*) FROM canonical_entities c WHERE NOT EXISTS "
                "(SELECT 1 FROM entity_links l WHERE l.canonical_id = c.id)")).scalar_one()
            if orphans:
                problems.append(f"{orphans} canonical entities with no linked mention")
            orphans = conn.execute(text(
                "SELECT count(*) FROM statement_clusters c WHERE NOT EXISTS "
                "(SELECT 1 FROM statement_links l WHERE l.cluster_id = c.id)")).scalar_one()
            if orphans:
                problems.append(f"{orphans} statement clusters with no linked statement")
    finally:
        store.close()
    return problems


def stored_count(url: str) -> int:
    """Return how many articles are stored (0 before the schema exists)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar_one())
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


# -- processes ---------------------------------------------------------------------------------
def env(src: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment for a hearsay subprocess: hearsay from ``src`` when given, ``tests/``
    importable, no ``HEARSAY_DB`` from the caller, and ``extra`` set."""
    out = dict(os.environ)
    out.pop("HEARSAY_DB", None)
    paths = [str(src)] if src else []
    out["PYTHONPATH"] = os.pathsep.join([*paths, str(ROOT / "tests"), *filter(None, [os.environ.get("PYTHONPATH")])])
    out.update(extra)
    return out


def start_ingest(sources: Iterable[Path | str], url: str, *, batch_size: int = 16, log: Path | None = None,
                 src: Path | None = None) -> subprocess.Popen[bytes]:
    """Start ``hearsay ingest SOURCE... --db URL --quiet``; stderr goes to ``log`` when given."""
    err = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 (closed by the child's exit)
    try:
        return subprocess.Popen([*HEARSAY, "ingest", *map(str, sources), "--db", url, "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=err, env=env(src, HEARSAY_BATCH_SIZE=str(batch_size)),
                                cwd=ROOT)
    finally:
        if log:
            err.close()  # type: ignore[union-attr]


def kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL ``proc`` (if it still runs) and reap it."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(url: str, log: Path, src: Path | None = None) -> Iterator[str]:
    """Run ``hearsay serve --db URL`` on a free localhost port; yield its base URL."""
    import httpx

    port = free_port()
    with open(log, "ab") as err:
        proc = subprocess.Popen([*HEARSAY, "serve", "--db", url, "--port", str(port)], stdout=subprocess.DEVNULL,
                                stderr=err, env=env(src), cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                raise RuntimeError(f"hearsay serve exited with {proc.returncode}: {log.read_text(errors='replace')}")
            try:
                httpx.get(f"{base}/api/articles?limit=1", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("hearsay serve did not answer within 60 s")
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            kill(proc)  # type: ignore[arg-type]


__all__ = ["ARTICLE_TABLES", "LEDGER_BY_DOCUMENT", "Reference", "check_store", "corpus", "env", "free_port", "kill",
           "pg_database", "pg_server_url", "reference", "serving", "snapshot", "sqlite_url", "start_ingest", "stored_count"]


if __name__ == "__main__":  # the reference analysis, run by :func:`reference` in a subprocess
    print(json.dumps(_reference_here(sys.argv[1:])))
