"""hearsay: who said what, according to whom, and when: a ledger of news claims.

The public API::

    from hearsay import analyze_text, load_settings, to_dict
    record = analyze_text(open("article.txt").read(), published=date(2025, 5, 30))
    to_dict(record)["statements"]
"""

import logging

__version__ = "0.1.0"

from hearsay.pipeline import analyze, analyze_articles, analyze_text  # noqa: E402
from hearsay.config import Settings, load_settings  # noqa: E402
from hearsay.errors import (  # noqa: E402
    ConfigError,
    FetchError,
    HearsayError,
    InputError,
    PipelineError,
    QueryError,
    StoreError,
)
from hearsay.model import Article, Entity, Event, Figure, Mention, Record, Rejection, Statement, TimeExpr  # noqa: E402
from hearsay.record import from_dict, to_dict, validate  # noqa: E402
from hearsay.store import Store, open_store  # noqa: E402

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article", "ConfigError", "Entity", "Event", "FetchError", "Figure", "HearsayError", "InputError",
    "Mention", "PipelineError", "QueryError", "Record", "Rejection", "Settings", "Statement", "StoreError",
    "Store", "TimeExpr", "__version__", "analyze", "analyze_articles", "analyze_text", "from_dict",
    "load_settings", "open_store", "to_dict", "validate",
]
