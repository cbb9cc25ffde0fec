"""Build a demo store: the founding article, MEANTIME's Wikinews articles and the ECB+ news stories.

    .venv/bin/python benchmarks/demo_corpus.py --db sqlite:///demo.db            # all 893 articles
    .venv/bin/python benchmarks/demo_corpus.py --preset tests --db sqlite:///t.db # the browser tests' 100
    .venv/bin/hearsay serve --db sqlite:///demo.db

What goes in, in this order (ingested through ``hearsay.service.ingest_articles``, the call
behind ``hearsay ingest``: analysed, stored and linked into the ledger; running it twice adds
nothing):

- the founding article (``tests/golden/kursk-dprk.txt``, taken as published 2025-05-30):
  Shoigu on the North Korean troops, the transfers between North Korea and Russia;
- the 120 English Wikinews articles of the NewsReader MEANTIME corpus (topics airbus, apple, gm,
  stock), rebuilt from their tokens (or taken from the cleaner rebuilds in
  ``wikinews-statements/``), dated by their document creation time. Licence: CC BY 4.0,
  "NewsReader MEANTIME corpus, (c) 2015 FBK, VUA, UPV/EHU; texts from English Wikinews";
- the 772 articles of ECB+ topics 1-35 (``../shared/datasets/ecbplus-entities``): news of many
  outlets, two real-world events per topic reported by several of them (the Qeshm earthquakes of
  2005 and 2008, whose casualty counts disagree, a prison escape, the Greek riots, ...). The ECB+
  half of a topic carries the page's URL (its host is the outlet) and a dateline (the date);
  the ECB half (Google News stories of 2008-2009) carries neither. The corpus's tokenisation is
  partly undone (quotes, "6. 1", "30, 000", "U. S."). Licence: CC BY 3.0, "ECB+ corpus,
  Cybulska and Vossen (LREC 2014), NewsReader project".

``--meantime-topics`` and ``--ecb-topics`` take a subset; ``--preset tests`` is the fixed subset
the browser tests build (every analyst story of issue 17 runs on it: 100 articles, about 15 s).
The whole corpus takes about two minutes on one core of this machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
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
ECBPLUS = SHARED / "datasets" / "ecbplus-entities" / "dev.jsonl.gz"

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|n't\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detokenize(tokens: list[str]) -> str:
    """Join MEANTIME tokens into readable text (quotes curled, punctuation attached)."""
    text = " ".join(tokens).replace("``", "“").replace("''", "”")
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return re.sub(r"“ ", "“", re.sub(r" ”", "”", text))


def meantime_articles(folder: Path = MEANTIME, topics: set[str] | None = None) -> Iterator[Article | Failure]:
    """Yield one article per MEANTIME XML file (of ``topics``, else all), dated by its creation time (or dateline)."""
    for path in sorted(folder.glob("corpus_*/*.xml")):
        if topics is not None and path.parent.name.removeprefix("corpus_") not in topics:
            continue
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


_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # November 28, 2005 · Nov. 30, 2009 · May 3rd, 2013
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),  # 27 NOVEMBER, 2005 · 14 June 2013
    re.compile(r"(?<![\d/])\s*(?P<month>\d{1,2}) / (?P<day>\d{1,2}) / (?P<year>\d{4}|\d\d)\b"),  # 11 / 28 / 05 (US order)
]
_CLEAN = [
    (re.compile(r"``\s*"), "“"), (re.compile(r"\s*''"), "”"),
    (re.compile(r"(?<!\d)(\d{1,3}), (\d{3})\b"), r"\1,\2"),  # 30, 000 → 30,000
    (re.compile(r"(?<!\d)(\d{1,2})\. (\d)"), r"\1.\2"),  # 6. 1 → 6.1
    (re.compile(r"(?<!\d)(\d{1,2}): (\d\d)\b"), r"\1:\2"),  # 7: 21 → 7:21
    (re.compile(r"\b([A-Za-z])\. (?=[A-Za-z]\.)"), r"\1."),  # U. S. → U.S., p. m. → p.m.
    (re.compile(r"(?<=[a-z0-9]) - (?=[a-z0-9])"), "-"),  # 90 - day → 90-day
    (re.compile(r"(?<=\w)([’']) (?=(?:s|re|ve|ll|d|t|m)\b)"), r"\1"),  # Lohan’ s → Lohan’s
]


def ecb_date(lines: list[str]) -> date | None:
    """The article's date: the first date in a short line (a dateline, at most 80 characters) among its first four."""
    for line in lines[:4]:
        if len(line) > 80:
            continue
        for pattern in _DATES:
            found = pattern.search(line)
            if not found:
                continue
            month = found["month"]
            number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
            year = int(found["year"]) + (2000 if len(found["year"]) == 2 else 0)
            try:
                return date(year, number, int(found["day"]))
            except ValueError:
                continue
    return None


