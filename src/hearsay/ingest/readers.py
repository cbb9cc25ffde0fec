"""Turn paths, stdin and JSONL lines into :class:`~hearsay.model.Article` records.

Readers never stop a batch for one bad document: they yield a :class:`Failure` for it and
go on, so the CLI can report every problem and still process the rest.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from hearsay.config import Settings
from hearsay.errors import ConfigError, HearsayError, InputError, SizeLimitError
from hearsay.ingest.html import extract_html
from hearsay.ingest.normalize import normalize_text
from hearsay.ingest.text import decode_bytes, guess_title
from hearsay.model import Article

FORMATS = ("text", "html", "jsonl", "pdf")
# Longest text analysed as one document: measured peak memory up to 1.95 MB of text stays under
# 1.5 GB (docs/PERFORMANCE.md, "Issue 16: long documents"); longer texts are refused.
MAX_TEXT_CHARS = 2_000_000
_EXTENSIONS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".pdf": "pdf"}


@dataclass(frozen=True, slots=True)
class Failure:
    """One input (or one JSONL line) that could not be read, and the error that says why."""

    origin: str
    error: HearsayError


def parse_date(value: str | None, what: str = "--published", error: type[HearsayError] = ConfigError) -> date | None:
    """Return the ``YYYY-MM-DD`` date in ``value`` (None stays None).

    Raises:
        ConfigError: (or ``error``) ``value`` is not a valid date.
    """
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise error(f"{what}: cannot read {value!r} as a date (expected YYYY-MM-DD)") from None


def detect_format(path: str, forced: str | None) -> str:
    """Return the input format of ``path``: the forced one, else by extension (text by default)."""
    if forced:
        if forced not in FORMATS:
            raise ConfigError(f"unknown input format {forced!r} (choose from {', '.join(FORMATS)})")
        return forced
    return _EXTENSIONS.get(Path(path).suffix.lower(), "text")


def _read_bytes(path: str, settings: Settings, stdin: BinaryIO | None) -> bytes:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(settings.max_bytes + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory (analyze takes files; use 'hearsay ingest' for directories)")
        try:
            size = p.stat().st_size
            if size > settings.max_bytes:
                raise SizeLimitError(f"{path}: {size:,} bytes is over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
            data = p.read_bytes()
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory") from None
    if len(data) > settings.max_bytes:
        raise SizeLimitError(f"{path}: input is over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
    return data


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language (py3langid over its first 2,000 characters).

    Only English has a pipeline: other languages are recorded so users can filter them, and
    are analysed with the English pipeline all the same.
    """
    import py3langid

    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 20:
        return "en"  # too little text to tell; English is the pipeline's language
    return str(py3langid.classify(sample)[0])


def make_article(
    *,
    text: str | None = None,
    html: str | None = None,
    origin: str,
    published: date | None = None,
    meta: dict[str, Any] | None = None,
    encoding: str | None = None,
) -> Article:
    """Build one normalised :class:`Article` from text or HTML plus metadata.

    Metadata in ``meta`` (id, title, url, source, authors, published) wins over what the HTML
    page says; ``published`` is the fallback reference date.

    Raises:
        InputError: no text, or text that is empty after normalisation.
    """
    meta = dict(meta or {})
    fields: dict[str, Any] = {}
    if html is not None:
        found = extract_html(html, origin)
        raw = found.pop("text")
        fields.update({k: v for k, v in found.items() if v})
        fmt = "html"
    elif text is not None:
        raw = text
        fmt = "text"
    else:
        raise InputError(f"{origin}: no text")
    norm = normalize_text(raw)
    if not norm:
        raise InputError(f"{origin}: empty text")
    if len(norm) > MAX_TEXT_CHARS:  # issue 16: peak memory stays under 1.5 GB up to this length
        raise SizeLimitError(f"{origin}: text of {len(norm):,} characters is over the {MAX_TEXT_CHARS:,}-character limit for one document; split it")
    if fmt == "text" and not meta.get("title"):
        title = guess_title(norm)
        if title:
            fields["title"] = title
    for key in ("id", "title", "url", "source"):
        if meta.get(key) not in (None, ""):
            if not isinstance(meta[key], (str, int, float)):
                raise InputError(f"{origin}: '{key}' must be a string")
            fields[key] = str(meta[key])
    authors = meta.get("authors")
    if authors:
        if isinstance(authors, str):
            fields["authors"] = [authors]
        elif isinstance(authors, list) and all(isinstance(a, str) for a in authors):
            fields["authors"] = [a for a in authors if a.strip()]
        else:
            raise InputError(f"{origin}: 'authors' must be a string or a list of strings")
    if meta.get("published"):
        fields["published"] = parse_date(str(meta["published"]), what=f"{origin}: published", error=InputError)
    if not fields.get("published"):
        fields["published"] = published
    return Article(
        text=norm,
        language=str(meta.get("language") or detect_language(norm)),
        id=fields.get("id"),
        title=fields.get("title"),
        url=fields.get("url"),
        source=fields.get("source"),
        authors=tuple(fields.get("authors") or ()),
        published=fields.get("published"),
        input_format=fmt,
        encoding=encoding,
        origin=origin,
        raw=raw if raw != norm else None,
    )


