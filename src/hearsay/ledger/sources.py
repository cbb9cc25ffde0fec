"""Ingest sources: files, directories (recursive), gzipped JSONL and feed files.

:func:`expand` turns the command line's sources into input files; :func:`read_source` yields
the articles of one of them (or a :class:`~hearsay.ingest.readers.Failure` per bad document),
delegating text, HTML and plain JSONL to :func:`hearsay.ingest.iter_articles`.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from hearsay.config import Settings
from hearsay.errors import HearsayError, InputError, SizeLimitError
from hearsay.ingest.readers import Failure, iter_articles, iter_jsonl_stream
from hearsay.ledger.feeds import read_feed
from hearsay.model import Article

EXTENSIONS = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".xml", ".rss", ".atom", ".warc", ".warc.gz", ".pdf")
FEEDS = (".xml", ".rss", ".atom")


def kind_of(path: str, input_format: str | None = None) -> str:
    """Return how to read ``path``: ``warc``, ``feed``, ``jsonl.gz``, or ``plain`` (text, HTML, JSONL)."""
    name = path.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".gz"):
        return "jsonl.gz"
    if input_format is None and name.endswith(FEEDS):
        return "feed"
    return "plain"


def expand(sources: Iterable[str]) -> Iterator[str | Failure]:
    """Yield the input files of ``sources`` in order: files as given, directories walked
    recursively (sorted, hidden entries skipped) for files with an :data:`EXTENSIONS` suffix."""
    for source in sources:
        p = Path(source)
        if source == "-" or p.is_file():
            yield source
        elif p.is_dir():
            found = False
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(EXTENSIONS):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                yield Failure(source, InputError(f"{source}: directory holds no {', '.join(EXTENSIONS)} files"))
        elif not p.exists():
            yield Failure(source, InputError(f"{source}: no such file or directory"))
        else:
            yield Failure(source, InputError(f"{source}: not a regular file"))


def _read(path: str, settings: Settings) -> bytes:
    try:
        if Path(path).stat().st_size > settings.max_bytes:
            raise SizeLimitError(f"{path}: over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {os.strerror(exc.errno or 0) if exc.errno else exc}") from None


def read_source(
    path: str,
    settings: Settings,
    *,
    input_format: str | None = None,
    published: date | None = None,
    encoding: str = "utf-8",
) -> Iterator[Article | Failure]:
    """Yield every article of the input file ``path`` (or a failure per bad document)."""
    kind = kind_of(path, input_format)
    if kind == "warc":
        from hearsay.ingest.warc import iter_warc_articles  # needs warcio (the batch extra)

        yield from iter_warc_articles(path, settings, published)
        return
    if kind == "plain":
        yield from iter_articles([path], settings, input_format=input_format, published=published, encoding=encoding)
        return
    if kind == "jsonl.gz":
        try:
            with gzip.open(path, "rb") as fh:
                yield from iter_jsonl_stream(fh, path, settings, published=published, encoding=encoding)  # type: ignore[arg-type]
        except OSError as exc:
            yield Failure(path, InputError(f"{path}: {os.strerror(exc.errno) if exc.errno else exc}"))
        return
    try:  # a feed: parsed whole, as XML must be
        data = _read(path, settings)
    except HearsayError as exc:
        yield Failure(path, exc)
        return
    yield from read_feed(data, path, published)


def estimate(path: str, input_format: str | None = None) -> int:
    """Return a cheap guess of how many articles ``path`` holds (for the progress bar's total)."""
    kind = kind_of(path, input_format)
    name = path.lower()
    try:
        if kind == "jsonl.gz":
            with gzip.open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        if kind == "feed":
            data = Path(path).read_bytes()
            return max(1, data.count(b"<item") + data.count(b"<entry"))
        if input_format == "jsonl" or name.endswith((".jsonl", ".ndjson")):
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
    except (OSError, EOFError, zlib.error):
        return 1
    return 1


__all__ = ["EXTENSIONS", "expand", "estimate", "kind_of", "read_source"]
