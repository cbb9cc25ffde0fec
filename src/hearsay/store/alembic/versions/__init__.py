"""One Alembic revision per schema migration, in order (docs/architecture.md: adding one)."""
