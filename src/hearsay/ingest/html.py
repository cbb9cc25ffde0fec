"""Saved web pages: main text and metadata through trafilatura (offline, no fetching)."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from hearsay.errors import InputError

log = logging.getLogger(__name__)

_CANONICAL = re.compile(r"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*>", re.I)
_HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.I)


def extract_html(html: str, name: str) -> dict[str, Any]:
    """Return the main text and metadata of one HTML page.

    Returns:
        A dict with ``text``, ``title``, ``authors`` (list), ``published`` (date or None),
        ``url`` (canonical URL or None) and ``source`` (site name or None).

    Raises:
        InputError: no main text could be found.
    """
    import trafilatura  # imported here: it costs ~0.5 s and text-only runs never need it

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=False
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"{name}: cannot parse the HTML ({type(exc).__name__})") from None
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    url = getattr(doc, "url", None) or _canonical_url(html)
    authors = [a.strip() for a in re.split(r";|\band\b", getattr(doc, "author", None) or "") if a.strip()]
    return {
        "text": str(getattr(doc, "text", "")),
        "title": getattr(doc, "title", None),
        "authors": authors,
        "published": _as_date(getattr(doc, "date", None)),
        "url": url,
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
    }


def _canonical_url(html: str) -> str | None:
    tag = _CANONICAL.search(html[:200_000])
    if tag:
        href = _HREF.search(tag.group(0))
        if href:
            return href.group(1)
    return None


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        log.debug("unusable page date %r", value)
        return None


__all__ = ["extract_html"]
