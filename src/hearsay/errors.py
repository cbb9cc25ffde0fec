"""The hearsay exception tree.

Every error hearsay raises on purpose is a :class:`HearsayError`; the CLI turns it into one
``Error: ...`` line on stderr and exits with the class's ``exit_code``::

    HearsayError                 exit 1   code "error"
    ├── InputError               exit 65  code "input"    unreadable, binary, empty or malformed input
    │   ├── SizeLimitError       exit 65  code "too_large" input over the configured size limit
    │   └── LanguageSkipped      exit 0   code "language"  an article in a language without a pipeline: skipped
    ├── FetchError               exit 3   code "fetch"    a source could not be fetched
    ├── PipelineError            exit 4   code "pipeline" the NLP pipeline could not load or run
    ├── StoreError               exit 5   code "store"    the database is unreachable or refused a write
    ├── ConfigError              exit 6   code "config"   a bad setting or option value
    └── QueryError               exit 7   code "query"    a query that cannot be answered
"""

from __future__ import annotations


class HearsayError(Exception):
    """Base class: one message, a stable machine code and a process exit code."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(HearsayError):
    """An input could not be read or is not an article (binary, empty, malformed)."""

    code = "input"
    exit_code = 65


class LanguageSkipped(InputError):
    """An article in a language hearsay has no pipeline for: recorded and skipped, not an error of the run."""

    code = "language"
    exit_code = 0


class SizeLimitError(InputError):
    """An input is larger than ``Settings.max_bytes``."""

    code = "too_large"


class FetchError(HearsayError):
    """A source could not be fetched."""

    code = "fetch"
    exit_code = 3


class PipelineError(HearsayError):
    """The spaCy pipeline could not be loaded or failed on a document."""

    code = "pipeline"
    exit_code = 4


class StoreError(HearsayError):
    """The store is unreachable, has the wrong schema, or refused a write."""

    code = "store"
    exit_code = 5


class ConfigError(HearsayError):
    """A setting or option has a value hearsay cannot use."""

    code = "config"
    exit_code = 6


class QueryError(HearsayError):
    """A query names something that does not exist or cannot be answered."""

    code = "query"
    exit_code = 7


__all__ = [
    "ConfigError",
    "FetchError",
    "HearsayError",
    "InputError",
    "LanguageSkipped",
    "PipelineError",
    "QueryError",
    "SizeLimitError",
    "StoreError",
]
