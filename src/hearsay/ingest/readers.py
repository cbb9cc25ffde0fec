"""Turn paths, stdin and JSONL lines into :class:`~hearsay.model.Article` records.

Readers never stop a batch for one bad document: they yield a :class:`Failure` for it and
go on, so the CLI can report every problem and still process the rest.
"""

from __future__ import annotations

import email.utils
import functools
import json
import logging
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from hearsay.config import LANGUAGES, Settings
from hearsay.errors import ConfigError, HearsayError, InputError, LanguageSkipped, SizeLimitError
from hearsay.ingest.files import iter_lines, open_regular, os_reason, read_limited, read_regular
from hearsay.ingest.fields import hearsay_fields
from hearsay.ingest.html import extract_html
from hearsay.ingest.normalize import normalize_text
from hearsay.ingest.text import decode_bytes, guess_title
from hearsay.model import Article

log = logging.getLogger(__name__)

FORMATS = ("text", "html", "json", "jsonl", "pdf")
# Publication dates hearsay accepts: relative dates ("three centuries ago", "next decade") are
# resolved by date arithmetic, which overflows near year 1 and 9999 (issue 19).
MIN_DATE = date(1000, 1, 1)
MAX_DATE = date(8999, 12, 31)
ID_MAX = 200  # characters; the store's column size, the same on SQLite and PostgreSQL
LANGUAGE_MAX = 16
_FIELD_CONTROLS = dict.fromkeys([*range(0, 32), 0x7F], None)
# Longest text analysed as one document: measured peak memory up to 1.95 MB of text stays under
# 1.5 GB (docs/PERFORMANCE.md, "Issue 16: long documents"); longer texts are refused.
MAX_TEXT_CHARS = 2_000_000
_EXTENSIONS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".pdf": "pdf"}


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
    day = read_date(str(value))
    if day is None:
        raise error(f"{what}: cannot read {value!r} as a date (expected YYYY-MM-DD)") from None
    check_date(day, what, error)
    return day


# Written dates other tools and feeds use, beyond ISO 8601: "Nov 29, 2026", "29 November 2026".
# Numeric day/month orders ("03/04/2026") are ambiguous and are not guessed.
_WRITTEN_DATES = ("%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%d %b, %Y",
                  "%Y/%m/%d", "%Y.%m.%d")


def read_date(value: str) -> date | None:
    """Return the calendar date written in ``value``, else None.

    Reads ISO 8601 with or without a time and zone ("2026-11-29", "2026-11-29T10:00:00+01:00",
    "2026-11-29 10:00:00"), RFC 822 as feeds and e-mail write it ("Sun, 29 Nov 2026 10:00:00
    GMT"), and month-name dates ("Nov 29, 2026", "29 November 2026"). The date is the one
    written, in the writer's own time zone.
    """
    text = " ".join(value.strip().split())
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text.rstrip("."))
    for fmt in _WRITTEN_DATES:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def check_date(day: date, what: str, error: type[HearsayError] = InputError) -> date:
    """Return ``day`` if it lies in the years hearsay can reason about (1000-8999).

    Raises:
        InputError: (or ``error``) the date is out of range.
    """
    if not MIN_DATE <= day <= MAX_DATE:
        raise error(f"{what}: {day.isoformat()} is out of range (years {MIN_DATE.year}-{MAX_DATE.year})")
    return day


def detect_format(path: str, forced: str | None) -> str:
    """Return the input format of ``path``: the forced one, else by extension (text by default)."""
    if forced:
        if forced not in FORMATS:
            raise ConfigError(f"unknown input format {forced!r} (choose from {', '.join(FORMATS)})")
        return forced
    return _EXTENSIONS.get(Path(path).suffix.lower(), "text")


def _read_bytes(path: str, settings: Settings, stdin: BinaryIO | None) -> bytes:
    if path == "-":
        return read_limited(stdin if stdin is not None else sys.stdin.buffer, settings.max_bytes, path)
    if Path(path).is_dir():
        raise InputError(f"{path}: is a directory (analyze takes files; use 'hearsay ingest' for directories)")
    return read_regular(path, settings.max_bytes)  # regular files only: never /dev/zero or a FIFO


