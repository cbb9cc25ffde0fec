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

import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from hearsay.config import Settings
from hearsay.errors import ConfigError, HearsayError, InputError, SizeLimitError
from hearsay.ingest.files import open_regular
from hearsay.ingest.readers import MAX_DATE, MIN_DATE, Failure, make_article, unexpected
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
        fh = open_regular(path)
    except InputError as exc:
        yield Failure(path, exc)
        return
    index = 0
    with fh:
        size = os.fstat(fh.fileno()).st_size
        compressed = fh.read(2) == b"\x1f\x8b"
        fh.seek(0)
        it = iterator_cls(fh, arc2warc=True)
        end = 0  # where the last complete record ended (uncompressed files)
        try:
            for record in it:
                claimed = _int(record.rec_headers.get_header("Content-Length"))
                if claimed is None and str(getattr(record, "format", "warc")).startswith("warc"):
                    raise _Damaged("a record has no valid Content-Length (cut in its header?)")
                if not compressed and claimed is not None and claimed > size:
                    raise _Damaged(f"a record declares {claimed:,} bytes, more than the whole file holds")
                item = _one(record, path, index, settings, published)
                if item is not None:
                    index += 1
                _drain(record)
                if record.raw_stream.limit > 0:  # the file ended inside this record
                    raise _Damaged("the last record is cut short")
                if item is not None:
                    yield item
                if not compressed:
                    end = it.get_record_offset() + it.get_record_length()
        except Exception as exc:  # noqa: BLE001 - warcio, gzip and zlib raise many types on damaged files
            reason = str(exc) if isinstance(exc, _Damaged) else f"{type(exc).__name__}: {exc}".strip().rstrip(":")
            yield Failure(path, InputError(f"{path}: damaged or truncated WARC after {index} pages ({reason})"))
            return
        if not compressed and _has_more(fh, end):
            yield Failure(path, InputError(f"{path}: damaged or truncated WARC after {index} pages "
                                           f"(unreadable bytes after offset {end:,})"))


class _Damaged(Exception):
    """The file is damaged at this point: nothing after it can be trusted."""


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _drain(record: Any) -> None:
    while record.raw_stream.read(1 << 20):
        pass


def _has_more(fh: Any, end: int) -> bool:
    """True when the file holds more than blank lines after ``end`` (a record cut in its header)."""
    fh.seek(end)
    while chunk := fh.read(1 << 16):
        if chunk.strip():
            return True
    return False


def _one(record: Any, path: str, index: int, settings: Settings, published: date | None) -> Article | Failure | None:
    """The article (or failure) of one record; None for records that are not HTML responses."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if not _HTML.match(ctype):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{path}#{index + 1}" + (f" {uri}" if uri else "")
    try:
        return _article(record, ctype, uri, where, settings, published)
    except HearsayError as exc:
        return Failure(where, exc)
    except Exception as exc:  # noqa: BLE001 - one bad record costs only itself (issue 19)
        return unexpected(where, exc)


def _article(record: Any, ctype: str, uri: str, where: str, settings: Settings, published: date | None) -> Article:
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise SizeLimitError(f"{where}: page is over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
    if record.raw_stream.read(1) == b"" and record.raw_stream.limit > 0:
        raise InputError(f"{where}: page cut short (the file ends inside it)")
    found = _CHARSET.search(ctype)
    html, used = _decode(data, where, found.group(1) if found else None)
    # the page's own date wins; else the crawl day (CC-NEWS fetches within a day or so of
    # publication), else the caller's reference date. A crawl date that is no date (year 0,
    # month 13) or out of range is ignored.
    return make_article(html=html, origin=where, published=_warc_day(record) or published, meta={"url": uri or None},
                        encoding=used)


def _warc_day(record: Any) -> date | None:
    warc_day = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", warc_day):
        return None
    try:
        day = date.fromisoformat(warc_day)
    except ValueError:
        return None
    return day if MIN_DATE <= day <= MAX_DATE else None


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
