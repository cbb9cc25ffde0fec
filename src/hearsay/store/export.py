"""Export the store, one file per table, as JSONL or CSV (streamed, so any size works).

CSV cells that a spreadsheet would run as a formula (text starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) are written with a leading ``'`` (OWASP's advice against
CSV injection); numbers are written as they are. Output files are created without following
symlinks: a symlink already in the target folder is refused, never written through (issue 19).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import SQLAlchemyError

from hearsay.errors import ConfigError, InputError, StoreError
from hearsay.store import Store, schema
from hearsay.store.migrations import FLAT_VIEWS, VIEWS

FORMATS = ("jsonl", "csv")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """Return ``value`` as a CSV cell: None as empty, formula-like text defused with ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _open_new(path: Path) -> int:
    """Open ``path`` for writing, truncating a regular file but never following a symlink."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    if path.is_symlink():
        raise InputError(f"{path}: is a symlink: refused (export never writes through links)")
    try:
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0), 0o644)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    import stat

    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(f"{path}: not a regular file: refused")
    os.set_blocking(fd, True)
    return fd


def write_text_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (created or truncated, never through a symlink).

    Raises:
        InputError: the file cannot be written, or is a symlink or not a regular file.
    """
    try:
        fd = _open_new(path)
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def table_names() -> list[str]:
    """Return every exportable table: articles, what was extracted, and the ledger."""
    names = [t.name for t in (*schema.metadata.sorted_tables, *schema.ledger_metadata.sorted_tables)]
    return [n for n in names if n != "schema_migrations"]


def view_names() -> list[str]:
    """Return the exportable views: readable joins with canonical names (docs/export.md)."""
    return [*FLAT_VIEWS, *VIEWS]


def _rows(conn: Connection, name: str) -> Any:
    """Stream the rows of table or view ``name`` (tables in primary-key order)."""
    tables = {**schema.metadata.tables, **schema.ledger_metadata.tables}
    options = conn.execution_options(stream_results=True, yield_per=1000)
    if name in tables:
        table = tables[name]
        return options.execute(select(table).order_by(*table.primary_key.columns))
    return options.execute(text(f"SELECT * FROM {name}"))  # noqa: S608 - name is one of view_names()


def _write(result: Any, fh: IO[str], fmt: str) -> int:
    columns = list(result.keys())
    writer = csv.writer(fh) if fmt == "csv" else None
    if writer:
        writer.writerow(columns)
    n = 0
    for row in result:
        if writer:
            writer.writerow([csv_cell(v) for v in row])
        else:
            fh.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def export_to_stream(store: Store, name: str, fh: IO[str], fmt: str = "jsonl") -> int:
    """Write one table or view to ``fh`` (e.g. standard output); return the rows written.

    Raises:
        ConfigError: an unknown table, view or format.
        StoreError: the store cannot be read.
    """
    _check(fmt, [name])
    try:
        with store.engine.connect() as conn:
            return _write(_rows(conn, name), fh, fmt)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot export {name}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None


def _check(fmt: str, chosen: list[str]) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    known = table_names() + view_names()
    unknown = [t for t in chosen if t not in known]
    if unknown:
        raise ConfigError(f"unknown table or view {unknown[0]!r} (choose from {', '.join(known)})")


def export_tables(store: Store, out_dir: str | Path, fmt: str = "jsonl", tables: Iterable[str] | None = None) -> dict[str, int]:
    """Write ``<out_dir>/<table>.<fmt>`` for each table; return the rows written per table.

    Raises:
        ConfigError: an unknown table or format.
        InputError: the output directory cannot be written.
        StoreError: the store cannot be read.
    """
    chosen = list(tables or table_names())
    _check(fmt, chosen)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output directory ({exc.strerror})") from None
    written: dict[str, int] = {}
    for name in chosen:
        path = out / f"{name}.{fmt}"
        try:
            fd = _open_new(path)
            with store.engine.connect() as conn, open(fd, "w", encoding="utf-8", newline="") as fh:
                n = _write(_rows(conn, name), fh, fmt)
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot export {name}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None
        written[name] = n
    return written


__all__ = ["FORMATS", "csv_cell", "export_tables", "export_to_stream", "table_names", "view_names", "write_text_file"]