# How sure the language identifier must be before an article counts as not English: py3langid's
# normalised probability of its best language. Short English sentences score Dutch, Afrikaans or
# Nigerian Pidgin at 0.1-0.6; whole pages in another language score above 0.999.
LANGUAGE_CONFIDENCE = 0.99


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# An English article that quotes another language (a Global Voices post opening on a Russian blog
# excerpt and its translation) is English when at least this share of its sample's letters lies in
# paragraphs the identifier reads as English: those paragraphs are what the pipeline analyses.
ENGLISH_SHARE = 0.3
_SAMPLE_CHARS = 6000
_CHUNK_CHARS = 400  # flattened text is read in windows of about this size, cut at spaces


def _chunks(sample: str) -> list[str]:
    """The sample's paragraphs, or windows of about ``_CHUNK_CHARS`` cut at spaces when it has no line breaks."""
    out = []
    for line in sample.split("\n"):
        while len(line) > 2 * _CHUNK_CHARS:
            cut = line.rfind(" ", 0, _CHUNK_CHARS)
            cut = cut if cut > 0 else _CHUNK_CHARS
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def _english_share(sample: str) -> float:
    """The share of the sample's letters in paragraphs (or windows) whose best language is English."""
    identifier = _identifier()
    english = total = 0
    for chunk in _chunks(sample):
        letters = sum(c.isalpha() for c in chunk)
        if letters < 20:
            continue
        total += letters
        if identifier.classify(chunk)[0] == "en":
            english += letters
    return english / total if total else 0.0


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language (py3langid over its first 6,000 characters).

    English unless the identifier is sure of another language (``LANGUAGE_CONFIDENCE``) and at most
    ``ENGLISH_SHARE`` of the sample's letters lie in paragraphs it reads as English. Only English has
    a pipeline: an article detected (or declared) to be in another language is skipped with a
    :class:`~hearsay.errors.LanguageSkipped` record, never analysed with English rules. On 2,146
    analysed corpus articles (benchmarks/open_corpus.py) py3langid's top label was not English for
    40, all of them pages in pt, ru, ja, ko, id, it or de and none English; the confidence threshold
    only removes detections, never adds one. The paragraph share keeps an English report whose
    opening quotes another language at length (statements-gv2012b: a Russian blog excerpt and its
    translation) from being read as that language as a whole.
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 20:
        return "en"  # too little text to tell; English is the pipeline's language
    lang, prob = _identifier().classify(sample)
    if str(lang) == "en" or float(prob) < LANGUAGE_CONFIDENCE:
        return "en"
    return "en" if _english_share(sample) >= ENGLISH_SHARE else str(lang)


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
    page says. The publication date is, first, ``meta["published"]`` (a JSONL ``published``
    field), then the caller's ``published`` (``--published``), and only when neither is given
    the date found in the page's metadata (trafilatura/htmldate); ``published_source`` says
    which: ``"given"``, ``"page"`` or None (issue 13: a caller's date is never overridden).

    Raises:
        InputError: no text, text that is empty after normalisation, a date out of range, or
            metadata that cannot be stored (an id over 200 or a language over 16 characters).
    """
    meta = dict(meta or {})
    if published is not None:
        check_date(published, f"{origin}: published")
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
    original = raw
    raw, repaired = repair_text(raw)
    if repaired:
        encoding = f"{encoding}+ftfy" if encoding else "ftfy"
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
            if not isinstance(meta[key], (str, int, float)) or isinstance(meta[key], bool):
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
    page_date = fields.pop("published", None)
    if meta.get("published"):
        fields["published"] = parse_date(str(meta["published"]), what=f"{origin}: published", error=InputError)
    elif published is not None:
        fields["published"] = published
    if fields.get("published"):
        fields["published_source"] = "given"
    elif page_date and MIN_DATE <= page_date <= MAX_DATE:  # a page date out of range is ignored
        fields["published"], fields["published_source"] = page_date, "page"
    language = meta.get("language")
    if language not in (None, "") and not isinstance(language, str):
        raise InputError(f"{origin}: 'language' must be a string")
    clean = _clean_fields(fields, origin)
    lang = _clean_field(str(language), origin, "language") if language else detect_language(norm)
    if len(lang) > LANGUAGE_MAX:
        raise InputError(f"{origin}: 'language' is over {LANGUAGE_MAX} characters")
    primary = lang.replace("_", "-").split("-")[0].strip().lower()
    if primary and primary not in LANGUAGES:  # issue 18: never analyse Italian with English rules
        raise LanguageSkipped(f"{origin}: written in {primary!r}, which has no pipeline "
                              f"(hearsay analyses {', '.join(sorted(LANGUAGES))}): skipped")
    fields.update(clean)
    return Article(
        text=norm,
        language=lang,
        id=fields.get("id"),
        title=fields.get("title"),
        url=fields.get("url"),
        source=fields.get("source"),
        authors=tuple(fields.get("authors") or ()),
        published=fields.get("published"),
        input_format=fmt,
        encoding=encoding,
        origin=origin,
        raw=original if original != norm else None,
        published_source=fields.get("published_source"),
    )


def repair_text(text: str) -> tuple[str, bool]:
    """Return ``(text, repaired)``: ``text`` with mojibake, mixed encodings and lone surrogates
    repaired by ftfy (``"cafÃ©"`` -> ``"café"``), and whether anything changed.

    Only encoding repairs run: quotes, ligatures, widths and line breaks are left as written.
    """
    if text.isascii():
        return text, False
    import ftfy

    fixed = ftfy.fix_text(_LOST_CLOSER.sub("\u201d", text), _ftfy_config())
    return fixed, fixed != text


# A closing double quote (UTF-8 E2 80 9D) read as cp1252 loses its last byte, which cp1252 leaves
# undefined, so scraped text often holds "â€" and then plain ASCII. No UTF-8 character starts
# with those two bytes and goes on with an ASCII byte, and ftfy would take a following space for
# the lost byte 0xA0 and make a dagger ("deal.â€ He" -> "deal.† He"): the pair is the closer
# (issue 14 round 11: mojibake quote marks read as quotes).
_LOST_CLOSER = re.compile("\u00e2\u20ac(?=[\x00-\x7f]|$)")


def _ftfy_config() -> Any:
    from ftfy import TextFixerConfig

    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
                           replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
                           fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
                           fix_line_breaks=False, fix_surrogates=True, remove_control_chars=False, normalization=None,
                           explain=False)


def _clean_field(value: str, origin: str, key: str) -> str:
    """One metadata string as stored: controls (NUL...) dropped, lone surrogates replaced, trimmed."""
    value, _ = repair_text(value)
    value = value.translate(_FIELD_CONTROLS).encode("utf-8", "replace").decode("utf-8").strip()
    if key == "id" and len(value) > ID_MAX:
        raise InputError(f"{origin}: 'id' is over {ID_MAX} characters")
    return value


def _clean_fields(fields: dict[str, Any], origin: str) -> dict[str, Any]:
    """Validate and clean the metadata once, so SQLite and PostgreSQL store exactly the same."""
    out: dict[str, Any] = {}
    for key in ("id", "title", "url", "source"):
        if isinstance(fields.get(key), str):
            out[key] = _clean_field(fields[key], origin, key) or None
    if fields.get("authors"):
        out["authors"] = [a for a in (_clean_field(x, origin, "authors") for x in fields["authors"]) if a]
    return out


def jsonl_line(line: str, where: str, published: date | None, settings: Settings) -> Article | Failure | None:
    """Return the article of one JSONL line, a :class:`Failure` naming ``where``, or None if blank."""
    line = line.removesuffix("\r")
    if not line.strip():
        return None
    try:
        if len(line) > settings.max_bytes:
            raise SizeLimitError(f"{where}: line is over the {settings.max_bytes:,}-byte limit (HEARSAY_MAX_BYTES)")
        return object_article(decode_json(line, where), where, published)
    except HearsayError as exc:
        return Failure(where, exc)
    except Exception as exc:  # noqa: BLE001 - one bad line costs only itself (issue 19)
        return unexpected(where, exc)


def decode_json(data: str, where: str) -> object:
    """Return the decoded JSON ``data``, or raise :class:`InputError` naming ``where``."""
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno} column {exc.colno}"
        raise InputError(f"{where}: invalid JSON ({exc.msg} at {at})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as exc:  # e.g. an integer over Python's 4,300-digit conversion limit
        raise InputError(f"{where}: unusable JSON value ({str(exc).split(';')[0]})") from None


def object_article(obj: object, where: str, published: date | None) -> Article:
    """Return the article of one decoded JSON record (hearsay's, news-please's, trafilatura's ...)."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    obj = hearsay_fields(obj)  # news-please, trafilatura, newspaper4k field names
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


def json_articles(data: str, origin: str, published: date | None, settings: Settings) -> Iterator[Article | Failure]:
    """Yield the article of a ``.json`` file: one record (news-please writes a file per article),
    or a JSON array of records, each failing alone (``origin[i]``)."""
    obj = decode_json(data, origin)
    items = list(enumerate(obj)) if isinstance(obj, list) else [(None, obj)]
    for i, item in items:
        where = origin if i is None else f"{origin}[{i}]"
        try:
            yield object_article(item, where, published)
        except HearsayError as exc:
            yield Failure(where, exc)


def unexpected(where: str, exc: BaseException) -> Failure:
    """Return the :class:`Failure` of a document that raised something hearsay did not expect.

    The traceback goes to the log (``--log-file``): it is a hearsay bug, but it costs only
    this document.
    """
    log.error("unexpected error reading %s", where, exc_info=exc)
    return Failure(where, InputError(f"{where}: cannot be read ({type(exc).__name__}: {str(exc)[:200]})"))


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
        for lineno, raw in iter_lines(stream, limit):
            where = f"{origin}:{lineno}"
            if raw is None:
                yield Failure(where, SizeLimitError(f"{where}: line is over the {limit:,}-byte limit (HEARSAY_MAX_BYTES)"))
                continue
            try:
                text, _ = decode_bytes(raw, where, encoding)
            except HearsayError as exc:
                yield Failure(where, exc)
                continue
            item = jsonl_line(text, where, published, settings)
            if item is not None:
                yield item
    except SizeLimitError as exc:
        yield Failure(origin, SizeLimitError(f"{origin}: {exc}"))
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
    if Path(path).is_dir():
        raise InputError(f"{path}: is a directory (analyze takes files; use 'hearsay ingest' for directories)")
    with open_regular(path) as fh:
        yield from iter_jsonl_stream(fh, path, settings, published=published, encoding=encoding)


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
        input_format: force ``text``, ``html``, ``json`` or ``jsonl``; else chosen by extension.
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
            elif fmt == "json":
                yield from json_articles(text, path, published, settings)
            elif fmt == "html":
                yield make_article(html=text, origin=path, published=published, encoding=used)
            else:
                yield make_article(text=text, origin=path, published=published, encoding=used)
        except HearsayError as exc:
            yield Failure(path, exc)
        except OSError as exc:
            yield Failure(path, InputError(f"{path}: {os_reason(exc)}"))
        except Exception as exc:  # noqa: BLE001 - one bad input never ends the run (issue 19)
            yield unexpected(path, exc)


__all__ = ["FORMATS", "MAX_DATE", "MIN_DATE", "Failure", "check_date", "detect_format", "detect_language", "iter_articles",
           "iter_jsonl_stream", "json_articles", "jsonl_articles", "jsonl_line", "object_article", "make_article", "parse_date", "read_date", "repair_text", "unexpected"]
