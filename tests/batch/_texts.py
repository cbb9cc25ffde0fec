"""Short news texts shared by the batch-runner tests (each runner must match the serial run)."""

from __future__ import annotations

from datetime import date

from hearsay.ingest.readers import make_article
from hearsay.model import Article

TEXTS = [
    "Talks resume in Geneva\nThe foreign minister said on Tuesday that talks in Geneva would continue next week.",
    "Aid convoy reaches Aleppo\nAbout 40 trucks reached the city, the UN said, according to local officials.",
    "Storm hits coast\nMore than 15,000 people were evacuated on Monday, police said.",
    "Markets fall\nShares fell 3% in London after the central bank kept rates at 5 percent, Reuters reported.",
]


def articles() -> list[Article]:
    """Return the texts as articles published 2024-03-05."""
    return [make_article(text=t, origin=f"a{i}.txt", published=date(2024, 3, 5)) for i, t in enumerate(TEXTS)]
