"""The store: articles and everything extracted from them, in SQLite or PostgreSQL."""

from hearsay.store.repository import Store, open_store

__all__ = ["Store", "open_store"]
