"""Ingest sources: files, directories (recursive), gzipped JSONL and feed files.

:func:`expand` turns the command line's sources into input files; :func:`read_source` yields
the articles of one of them (or a :class:`~hearsay.ingest.readers.Failure` per bad document),
delegating text, HTML and plain JSONL to :func:`hearsay.ingest.iter_articles`.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from hearsay.config import Settings
from hearsay.errors import HearsayError, InputError
from hearsay.ingest.files import check_regular, open_regular, os_reason, read_regular
from hearsay.ingest.readers import Failure, iter_articles, iter_jsonl_stream
from hearsay.ingest.feeds import read_feed
from hearsay.model import Article

EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz", ".xml", ".rss", ".atom", ".warc", ".warc.gz", ".pdf")
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


def expand(sources: Iterable[str], settings: Settings | None = None) -> Iterator[str | Failure]:
    """Yield the input files of ``sources`` in order: files as given, directories walked
    recursively (sorted, hidden entries skipped) for files with an :data:`EXTENSIONS` suffix.

    Only regular files are yielded: a FIFO, device or socket (even behind a symlink) becomes a
    :class:`Failure`, as does a symlink inside a directory that leads outside it, unless
    ``settings.follow_symlinks`` allows it, and a directory that cannot be read.
    """
    follow = bool(settings is not None and settings.follow_symlinks)
    for source in sources:
        p = Path(source)
        if source == "-":
            yield source
        elif p.is_dir():
            yield from _walk(source, follow)
        elif not os.path.lexists(source):
            yield Failure(source, InputError(f"{source}: no such file or directory"))
        else:
            try:
                check_regular(source)
            except InputError as exc:
                yield Failure(source, exc)
                continue
            yield source


def _walk(top: str, follow: bool) -> Iterator[str | Failure]:
    errors: list[OSError] = []
    real_top = os.path.realpath(top)
    found = False
    for root, dirs, files in os.walk(top, onerror=errors.append):
        yield from _walk_errors(errors, top)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(EXTENSIONS):
                continue
            found = True
            path = os.path.join(root, name)
            if os.path.islink(path) and not follow:
                real = os.path.realpath(path)
                if os.path.commonpath([real_top, real]) != real_top:
                    yield Failure(path, InputError(f"{path}: symlink leads outside {top}: refused "
                                                   "(--follow-symlinks allows it)"))
                    continue
            try:
                check_regular(path)
            except InputError as exc:
                yield Failure(path, exc)
                continue
            yield path
    had_errors = bool(errors)
    yield from _walk_errors(errors, top)
    if not found and not had_errors:
        yield Failure(top, InputError(f"{top}: directory holds no {', '.join(EXTENSIONS)} files"))


def _walk_errors(errors: list[OSError], top: str) -> Iterator[Failure]:
    while errors:
        exc = errors.pop(0)
        where = exc.filename if isinstance(exc.filename, str) else top
        yield Failure(where, InputError(f"{where}: cannot read the directory ({os_reason(exc)})"))


def _read(path: str, settings: Settings) -> bytes:
    return read_regular(path, settings.max_bytes)  # size checked while reading, regular files only


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
            with open_regular(path) as raw, gzip.GzipFile(fileobj=raw, mode="rb") as fh:
                # lines are read in blocks and limited per line on the *decompressed* bytes
                yield from iter_jsonl_stream(fh, path, settings, published=published, encoding=encoding)  # type: ignore[arg-type]
        except HearsayError as exc:
            yield Failure(path, exc)
        except OSError as exc:
            yield Failure(path, InputError(f"{path}: {os_reason(exc)}"))
        return
    try:  # a feed: parsed whole, as XML must be
        data = _read(path, settings)
    except HearsayError as exc:
        yield Failure(path, exc)
        return
    yield from read_feed(data, path, published)


def estimate(path: str, input_format: str | None = None) -> int:
    """Return a cheap guess of how many articles ``path`` holds (for the progress bar's total).

    Only the file's size is used, never its content (issue 19: counting lines read whole
    gigabyte-long lines); the progress bar raises its total when the guess is low.
    """
    kind = kind_of(path, input_format)
    name = path.lower()
    try:
        size = check_regular(path).st_size  # never the content: a hostile file costs nothing here
    except InputError:
        return 1
    if kind == "jsonl.gz":
        return max(1, size * 3 // _BYTES_PER_ARTICLE)  # news text compresses about 3:1
    if kind in ("feed", "warc"):
        return max(1, size // _BYTES_PER_ARTICLE)
    if input_format == "jsonl" or name.endswith((".jsonl", ".ndjson")):
        return max(1, size // _BYTES_PER_ARTICLE)
    return 1


_BYTES_PER_ARTICLE = 5_000  # a typical news article with its JSON/markup overhead


__all__ = ["EXTENSIONS", "expand", "estimate", "kind_of", "read_source"]
