"""The openly licensed news in ../shared/datasets as one multi-topic corpus, and a records cache.

:func:`iter_open_corpus` yields :class:`CorpusArticle` (a hearsay :class:`~hearsay.model.Article`
plus its dataset name and licence) from, in this fixed order:

=================================  =====  ===========  ==============================================
dataset                            items  licence      how it is read
=================================  =====  ===========  ==============================================
ecbplus-entities (dev.jsonl.gz)      772  CC BY 3.0    text as given (corpus tokenisation), id e.g.
                                                       ``ecb-1_1ecbplus``, source "ECB+ topic N"
wikinews-statements (*.txt)           40  CC BY 4.0    the hand-repaired Wikinews texts, dated
meantime-en (intra-doc XML)       120-40  CC BY 4.0    rebuilt from tokens (``corpus.py``), dated by
                                                       CREATION_TIME; the 40 MEANTIME files that
                                                       wikinews-statements already carries are left
                                                       out so no story is ingested twice
article-extraction-benchmark         181  MIT          through hearsay's own HTML reader; pages it
                                                       rejects (empty body) are counted and skipped
re3d (documents.json, 6 folders)      90  per folder   title + text; US Government public domain
                                                       (State Department, CENTCOM), Open Government
                                                       Licence v3.0 (UK Government), CC BY 3.0 AU
                                                       (DFAT), CC BY-SA 3.0 (Wikipedia), EC reuse
                                                       notice (EU Delegation to Syria)
gum-entities (news, interview)        32  CC BY 2.5    GUM's Wikinews news and interviews as
                                                       ``gum_entities`` rebuilds them, dev only
=================================  =====  ===========  ==============================================

Every text goes through :func:`hearsay.ingest.readers.make_article`, as ``hearsay ingest`` would
read it. ``datasets=`` picks a subset.

**Held-out articles are left out by default.** The ECB+ topics divisible by 5 and the MEANTIME
files of the identity test split (per folder, sorted by name, every fifth: ``meantime_entities``)
are the check splits of ``eval_ledger_entities.py``; an audit or analysis that read them would tune
the linker on its own held-out data (session 11 drew a rule from a check topic this way). Without
them the ECB+ part is 638 articles and MEANTIME 56 (the GUM part holds its dev documents only);
re3d and GUM's Wikinews documents keep the corpus above the issue's 1,000 articles (1,019).
``held_out=True`` gives the whole corpus as the audits up to round 23 were built on it (then
without re3d and GUM: pass ``datasets=`` to rebuild one of those stores exactly).

The records cache (:class:`RecordsCache`) keeps each article's hearsay/1 JSON record on disk, keyed
by the SHA-256 of its text and published date, in a folder named by a hash of the extraction code
and data (``src/hearsay/{extract,nlp,data}``, ``pipeline.py``, ``model.py``, ``record.py``) and the
model version: changing extraction starts a new folder, changing the ledger does not, so the
ledger can be re-measured from cached records in seconds. :meth:`RecordsCache.runner` is a
drop-in ``runner`` for :func:`hearsay.service.ingest_articles` (the function behind
``hearsay ingest``), so cached records are stored and linked exactly as in production.

Run ``python benchmarks/open_corpus.py`` to print the corpus counts.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import _aeb, _meantime, _re3d, _wikinews  # noqa: E402  (benchmarks/corpus.py: shared readers)

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
ECB = DATASETS / "ecbplus-entities" / "dev.jsonl.gz"
LICENCES = {
    "ecbplus-entities": "CC BY 3.0",
    "wikinews-statements": "CC BY 4.0",
    "meantime-en": "CC BY 4.0",
    "article-extraction-benchmark": "MIT",
    "gum-entities": "CC BY 2.5",
    "re3d": "US public domain / OGL v3.0 / CC BY 3.0 AU / CC BY-SA 3.0 / EC reuse notice (per folder)",
}
DATASET_NAMES = tuple(LICENCES)


@dataclass(frozen=True)
class CorpusArticle:
    """One article of the open corpus: the hearsay Article, where it comes from, its licence."""

    article: Any  # hearsay.model.Article
    dataset: str
    licence: str


def load_ecb() -> list[dict[str, Any]]:
    """Return the ECB+ rows (id, topic, text, mentions) of dev.jsonl.gz, in file order."""
    with gzip.open(ECB, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ecb_article(row: dict[str, Any]) -> Any:
    """Return the hearsay Article of one ECB+ row (text normalised as ``hearsay ingest`` does)."""
    from hearsay.ingest.readers import make_article

    return make_article(text=row["text"], origin=f"ecbplus:{row['id']}",
                        meta={"id": f"ecb-{row['id']}", "source": f"ECB+ topic {row['topic']}"})


def _plain_article(raw: dict[str, Any]) -> Any:
    from hearsay.ingest.readers import make_article

    meta = {k: raw[k] for k in ("id", "url", "published", "title") if raw.get(k)}
    meta["source"] = raw["source"]
    return make_article(text=raw["text"], origin=f"{raw['source']}:{raw['id']}", meta=meta)


def is_check_topic(topic: int | str) -> bool:
    """True for the ECB+ topics ``eval_ledger_entities.py --split check`` holds out (topic % 5 == 0)."""
    return int(topic) % 5 == 0


def meantime_check_files() -> set[str]:
    """The MEANTIME files (``corpus_x/name.xml``) of the identity test split: in each folder, sorted by
    name, every fifth file (i % 5 == 4), as ``meantime_entities.load_meantime_entities`` splits them."""
    root = DATASETS / "meantime-en" / "intra-doc_annotation"
    held: set[str] = set()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        held.update(f"{folder.name}/{path.name}" for i, path in enumerate(sorted(folder.glob("*.xml"))) if i % 5 == 4)
    return held


def iter_open_corpus(datasets: Iterable[str] = DATASET_NAMES, skipped: Counter[str] | None = None,
                     held_out: bool = False) -> Iterator[CorpusArticle]:
    """Yield every article of the chosen ``datasets`` in a fixed order (see the module docstring).

    Articles the reader rejects (empty text) are counted in ``skipped`` by dataset and left out.
    The identity check splits (ECB+ topics divisible by 5, MEANTIME's test files) are left out
    unless ``held_out`` is true.
    """
    from hearsay.errors import HearsayError

    wanted = set(datasets)
    unknown = wanted - set(DATASET_NAMES)
    if unknown:
        raise ValueError(f"unknown dataset(s): {', '.join(sorted(unknown))}; choose from {', '.join(DATASET_NAMES)}")
    skipped = skipped if skipped is not None else Counter()

    def emit(name: str, make: Any, raw: Any) -> Iterator[CorpusArticle]:
        try:
            yield CorpusArticle(make(raw), name, LICENCES[name])
        except HearsayError:
            skipped[name] += 1

    if "ecbplus-entities" in wanted:
        for row in load_ecb():
            if held_out or not is_check_topic(row["topic"]):
                yield from emit("ecbplus-entities", ecb_article, row)
    wikinews = list(_wikinews())
    covered = {w.pop("meantime") for w in wikinews} - {None, ""}
    if "wikinews-statements" in wanted:
        for raw in wikinews:
            yield from emit("wikinews-statements", _plain_article, raw)
    if "meantime-en" in wanted:
        for raw in _meantime(covered if held_out else covered | meantime_check_files()):
            yield from emit("meantime-en", _plain_article, raw)
    if "article-extraction-benchmark" in wanted:
        aeb_skips: dict[str, int] = {}
        for raw in _aeb(aeb_skips):  # already read through make_article(html=...)
            raw.pop("normalized", None)
            yield from emit("article-extraction-benchmark", _plain_article, raw)
        skipped["article-extraction-benchmark"] += sum(aeb_skips.values())
    if "gum-entities" in wanted:
        from gum_entities import gum_article, load_gum_entities

        for row in load_gum_entities():
            if row["topic"] in {"news", "interview"} and (held_out or row["split"] == "dev"):
                yield from emit("gum-entities", gum_article, row)
    if "re3d" in wanted:
        for raw in _re3d():
            yield from emit("re3d", _plain_article, raw)


# -- the records cache -------------------------------------------------------------------------

def extraction_fingerprint() -> str:
    """Return a hash of everything that decides an article's record (not the ledger)."""
    import hearsay
    from hearsay.config import load_settings

    pkg = Path(hearsay.__file__).parent
    settings = load_settings()
    h = hashlib.sha256(f"{settings.model}=={settings.model_version}\n".encode())
    files = [p for sub in ("extract", "nlp", "lexicon") for p in (pkg / sub).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += [pkg / "pipeline.py", pkg / "model.py", pkg / "record.py"]
    for path in sorted(files):
        h.update(f"{path.relative_to(pkg)}\n".encode())
        h.update(path.read_bytes())
    return h.hexdigest()


class RecordsCache:
    """hearsay/1 records on disk under ``root/<extraction fingerprint[:16]>/<key>.json``."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.folder = self.root / extraction_fingerprint()[:16]
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(article: Any) -> str:
        """Return the cache key of ``article``: its text and reference date decide its record."""
        published = article.published.isoformat() if article.published else ""
        return hashlib.sha256(f"{published}\n{article.text}".encode()).hexdigest()

    def get(self, article: Any) -> Any | None:
        """Return the cached Record of ``article`` (with this article's metadata), or None."""
        from hearsay.record import from_dict

        path = self.folder / f"{self.key(article)}.json"
        if not path.exists():
            return None
        record = from_dict(json.loads(path.read_text(encoding="utf-8")))
        return dataclasses.replace(record, article=article)

    def put(self, record: Any) -> None:
        """Write ``record`` to the cache (atomically)."""
        from hearsay.record import to_dict

        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.key(record.article)}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(to_dict(record), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    def runner(self, settings: Any, workers: int = 1, progress: bool = True) -> Any:
        """Return a ``runner`` for ``ingest_articles``: cached records, analysing only misses.

        The input is read in full first (the corpora here are ~1,000 articles), the misses are
        analysed with hearsay's own runner and cached, then one outcome per article is yielded
        in input order.
        """
        from hearsay.service import make_runner
        from hearsay.model import Record

        analyse = make_runner(settings, workers)

        def run(articles: Iterable[Any]) -> Iterator[Any]:
            todo = list(articles)
            found = {id(a): self.get(a) for a in todo}
            misses = [a for a in todo if found[id(a)] is None]
            self.hits += len(todo) - len(misses)
            self.misses += len(misses)
            fresh: dict[int, Any] = {}
            for i, (article, outcome) in enumerate(zip(misses, analyse(iter(misses)), strict=True)):
                if isinstance(outcome, Record):
                    self.put(outcome)
                fresh[id(article)] = outcome
                if progress and (i + 1) % 50 == 0:
                    print(f"  analysed {i + 1}/{len(misses)}", file=sys.stderr, flush=True)
            for article in todo:
                yield found[id(article)] or fresh[id(article)]

        return run


def ingest_cached(articles: Iterable[Any], db: str | Path, cache: RecordsCache, *, workers: int = 1) -> Any:
    """Store and link ``articles`` into the SQLite store ``db`` through ``ingest_articles``.

    Returns:
        the :class:`~hearsay.service.IngestSummary`.
    """
    from hearsay.config import load_settings
    from hearsay.service import ingest_articles
    from hearsay.store import open_store

    settings = load_settings({"db_url": f"sqlite:///{Path(db).resolve()}"})
    store = open_store(settings.db_url)
    try:
        return ingest_articles(articles, store, settings, runner=cache.runner(settings, workers))
    finally:
        store.close()


def main() -> None:
    skipped: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    words = 0
    for item in iter_open_corpus(skipped=skipped):
        counts[item.dataset] += 1
        words += len(item.article.text.split())
    for name in DATASET_NAMES:
        print(f"{name:30} {counts[name]:5d} articles  ({LICENCES[name]})  skipped {skipped[name]}")
    print(f"{'total':30} {sum(counts.values()):5d} articles, {words:,} words")


if __name__ == "__main__":
    main()