def ecbplus_articles(path: Path = ECBPLUS, topics: set[int] | None = None) -> Iterator[Article | Failure]:
    """Yield the ECB+ articles (of ``topics``, else all), dated by their dateline, outlet from their URL.

    The ECB+ half of each topic starts with the page's URL (tokenised: "http: / / www. x. com /
    …"): it becomes the article's ``url`` and its host the ``source``; the ECB half (Google News
    articles of 2008–2009) carries neither, so those have no outlet and, without a dateline, no
    date. The corpus's tokenisation is partly undone (quotes, "6. 1", "30, 000", "U. S.").
    """
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if topics is not None and int(row["topic"]) not in topics:
                continue
            origin = f"ecbplus/{row['id']}"
            try:
                text = str(row["text"])
                url = source = None
                first, _, rest = text.partition("\n")
                if first.startswith("http"):
                    url = re.sub(r"\s+", "", first)
                    host = re.match(r"https?://([^/?#]+)", url)
                    source = host.group(1).removeprefix("www.") if host else None
                    text = rest
                for pattern, repl in _CLEAN:
                    text = pattern.sub(repl, text)
                published = ecb_date(text.split("\n")) if url else None  # an ECB article's first lines are its story
                yield make_article(text=text + "\n", origin=origin, published=published,
                                   meta={"id": f"ecbplus-{row['id']}", "url": url, "source": source})
            except HearsayError as exc:
                yield Failure(origin, exc)


def founding_article() -> Article:
    """The founding article (published 2025-05-30)."""
    return make_article(text=FOUNDING.read_text(encoding="utf-8"), origin=str(FOUNDING.relative_to(ROOT)),
                        published=date(2025, 5, 30))


MEANTIME_TOPICS = ("airbus", "apple", "gm", "stock")
ECB_TOPICS = tuple(str(t) for t in (*range(1, 15), 16, *range(18, 36)))  # 15 and 17 are not in the corpus
# name -> (MEANTIME topics, ECB+ topics)
PRESETS = {
    "full": (",".join(MEANTIME_TOPICS), "all"),
    # what the browser tests walk the analyst's stories on (tests/web/test_web_workbench.py): the
    # founding article (Shoigu, North Korea, the transfers), one MEANTIME topic, the Greek riots
    # (19) and the Qeshm earthquakes (20) for series and contradictions, and the Surgeon General
    # story (34) for a wrong merge to review
    "tests": ("gm", "19,20,32,34"),
}


def _topics(value: str, known: tuple[str, ...]) -> set[str]:
    """The topics a comma-separated option names ('all' and 'none' too); an unknown one is a ValueError."""
    if value.strip() == "all":
        return set(known)
    if value.strip() == "none":
        return set()
    chosen = {t.strip() for t in value.split(",") if t.strip()}
    unknown = sorted(chosen - set(known))
    if unknown:
        raise ValueError(f"unknown topic(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return chosen


NOTICES = (
    "MEANTIME texts: NewsReader MEANTIME corpus, (c) 2015 FBK, VUA, UPV/EHU; texts from English Wikinews (wikinews.org); CC BY 4.0",
    "ECB+ texts: ECB+ corpus (Cybulska and Vossen, LREC 2014; NewsReader project), news articles of many outlets; CC BY 3.0",
)


def demo_articles(meantime_topics: set[str], ecb_topics: set[str], *, meantime: Path = MEANTIME,
                  ecbplus: Path = ECBPLUS) -> Iterator[Article | Failure]:
    """The demo corpus in ingest order: the founding article, then MEANTIME's and ECB+'s chosen topics."""
    yield founding_article()
    if meantime_topics:
        yield from meantime_articles(meantime, meantime_topics)
    if ecb_topics:
        yield from ecbplus_articles(ecbplus, {int(t) for t in ecb_topics})


def preset(name: str) -> tuple[set[str], set[str]]:
    """The (MEANTIME, ECB+) topics of a named preset."""
    meantime_topics, ecb_topics = PRESETS[name]
    return _topics(meantime_topics, MEANTIME_TOPICS), _topics(ecb_topics, ECB_TOPICS)


def main(argv: list[str] | None = None) -> int:
    """Ingest the demo corpus and print what the ledger found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="sqlite:///demo.db", help="SQLAlchemy URL of the store [sqlite:///demo.db]")
    parser.add_argument("--meantime", type=Path, default=MEANTIME, help="MEANTIME intra-doc_annotation folder")
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS, help="ECB+ dev.jsonl.gz")
    parser.add_argument("--meantime-topics", default=",".join(MEANTIME_TOPICS),
                        help=f"comma-separated MEANTIME topics, or 'none' [{','.join(MEANTIME_TOPICS)}]")
    parser.add_argument("--ecb-topics", default="all", help="comma-separated ECB+ topic numbers (1-35), 'all' or 'none' [all]")
    parser.add_argument("--preset", choices=sorted(PRESETS), help="a named subset; overrides the two topic options")
    args = parser.parse_args(argv)
    if args.preset:
        args.meantime_topics, args.ecb_topics = PRESETS[args.preset]
    try:
        meantime_topics = _topics(args.meantime_topics, MEANTIME_TOPICS)
        ecb_topics = _topics(args.ecb_topics, ECB_TOPICS)
    except ValueError as exc:
        parser.error(str(exc))

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

    summary = ingest_articles(demo_articles(meantime_topics, ecb_topics, meantime=args.meantime, ecbplus=args.ecbplus),
                              store, settings)
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
    print("Licences of the texts (keep these notices with the store):", *NOTICES, sep="\n  ")
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