def jsonl_line(line: str, where: str, published: date | None, settings: Settings) -> Article | Failure | None:
    """Return the article of one JSONL line, a :class:`Failure` naming ``where``, or None if blank."""
    line = line.removesuffix("\r")
    if not line.strip():
        return None
    try:
        if len(line) > settings.max_bytes:
            raise SizeLimitError(f"{where}: line is over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        except RecursionError:
            raise InputError(f"{where}: JSON nested too deeply") from None
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
        text, html = obj.get("text"), obj.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            raise InputError(f"{where}: object has no 'text' or 'html' string")
        return make_article(
            text=text if isinstance(text, str) else None,
            html=html if isinstance(html, str) and not isinstance(text, str) else None,
            origin=where,
            published=published,
            meta=obj,
        )
    except HearsayError as exc:
        return Failure(where, exc)


def jsonl_articles(data: str, origin: str, published: date | None, settings: Settings) -> Iterator[Article | Failure]:
    """Yield an :class:`Article` or a :class:`Failure` (naming ``origin:line``) per JSONL line."""
    # JSONL lines end at "\n" only: str.splitlines() would also split inside a line at
    # \x1c-\x1e, \x85 or U+2028, which JSON strings may hold (found by hypothesis, issue 8).
    for lineno, line in enumerate(data.split("\n"), 1):
        item = jsonl_line(line, f"{origin}:{lineno}", published, settings)
        if item is not None:
            yield item


def iter_jsonl_stream(stream: BinaryIO, origin: str, settings: Settings, *, published: date | None = None,
                      encoding: str = "utf-8") -> Iterator[Article | Failure]:
    """Yield the articles of a JSONL byte stream line by line, holding one line in memory.

    The size limit applies to each line (one document), not to the batch, so a JSONL file of
    any size streams through; an over-long line is skipped to its end and reported alone.
    Read errors part-way (a truncated gzip stream) end the stream with one :class:`Failure`
    after every good line before them.
    """
    limit = settings.max_bytes
    lineno = 0
    try:
        while raw := stream.readline(limit + 1):
            lineno += 1
            where = f"{origin}:{lineno}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield Failure(where, SizeLimitError(f"{where}: line is over the {limit:,}-byte limit (HEARSAY_MAX_BYTES)"))
                continue
            try:
                text, _ = decode_bytes(raw, where, encoding)
            except HearsayError as exc:
                yield Failure(where, exc)
                continue
            item = jsonl_line(text.removesuffix("\n"), where, published, settings)
            if item is not None:
                yield item
    except (EOFError, OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        what = "not a valid gzip file" if lineno == 0 and type(exc).__name__ == "BadGzipFile" else \
            f"truncated or corrupt after line {lineno} ({type(exc).__name__})"
        yield Failure(origin, InputError(f"{origin}: {what}"))


def _jsonl_path(path: str, settings: Settings, published: date | None, encoding: str,
                stdin: BinaryIO | None) -> Iterator[Article | Failure]:
    if path == "-":
        yield from iter_jsonl_stream(stdin if stdin is not None else sys.stdin.buffer, path, settings,
                                     published=published, encoding=encoding)
        return
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory (analyze takes files; use 'hearsay ingest' for directories)")
    try:
        with p.open("rb") as fh:
            yield from iter_jsonl_stream(fh, path, settings, published=published, encoding=encoding)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None


def iter_articles(
    paths: Iterable[str],
    settings: Settings,
    *,
    input_format: str | None = None,
    published: date | None = None,
    encoding: str = "utf-8",
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Yield an :class:`Article` or a :class:`Failure` for every document in ``paths``, in order.

    Args:
        paths: file paths; ``"-"`` reads standard input.
        settings: size limits.
        input_format: force ``text``, ``html`` or ``jsonl``; else chosen by extension.
        published: reference date for documents that carry none.
        encoding: ``utf-8`` (strict), ``auto`` (detect) or a codec name.
        stdin: stream to use for ``"-"`` (tests pass a BytesIO).
    """
    for path in paths:
        try:
            fmt = detect_format(path, input_format)
            if fmt == "jsonl":
                yield from _jsonl_path(path, settings, published, encoding, stdin)
                continue
            data = _read_bytes(path, settings, stdin)
            if fmt == "pdf":
                from hearsay.ingest.pdf import pdf_article

                yield pdf_article(data, path, published)
                continue
            text, used = decode_bytes(data, path, encoding)
            if fmt == "jsonl":
                yield from jsonl_articles(text, path, published, settings)
            elif fmt == "html":
                yield make_article(html=text, origin=path, published=published, encoding=used)
            else:
                yield make_article(text=text, origin=path, published=published, encoding=used)
        except HearsayError as exc:
            yield Failure(path, exc)
        except OSError as exc:
            yield Failure(path, InputError(f"{path}: {os.strerror(exc.errno or 0) or exc}"))


__all__ = ["FORMATS", "Failure", "detect_format", "detect_language", "iter_articles", "iter_jsonl_stream", "jsonl_articles", "jsonl_line", "make_article", "parse_date"]
