"""Page zones: the parts of an article that are not the story.

News pages carry author biographies, image credits, bylines, follow-us lines and residue
from e-mail obfuscation. Numbers and quotes there are not claims of the article (the founding
article's "over 3,200 published pieces"), so extractors ask :class:`Zones` before keeping a
candidate, and figures found there become ``rejected`` entries with the zone as the reason.

Rules are about page furniture in general, not about one site: a paragraph that opens with
"About the Author" / "About the writer" starts a biography that runs to the end of the page;
credit lines start with Image/Photo/Photograph/Picture/Video Credit(s) or "Photo:"; a rights
line opens with "Copyright", "©" or "(c) 2019", or says "All rights reserved"; social
lines ask the reader to follow or e-mail someone; headings are short lines without final
punctuation between paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearsay.ingest.normalize import find_residue
from hearsay.model import Article
from hearsay.paragraphs import paragraphs

_BIO_START = re.compile(r"^\s*(about the (author|writer|reporter|contributor)s?\b|author bio\b|the author\b.{0,40}\b(is|was)\b)", re.I)
_CREDIT = re.compile(
    r"^\s*((main |featured |top |lead |header )?(image|photo|photograph|picture|video|illustration|graphic)s?( credits?)?\s*[:|]"
    r"|(image|photo|picture)s? (credits?|courtesy)\b|credits?:)",
    re.I,
)
_SOCIAL = re.compile(
    r"\b(follow (him|her|them|us|me) on|you can (email|e-mail|follow|reach|contact)|sign up for|subscribe to (our|the)"
    r"|share this (article|story)|read more:|related:|advertisement\b)",
    re.I,
)
# a rights line: "Copyright ©2019 Dow Jones & Company, Inc.", "© 2024 Reuters", "(c) 2009 The
# Associated Press. All rights reserved." It names the publisher, not anyone in the story
_RIGHTS = re.compile(r"^\s*(copyright\b|©|\(c\)\s*(19|20)\d\d\b)|\ball rights reserved\b", re.I)
# "By Anna Petrova" (the sentence-initial capital included); only capitalised words may follow, so
# "By the end of the week, ..." stays story
_BYLINE = re.compile(r"^\s*([Bb]y|[Ww]ritten by|[Rr]eporting by|[Ee]diting by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*$")


@dataclass(frozen=True, slots=True)
class Zone:
    """A stretch of page furniture: ``kind`` is bio, credit, rights, social, byline, residue or heading."""

    start: int
    end: int
    kind: str


class Zones:
    """The zones of one article, answering "what kind of text is at this offset?"."""

    def __init__(self, zones: list[Zone]) -> None:
        self.zones = sorted(zones, key=lambda z: (z.start, z.end))

    def kind_at(self, start: int, end: int | None = None) -> str | None:
        """Return the kind of the non-story zone overlapping ``start..end``, else ``None``."""
        end = start + 1 if end is None else end
        best: Zone | None = None
        for z in self.zones:  # the smallest zone wins: a credit line inside a biography
            if z.start >= end:
                break
            if start < z.end and (best is None or z.end - z.start < best.end - best.start):
                best = z
        return None if best is None else best.kind

    def is_story(self, start: int, end: int | None = None) -> bool:
        """True when ``start..end`` lies in the story proper (headings count as story)."""
        kind = self.kind_at(start, end)
        return kind is None or kind == "heading"

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.zones)


def find_zones(text: str, article: Article | None = None) -> Zones:
    """Return the page-furniture zones of ``text``.

    Args:
        text: the normalised article text.
        article: the article, whose ``title`` marks a heading when it opens the text.
    """
    zones: list[Zone] = [Zone(s, e, "residue") for s, e, _ in find_residue(text)]
    paras = paragraphs(text)
    in_bio = False
    for i, (s, e) in enumerate(paras):
        line = text[s:e]
        if not in_bio and _BIO_START.match(line):
            zones.append(Zone(s, len(text), "bio"))
            in_bio = True
        elif _CREDIT.match(line):
            zones.append(Zone(s, e, "credit"))
        elif _RIGHTS.search(line) and len(line) < 300:
            zones.append(Zone(s, e, "rights"))
        elif _BYLINE.match(line):
            zones.append(Zone(s, e, "byline"))
        elif _SOCIAL.search(line) and len(line) < 300:
            zones.append(Zone(s, e, "social"))
        elif not in_bio and 0 < i < len(paras) - 1 and _is_heading(line):
            zones.append(Zone(s, e, "heading"))
    return Zones(zones)


def _is_heading(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 14 or line.rstrip()[-1] in ".!?:;,\"”’)":
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= max(2, len(words) // 2)


__all__ = ["Zone", "Zones", "find_zones"]
