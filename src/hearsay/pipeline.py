"""From articles to records: parse once, run every extractor, collect one hearsay/1 record."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from hearsay.config import Settings
from hearsay.extract.times.expressions import find_times
from hearsay.extract.entities.mentions import find_entities
from hearsay.extract.events.coding import find_events
from hearsay.extract.figures.amounts import find_figures
from hearsay.extract.statements.quotes import find_statements
from hearsay.extract.zones import find_zones
from hearsay.model import Article, Record, Rejection
from hearsay.nlp.parser import parse_texts

PIPELINE_VERSION = {
    "entities": "hearsay.entities.v1",
    "times": "hearsay.dates.v1",
    "statements": "hearsay.quotes.v1",
    "figures": "hearsay.figures.v1",
    "events": "hearsay.events.v1",
}


def analyze_doc(article: Article, doc, settings: Settings) -> Record:  # type: ignore[no-untyped-def]
    """Return the record of one article from its parsed ``doc`` (``doc.text == article.text``)."""
    zones = find_zones(article.text, article)
    entities = find_entities(doc, zones, settings)
    times = find_times(doc, article.published, zones, settings)
    statements, quote_rejects = find_statements(doc, entities, times, zones, settings)
    figures, figure_rejects = find_figures(doc, entities, statements, times, zones, settings)
    events = find_events(doc, entities, statements, times, zones, settings)
    residue = [Rejection(z.start, z.end, article.text[z.start:z.end], "page residue", "residue") for z in zones if z.kind == "residue"]
    rejected = sorted([*residue, *quote_rejects, *figure_rejects], key=lambda r: (r.start, r.end))
    pipeline = dict(PIPELINE_VERSION)
    pipeline["model"] = f"{settings.model}=={settings.model_version}"
    return Record(
        article=article,
        entities=entities.freeze(),
        statements=tuple(statements),
        figures=tuple(figures),
        times=tuple(times),
        events=tuple(events),
        rejected=tuple(rejected),
        pipeline=pipeline,
    )


def analyze_articles(articles: Iterable[Article], settings: Settings) -> Iterator[Record]:
    """Yield one record per article, in order, parsing ``settings.batch_size`` at a time.

    The input is consumed lazily, so memory stays bounded however many articles come in.
    """
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, settings.batch_size)):
        for article, doc in zip(batch, parse_texts([a.text for a in batch], settings), strict=True):
            yield analyze_doc(article, doc, settings)


def analyze(article: Article, settings: Settings) -> Record:
    """Return the record of one article."""
    return next(analyze_articles([article], settings))


def analyze_text(text: str, settings: Settings | None = None, **meta) -> Record:  # type: ignore[no-untyped-def]
    """Return the record of a plain text (convenience for library users and tests)."""
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article

    settings = settings or load_settings()
    return analyze(make_article(text=text, origin="<text>", published=meta.pop("published", None), meta=meta), settings)


__all__ = ["PIPELINE_VERSION", "analyze", "analyze_articles", "analyze_doc", "analyze_text"]
