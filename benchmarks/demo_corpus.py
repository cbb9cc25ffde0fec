"""Build a demo store: the MEANTIME Wikinews articles plus the founding article.

    .venv/bin/python benchmarks/demo_corpus.py --db sqlite:///demo.db
    .venv/bin/hearsay query duplicates --db sqlite:///demo.db
    .venv/bin/hearsay query series --db sqlite:///demo.db

The 120 English Wikinews articles of the NewsReader MEANTIME corpus (four topics: Airbus,
Apple, GM, stock markets; CC BY 4.0, "NewsReader MEANTIME corpus, (c) 2015 FBK, VUA, UPV/EHU;
texts from English Wikinews") are rebuilt from their tokens (or taken from the cleaner
rebuilds in ``wikinews-statements/`` where one exists), dated by their document creation time,
and ingested through the same library call as ``hearsay ingest``; running it twice adds nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from defusedxml.ElementTree import parse

from hearsay.config import load_settings
from hearsay.errors import HearsayError
from hearsay.ingest.readers import Failure, make_article
from hearsay.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MEANTIME = SHARED / "datasets" / "meantime-en" / "intra-doc_annotation"
REBUILT = SHARED / "datasets" / "wikinews-statements"
FOUNDING = ROOT / "tests" / "golden" / "kursk-dprk.txt"

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|n't\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detokenize(tokens: list[str]) -> str:
    """Join MEANTIME tokens into readable text (quotes curled, punctuation attached)."""
    text = " ".join(tokens).replace("``", "“").replace("''", "”")
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return re.sub(r"“ ", "“", re.sub(r" ”", "”", text))


def meantime_articles(folder: Path = MEANTIME) -> Iterator[Article | Failure]:
    """Yield one article per MEANTIME XML file, dated by its creation time (or dateline)."""
    for path in sorted(folder.glob("corpus_*/*.xml")):
        try:
            root = parse(str(path)).getroot()
            sentences: dict[int, list[str]] = {}
            for tok in root.iter("token"):
                sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
            lines = [detokenize(sentences[k]) for k in sorted(sentences)]
            published = None
            for timex in root.iter("TIMEX3"):
                if timex.get("functionInDocument") == "CREATION_TIME" and re.match(r"\d{4}-\d{2}-\d{2}", timex.get("value") or ""):
                    published = date.fromisoformat(timex.get("value", "")[:10])
            if published is None and len(lines) > 1:
                try:
                    published = datetime.strptime(lines[1], "%B %d, %Y").date()
                except ValueError:
                    published = None
            doc_id = root.get("doc_id", path.stem)
            rebuilt = REBUILT / f"{doc_id}.txt"
            text = rebuilt.read_text(encoding="utf-8") if rebuilt.exists() else "\n".join(lines) + "\n"
            yield make_article(text=text, origin=str(path.relative_to(folder)), published=published,
                               meta={"id": f"meantime-{doc_id}", "url": root.get("url"), "source": "Wikinews",
                                     "title": lines[0] if lines else None})
        except HearsayError as exc:
            yield Failure(str(path), exc)
        except Exception as exc:  # a malformed corpus file: report it and go on
            yield Failure(str(path), HearsayError(f"{path.name}: cannot read ({type(exc).__name__}: {exc})"))


def founding_article() -> Article:
    """The founding article (published 2025-05-30)."""
    return make_article(text=FOUNDING.read_text(encoding="utf-8"), origin=str(FOUNDING.relative_to(ROOT)),
                        published=date(2025, 5, 30))


def main(argv: list[str] | None = None) -> int:
    """Ingest the demo corpus and print what the ledger found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="sqlite:///demo.db", help="SQLAlchemy URL of the store [sqlite:///demo.db]")
    parser.add_argument("--meantime", type=Path, default=MEANTIME, help="MEANTIME intra-doc_annotation folder")
    args = parser.parse_args(argv)

    from hearsay import query
    from hearsay.service import ingest_articles
    from hearsay.store import open_store

    settings = load_settings({"db_url": args.db})
    try:
        store = open_store(settings.db_url)
    except HearsayError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return exc.exit_code
    started = time.perf_counter()

    def items() -> Iterator[Article | Failure]:
        yield founding_article()
        yield from meantime_articles(args.meantime)

    summary = ingest_articles(items(), store, settings)
    elapsed = time.perf_counter() - started
    print(f"{summary.stored} stored, {summary.skipped} already stored, {summary.linked} near-duplicates linked, "
          f"{len(summary.failures)} failed in {elapsed:.1f} s")
    for f in summary.failures:
        print(f"  failed: {f.origin}: {f.error}", file=sys.stderr)
    counts = store.table_counts()
    print(", ".join(f"{counts[t]} {t}" for t in ("documents", "canonical_entities", "statement_clusters", "series_points",
                                                  "contradictions")))
    print(f"{len(query.duplicates(store, limit=1000))} near-duplicate groups; top series:")
    for s in query.series_keys(store, limit=5):
        print(f"  {s['subject'] or '?'} / {s['quantity']}: {s['points']} points")
    store.close()
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
