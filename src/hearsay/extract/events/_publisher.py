"""Events: the country an article's publisher speaks for, read from its address (issue 15 round 16).

A government's press release names its own officials without their country ("The Foreign
Secretary met Russian Foreign Minister Sergei Lavrov", "Philip Hammond condemns …", "We call on
all parties …"): the country is the publisher's, which the release states only in where it is
published. The article's ``url`` (metadata, never its text) gives it when its host is a
government domain of ``lexicon/publisher_domains.tsv`` (``gov.uk``, ``state.gov`` under ``gov``,
``dfat.gov.au`` under ``gov.au``). A news outlet's domain gives nothing: an outlet's country
is not that of the officials it reports on (a BBC story's unnamed "minister" is not British by
default). docs/events.md, "Issue 15, round 16".
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from hearsay import lexicon


@functools.lru_cache(maxsize=1)
def load_publisher_domains() -> dict[str, str]:
    """Return ``lexicon/publisher_domains.tsv`` as domain -> ISO3."""
    return {row["domain"].lower().strip("."): row["iso3"] for row in lexicon.load("publisher_domains.tsv")}


def publisher_country(url: str | None) -> str | None:
    """Return the ISO3 code of the government that publishes at ``url``, else ``None``.

    The host (without a port or a trailing dot; an address without a scheme is read as a host
    and path) matches a row when it is the row's domain or ends in "." + it; the longest
    matching domain wins ("fco.gov.uk" before "gov.uk").
    """
    if not url:
        return None
    text = url.strip()
    host = urlsplit(text if "//" in text else "//" + text).hostname
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    domains = load_publisher_domains()
    for i in range(len(labels)):  # longest suffix first
        hit = domains.get(".".join(labels[i:]))
        if hit is not None:
            return hit
    return None


__all__ = ["load_publisher_domains", "publisher_country"]
