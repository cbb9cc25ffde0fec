"""The publication date of a Wikinews article as the wikinews-statements texts give it.

Line 1 is the headline, line 2 the dateline ("March 03, 2010"): the date every relative time of
the article is anchored on, and a span the dates sets leave unscored. Shared by the compilers of
dates-wikinews and dates-wikinews-full.
"""

from __future__ import annotations

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def dateline(text: str) -> tuple[str, tuple[int, int]]:
    """Return the article's publication date (ISO) and the dateline's character span."""
    lines = text.split("\n")
    month, day, year = lines[1].replace(",", "").split()
    start = len(lines[0]) + 1
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}", (start, start + len(lines[1]))
