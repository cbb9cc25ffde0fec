"""Read news articles out of WARC / WARC.gz files (the Common Crawl CC-NEWS layout).

Each ``response`` record whose HTTP payload is HTML becomes one article, read through the same
HTML path as every other input (:func:`~hearsay.ingest.readers.make_article`), with its
``WARC-Target-URI`` as the url and the day of its ``WARC-Date`` as the fallback publication
date (a date the page itself states wins). Records are read one at a time from the stream, so a
multi-gigabyte dump never sits in memory. A page that cannot be read becomes a
:class:`~hearsay.ingest.readers.Failure` and reading goes on; a truncated or corrupt file ends
with one ``Failure`` after the records read before the damage.

Needs ``warcio`` from the ``batch`` extra (``pip install 'hearsay[batch]'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from hearsay.config import Settings
from hearsay.errors import ConfigError, HearsayError, InputError, SizeLimitError
from hearsay.ingest.readers import Failure, make_article
from hearsay.ingest.text import decode_bytes
from hearsay.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML = re.compile(r"^\s*(text/html|application/xhtml\+xml)", re.I)
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


def is_warc(path: str) -> bool:
    """True when ``path`` names a WARC (or ARC) file, compressed or not."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def iter_warc_articles(path: str | Path, settings: Settings, published: date | None = None) -> Iterator[Article | Failure]:
    """Yield an :class:`Article` or a :class:`Failure` for every HTML response in a WARC file.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file.
        settings: size limits (``max_bytes`` applies to each page).
        published: reference date for pages whose record and page carry none.

    Raises:
        ConfigError: warcio (the ``batch`` extra) is not installed.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise ConfigError("WARC input needs warcio; install the batch extra: pip install 'hearsay[batch]'") from None
    return _records(str(path), settings, published, ArchiveIterator)


def _records(path: str, settings: Settings, published: date | None, iterator_cls: Any) -> Iterator[Article | Failure]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Failure(path, InputError(f"{path}: {exc.strerror or exc}"))
        return
    index = 0
    with fh:
        try:
            for record in iterator_cls(fh, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if not _HTML.match(ctype):
                    continue
                index += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}#{index}" + (f" {uri}" if uri else "")
                try:
                    yield _article(record, ctype, uri, where, settings, published)
                except HearsayError as exc:
                    yield Failure(where, exc)
        except Exception as exc:  # noqa: BLE001 - warcio, gzip and zlib raise many types on damaged files
            reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
            yield Failure(path, InputError(f"{path}: damaged or truncated WARC after {index} pages ({reason})"))


def _article(record: Any, ctype: str, uri: str, where: str, settings: Settings, published: date | None) -> Article:
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise SizeLimitError(f"{where}: page is over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
    found = _CHARSET.search(ctype)
    html, used = _decode(data, where, found.group(1) if found else None)
    # the page's own date wins; else the crawl day (CC-NEWS fetches within a day or so of
    # publication), else the caller's reference date
    warc_day = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    fallback = date.fromisoformat(warc_day) if re.fullmatch(r"\d{4}-\d\d-\d\d", warc_day) else published
    return make_article(html=html, origin=where, published=fallback, meta={"url": uri or None}, encoding=used)


def _decode(data: bytes, where: str, declared: str | None) -> tuple[str, str]:
    if declared:
        try:
            return decode_bytes(data, where, declared)
        except InputError:
            pass
    try:
        return decode_bytes(data, where, "utf-8")
    except InputError:
        return decode_bytes(data, where, "auto")


__all__ = ["WARC_SUFFIXES", "is_warc", "iter_warc_articles"]
