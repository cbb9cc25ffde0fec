"""From articles to records: parse once, run every extractor, collect one hearsay/1 record."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from hearsay.config import Settings
from hearsay.extract import EXTRACTORS, Analysis
from hearsay.extract.zones import find_zones
from hearsay.model import Article, Record, Rejection
from hearsay.nlp.parser import parse_texts
from hearsay.record import with_pages

PIPELINE_VERSION = {step.adds: step.version for step in EXTRACTORS}


def analyze_doc(article: Article, doc, settings: Settings) -> Record:  # type: ignore[no-untyped-def]
    """Return the record of one article from its parsed ``doc`` (``doc.text == article.text``).

    Page zones come first (every extractor asks them whether a span is residue, a caption or
    a biography); then each step of ``EXTRACTORS`` adds its part to one :class:`Analysis`.
    """
    zones = find_zones(article.text, article)
    analysis = Analysis(article, settings, zones)
    analysis.reject([Rejection(z.start, z.end, article.text[z.start:z.end], "page residue", "residue")
                     for z in zones if z.kind == "residue"])
    for step in EXTRACTORS:
        step.run(doc, analysis)
    pipeline = dict(PIPELINE_VERSION)
    pipeline["model"] = f"{settings.model}=={settings.model_version}"
    return with_pages(Record(  # PDF input: every statement, figure, event and mention gets its page
        article=article,
        entities=analysis.entities.freeze(),
        statements=analysis.statements,
        figures=analysis.figures,
        times=analysis.times,
        events=analysis.events,
        rejected=analysis.rejected,
        pipeline=pipeline,
    ))


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
