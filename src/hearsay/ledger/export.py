"""Export the store, one file per table, as JSONL or CSV (streamed, so any size works)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from hearsay.errors import ConfigError, InputError, StoreError
from hearsay.store import Store, schema

FORMATS = ("jsonl", "csv")


def table_names() -> list[str]:
    """Return every exportable table: articles, what was extracted, and the ledger."""
    names = [t.name for t in (*schema.metadata.sorted_tables, *schema.ledger_metadata.sorted_tables)]
    return [n for n in names if n != "schema_migrations"]


def export_tables(store: Store, out_dir: str | Path, fmt: str = "jsonl", tables: Iterable[str] | None = None) -> dict[str, int]:
    """Write ``<out_dir>/<table>.<fmt>`` for each table; return the rows written per table.

    Raises:
        ConfigError: an unknown table or format.
        InputError: the output directory cannot be written.
        StoreError: the store cannot be read.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    known = table_names()
    chosen = list(tables or known)
    unknown = [t for t in chosen if t not in known]
    if unknown:
        raise ConfigError(f"unknown table {unknown[0]!r} (choose from {', '.join(known)})")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output directory ({exc.strerror})") from None
    all_tables = {**schema.metadata.tables, **schema.ledger_metadata.tables}
    written: dict[str, int] = {}
    for name in chosen:
        table = all_tables[name]
        path = out / f"{name}.{fmt}"
        try:
            with store.engine.connect() as conn, open(path, "w", encoding="utf-8", newline="") as fh:
                result = conn.execution_options(stream_results=True, yield_per=1000).execute(select(table).order_by(*table.primary_key.columns))
                columns = list(result.keys())
                writer = csv.writer(fh) if fmt == "csv" else None
                if writer:
                    writer.writerow(columns)
                n = 0
                for row in result:
                    if writer:
                        writer.writerow(["" if v is None else v for v in row])
                    else:
                        fh.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str) + "\n")
                    n += 1
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot export {name}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None
        written[name] = n
    return written


__all__ = ["FORMATS", "export_tables", "table_names"]
