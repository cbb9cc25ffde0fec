"""Saving and loading records: one transaction per article, keyed by its text's SHA-256."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, delete, event, func, select
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.engine import make_url

from hearsay.errors import StoreError
from hearsay.record import article_fields
from hearsay.model import Article, Entity, Event, Figure, Mention, Record, Rejection, Statement, TimeExpr
from hearsay.store import schema
from hearsay.store.migrations import migrate

_RENAME = {"start": "char_start", "end": "char_end", "id": "local_id"}
_JSON_FIELDS = {"via", "aliases", "roles", "ids"}


def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    row = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if f.name in _JSON_FIELDS:
            value = json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
        row[_RENAME.get(f.name, f.name)] = value
    return row


def _obj(cls: type, row: Any, **special: Any) -> Any:
    mapping = row._mapping
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in special:
            kwargs[f.name] = special[f.name]
            continue
        value = mapping[_RENAME.get(f.name, f.name)]
        if f.name in _JSON_FIELDS:
            value = json.loads(value)
            value = tuple(value) if isinstance(value, list) else value
        kwargs[f.name] = value
    return cls(**kwargs)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    """A hearsay store behind one SQLAlchemy engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- writing --------------------------------------------------------------------------
    def save(self, record: Record, link: Callable[[Connection, int, Record], None] | None = None) -> tuple[int, bool]:
        """Store ``record`` in one transaction; return ``(document key, created)``.

        An article whose normalised text is already stored is left untouched
        (``created`` is False), so saving twice keeps one copy. ``link(conn, key, record)``,
        when given, updates the cross-article tables inside the same transaction: if it
        raises, the article and everything it wrote are rolled back together.

        Raises:
            StoreError: the database refused the write (the transaction is rolled back).
        """
        a = record.article
        for attempt in range(5):
            try:
                with self.engine.begin() as conn:
                    found = conn.execute(select(schema.documents.c.id).where(schema.documents.c.sha256 == a.sha256)).first()
                    if found:
                        return int(found[0]), False
                    inserted = conn.execute(schema.documents.insert().values(**self._document_row(record)))
                    doc_key = int(inserted.inserted_primary_key[0])  # type: ignore[index]
                    self._insert_extracted(conn, doc_key, record)
                    if link is not None:
                        link(conn, doc_key, record)
                    return doc_key, True
            except IntegrityError as exc:
                # another process stored the same article between our check and insert ...
                if self.has(a.sha256):
                    return self.key(a.sha256), False
                # ... or created the same cross-article row (a canonical entity) first: the
                # retry sees its row and links to it instead
                if link is not None and attempt < 4:
                    continue
                raise StoreError(f"could not store {a.origin or a.doc_id}: {_reason(exc)}") from None
            except OperationalError as exc:
                if "locked" in str(exc).lower() and attempt < 4:
                    time.sleep(0.2 * (attempt + 1))
                    continue
                raise StoreError(f"could not store {a.origin or a.doc_id}: {_reason(exc)}") from None
            except SQLAlchemyError as exc:
                raise StoreError(f"could not store {a.origin or a.doc_id}: {_reason(exc)}") from None
        raise StoreError("database stayed locked")  # pragma: no cover

    @staticmethod
    def _document_row(record: Record) -> dict[str, Any]:
        a = record.article
        return {
            **article_fields(a),
            "doc_id": a.doc_id,
            "given_id": a.id,
            "authors": json.dumps(list(a.authors), ensure_ascii=False),
            "pipeline": json.dumps(record.pipeline, sort_keys=True),
            "ingested_at": datetime.now(timezone.utc).isoformat(),
            "pages": json.dumps([list(p) for p in a.pages]) if a.pages else None,
        }

    @staticmethod
    def _insert_extracted(conn: Any, doc_key: int, record: Record) -> None:
        for entity in record.entities:
            row = _row(entity, skip=("mentions",))
            ent_key = conn.execute(schema.entities.insert().values(document_id=doc_key, **row)).inserted_primary_key[0]
            if entity.mentions:
                conn.execute(schema.mentions.insert(), [
                    {"document_id": doc_key, "entity_id": ent_key, "char_start": m.start, "char_end": m.end, "text": m.text,
                     "page": m.page}
                    for m in entity.mentions
                ])
        tables: list[tuple[Table, tuple[Any, ...]]] = [
            (schema.statements, record.statements), (schema.figures, record.figures), (schema.times, record.times),
            (schema.events, record.events), (schema.rejected, record.rejected),
        ]
        for table, items in tables:
            if items:
                conn.execute(table.insert(), [{"document_id": doc_key, **_row(item)} for item in items])

    # -- reading --------------------------------------------------------------------------
    def has(self, sha256: str) -> bool:
        """True when an article with this text hash is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.id).where(schema.documents.c.sha256 == sha256)).first() is not None

    def count(self, table: str = "documents") -> int:
        """Return the number of rows in ``table``."""
        t = schema.metadata.tables[table]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t)).scalar_one())

    def load(self, sha256: str) -> Record:
        """Return the stored record of the article with this text hash.

        Raises:
            StoreError: no such article.
        """
        with self.engine.connect() as conn:
            doc = conn.execute(select(schema.documents).where(schema.documents.c.sha256 == sha256)).first()
            if doc is None:
                raise StoreError(f"no stored article with hash {sha256}")
            key = doc.id
            ent_rows = conn.execute(select(schema.entities).where(schema.entities.c.document_id == key).order_by(schema.entities.c.id)).all()
            ment_rows = conn.execute(select(schema.mentions).where(schema.mentions.c.document_id == key).order_by(schema.mentions.c.id)).all()
            by_entity: dict[int, list[Mention]] = {}
            for m in ment_rows:
                by_entity.setdefault(m.entity_id, []).append(Mention(m.char_start, m.char_end, m.text, m.page))
            entities = tuple(_obj(Entity, r, mentions=tuple(by_entity.get(r.id, []))) for r in ent_rows)

            def rows(table: Table) -> list[Any]:
                return list(conn.execute(select(table).where(table.c.document_id == key).order_by(table.c.id)).all())

            article = Article(
                text=doc.text, id=doc.given_id, title=doc.title, url=doc.url, source=doc.source,
                authors=tuple(json.loads(doc.authors)), published=date.fromisoformat(doc.published) if doc.published else None,
                language=doc.language, input_format=doc.input_format, encoding=doc.encoding, origin=doc.origin,
                published_source=doc.published_source,
                pages=tuple((int(s), int(e), int(p)) for s, e, p in json.loads(doc.pages)) if doc.pages else (),
            )
            return Record(
                article=article,
                entities=entities,
                statements=tuple(_obj(Statement, r) for r in rows(schema.statements)),
                figures=tuple(_obj(Figure, r) for r in rows(schema.figures)),
                times=tuple(_obj(TimeExpr, r) for r in rows(schema.times)),
                events=tuple(_obj(Event, r) for r in rows(schema.events)),
                rejected=tuple(_obj(Rejection, r, ) for r in rows(schema.rejected)),
                pipeline=json.loads(doc.pipeline),
            )

    def hashes(self) -> Iterator[str]:
        """Yield the text hash of every stored article, oldest first."""
        with self.engine.connect() as conn:
            yield from (r[0] for r in conn.execute(select(schema.documents.c.sha256).order_by(schema.documents.c.id)))

    # -- the ledger (additions for hearsay ingest) --------------------------------------------
    def save_linked(self, record: Record, link: Callable[[Connection, int, Record], None]) -> tuple[int, bool]:
        """Store ``record`` and run ``link`` on it in the same transaction (see :meth:`save`)."""
        return self.save(record, link)

    def key(self, sha256: str) -> int:
        """Return the integer key of the stored article with this text hash.

        Raises:
            StoreError: no such article.
        """
        with self.engine.connect() as conn:
            found = conn.execute(select(schema.documents.c.id).where(schema.documents.c.sha256 == sha256)).first()
        if found is None:
            raise StoreError(f"no stored article with hash {sha256}")
        return int(found[0])

    def record_failure(self, input_name: str, reason: str, code: str) -> None:
        """Remember that ``input_name`` failed and why (once per input and reason)."""
        t = schema.failures
        now = datetime.now(timezone.utc).isoformat()
        try:
            with self.engine.begin() as conn:
                found = conn.execute(select(t.c.id).where(t.c.input == input_name, t.c.reason == reason)).first()
                if found:
                    conn.execute(t.update().where(t.c.id == found[0]).values(failed_at=now, code=code))
                else:
                    conn.execute(t.insert().values(input=input_name, reason=reason, code=code, failed_at=now))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not record the failure of {input_name}: {_reason(exc)}") from None

    def clear_failures(self, input_name: str) -> None:
        """Forget earlier failures of ``input_name`` (it has now been read and stored)."""
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(schema.failures).where(schema.failures.c.input == input_name))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not update the failures table: {_reason(exc)}") from None

    def table_counts(self) -> dict[str, int]:
        """Return the row count of every hearsay table, article and ledger tables alike."""
        tables = [*schema.metadata.sorted_tables, *schema.ledger_metadata.sorted_tables]
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def open_store(url: str, *, create: bool = True, must_exist: bool = False) -> Store:
    """Return a :class:`Store` for the SQLAlchemy ``url``, migrated to the current schema.

    Args:
        url: a SQLAlchemy URL (``sqlite:///hearsay.db``, ``postgresql+psycopg://...``).
        create: create the schema or bring it up to date; False only connects.
        must_exist: refuse a SQLite file that does not exist instead of creating it (what
            every command that only reads wants: a typo in ``--db`` is an error, not a new store).

    Raises:
        StoreError: a malformed URL, a missing driver, an unreachable database, or a missing
            SQLite file when ``must_exist``.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"cannot use database URL {url!r}") from None
    if must_exist and not sqlite_file_exists(url):
        raise StoreError(f"no store at {parsed.database}: ingest or analyse articles first, or pass --db")
    try:
        kwargs: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        engine = create_engine(parsed, **kwargs)
        if parsed.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
    except ModuleNotFoundError as exc:
        raise StoreError(f"no database driver for {parsed.drivername} ({exc.name}); for PostgreSQL: pip install 'hearsay[postgres]'") from None
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {_reason(exc)}") from None
    try:
        if create:
            migrate(engine)
        else:
            with engine.connect():
                pass
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise StoreError(f"cannot open the store at {parsed.render_as_string(hide_password=True)}: {_reason(exc)}") from None
    return Store(engine)


def sqlite_file_exists(url: str) -> bool:
    """False only for a SQLite URL naming a file that does not exist (in-memory and servers: True)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return True  # open_store reports the malformed URL
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return True
    return Path(parsed.database).exists()


__all__ = ["Store", "open_store", "sqlite_file_exists"]
