"""Field names of the tools people already scrape news with, mapped to hearsay's (issue 18).

A JSONL line from news-please (``maintext``, ``date_publish``, ``source_domain``), trafilatura's
``--json`` output (``text``/``raw_text``, ``date``, ``author``, ``sitename``/``hostname``, and a
``source`` that is the page's URL, not an outlet), newspaper4k (``publish_date``,
``canonical_link``) or Common Crawl's news extracts (news-please's fields) is read as if it
used hearsay's own names: ``text``/``html``, ``title``, ``url``, ``source`` (the outlet),
``authors``, ``published``, ``id``, ``language``. A field hearsay's own name already fills wins.
"""

from __future__ import annotations

from typing import Any

# hearsay field -> other tools' names for it, most specific first
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "raw_text", "article_text", "content", "body"),
    "html": ("raw_html",),
    "title": ("headline",),
    "url": ("canonical_link", "canonical_url", "link"),
    "source": ("source_domain", "sitename", "site_name", "publisher", "hostname", "source-hostname"),
    "authors": ("author", "byline"),
    "published": ("date_publish", "publish_date", "date_published", "datePublished", "date", "pubdate"),
    "id": ("fingerprint", "uuid", "guid"),
    "language": ("lang",),
}


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def _authors(value: Any) -> Any:
    """trafilatura writes several authors as one string joined by "; "."""
    if isinstance(value, str) and ";" in value:
        return [a.strip() for a in value.split(";") if a.strip()]
    return value


def hearsay_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """Return ``obj`` with the fields of other tools renamed to hearsay's (the original is not changed)."""
    out = dict(obj)
    if _is_url(out.get("source")):  # trafilatura: "source" is where the page came from
        url = out.pop("source")
        out.setdefault("url", url)
    for field, names in ALIASES.items():
        if out.get(field) not in (None, "", []):
            continue
        for name in names:
            value = obj.get(name)
            if value not in (None, "", []) and not (field == "source" and _is_url(value)):
                out[field] = value
                break
    if "authors" in out:
        out["authors"] = _authors(out["authors"])
    return out


__all__ = ["ALIASES", "hearsay_fields"]
