"""The store: articles and everything extracted from them, in SQLite or PostgreSQL."""

from hearsay.store.repository import Store, open_store, sqlite_file_exists

__all__ = ["Store", "open_store", "sqlite_file_exists"]
