"""0013_figures_order_index: the index the figures list pages and counts walk at 20k articles (issue 17, round 3).

``series_points (quantity, as_of, subject_id, document_id)`` is the figures list's default order
(quantity, then as_of; the key is the rowid every index ends with) and holds every column its
page-of-keys query and its facet counts read, so a page at any depth and the counts per
quantity and subject are read from the index alone. The subject sits in it so that a filter on
one subject and one quantity is checked inside the index too (an index on the order alone made
SQLite scan every point of a quantity for one subject's series).
"""

from __future__ import annotations

from alembic import op

revision = "0013_figures_order_index"
down_revision: str | None = "0012_statement_type"

INDEXES = {"ix_series_points_order": ("series_points", ("quantity", "as_of", "subject_id", "document_id"))}


def upgrade() -> None:
    conn = op.get_bind()
    for name, (table, cols) in INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})")
