"""RSS and Atom feed files: each entry with content or a summary becomes an article.

Feeds are parsed from bytes with feedparser, which never fetches anything for them. Before
that, defusedxml reads the document with DTDs, entity declarations and external references
forbidden: a feed that declares any is refused (billion-laughs and external-entity attacks),
and a file that is not XML at all fails with a clear reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from hearsay.errors import HearsayError, InputError
from hearsay.ingest.readers import MAX_DATE, MIN_DATE, Failure, make_article, unexpected
from hearsay.model import Article

_BLOCK = re.compile(r"(?i)</?(p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>")


def check_xml(data: bytes, origin: str) -> None:
    """Refuse XML that declares a DTD or entities, or that does not parse.

    Raises:
        InputError: the document is unsafe or not well-formed XML.
    """
    try:
        fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(f"{origin}: refused: the feed declares a DTD or entities ({type(exc).__name__})") from None
    except ParseError as exc:
        raise InputError(f"{origin}: not well-formed XML ({exc})") from None


def html_to_text(html: str) -> str:
    """Return the text of an HTML fragment, one paragraph per block element."""
    import lxml.html

    marked = _BLOCK.sub("\n\n", html)
    if "<" not in marked and "&" not in marked:
        return marked
    try:
        return str(lxml.html.fragment_fromstring(marked, create_parent="div").text_content())
    except Exception:  # lxml raises assorted errors on broken markup; fall back to dropping tags
        return re.sub(r"<[^>]+>", " ", marked)


def _entry_date(entry: Any) -> date | None:
    """The entry's publication (else update) day; a date that cannot be one (year 0) is ignored."""
    for key in ("published_parsed", "updated_parsed"):
        value = dict.get(entry, key)  # not entry.get: feedparser warns when it maps one key to the other
        if value:
            try:
                day = date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, TypeError, OverflowError):
                continue
            if MIN_DATE <= day <= MAX_DATE:
                return day
    return None


def _entry_body(entry: Any) -> str | None:
    parts = entry.get("content") or []
    for part in parts:
        if part.get("value"):
            return html_to_text(part["value"]) if "html" in (part.get("type") or "html") else str(part["value"])
    summary = entry.get("summary")
    if summary:
        kind = (entry.get("summary_detail") or {}).get("type") or "text/html"
        return html_to_text(summary) if "html" in kind else str(summary)
    return None


def read_feed(data: bytes, origin: str, published: date | None = None) -> Iterator[Article | Failure]:
    """Yield an article (or a failure) for every entry of the RSS/Atom feed in ``data``."""
    import feedparser

    try:
        check_xml(data, origin)
        parsed = feedparser.parse(data)
        if not parsed.get("version") and not parsed.entries:
            raise InputError(f"{origin}: not an RSS or Atom feed")
    except HearsayError as exc:
        yield Failure(origin, exc)
        return
    except Exception as exc:  # noqa: BLE001 - a feed parser bug costs this file, not the run
        yield unexpected(origin, exc)
        return
    source = (parsed.feed.get("title") or None) if parsed.get("feed") else None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{n}"
        try:
            body = _entry_body(entry)
            if not body or not body.strip():
                raise InputError(f"{where}: feed entry has no content or summary")
            title = entry.get("title")
            if title:
                title = html_to_text(title).strip()
            guid = entry.get("id")
            meta = {"title": title, "url": entry.get("link"), "source": source,
                    "id": guid if guid and len(guid) <= 200 else None,
                    "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")]}
            pub = _entry_date(entry)
            yield make_article(text=body, origin=where, published=pub or published, meta=meta)
        except HearsayError as exc:
            yield Failure(where, exc)
        except Exception as exc:  # noqa: BLE001 - one bad entry costs only itself (issue 19)
            yield unexpected(where, exc)


__all__ = ["check_xml", "html_to_text", "read_feed"]
