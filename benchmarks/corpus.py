"""A reproducible benchmark corpus of N news articles built from /work/shared/datasets.

Sources, in this fixed order (each sorted by file name, so the corpus is the same on every run):

1. ``wikinews-statements/*.txt``: the 40 Wikinews articles as plain text, with their publication dates;
2. ``meantime-en``: the other MEANTIME Wikinews articles (those not already in 1), rebuilt from their
   tokens (one sentence a line, light detokenisation), dated by their CREATION_TIME TIMEX3;
3. ``re3d/*/documents.json``: 90 press releases and Wikipedia pages on the Syria/Iraq conflict;
4. ``article-extraction-benchmark/html/*.html.gz``: 181 saved news pages, read through hearsay's
   own HTML reader (:func:`hearsay.ingest.readers.make_article` with ``html=``); pages it rejects
   (empty after extraction) are counted and left out.

There are fewer unique articles than the default N = 500, so the list is cycled and
:func:`corpus_info` says so. Cycled copies get one extra closing line ("(benchmark copy 2)") so
every text has its own SHA-256: the store keeps one copy per distinct text and would otherwise
skip the repeats, which would make ``--store`` timings look better than they are.

The unique articles are cached in ``benchmarks/.cache/articles.jsonl`` (git-ignored) with a
fingerprint of the source files; the cache is rebuilt when the sources or the reader change.

Run ``python benchmarks/corpus.py [N]`` to build the cache and print the corpus summary.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
CACHE = Path(__file__).parent / ".cache"
CACHE_FILE = CACHE / "articles.jsonl"
CACHE_VERSION = 2  # bump when the way texts are built changes


@dataclass(frozen=True)
class CorpusInfo:
    """What :func:`load_corpus` returned: sizes, sources, cycling and a fingerprint."""

    n: int
    unique: int
    cycled: bool
    words: int
    by_source: dict[str, int]
    skipped: dict[str, int]
    fingerprint: str

    def describe(self) -> str:
        """Return a short human-readable summary."""
        src = ", ".join(f"{k} {v}" for k, v in self.by_source.items())
        skip = ", ".join(f"{k} {v}" for k, v in self.skipped.items() if v) or "none"
        cyc = f"cycled from {self.unique} unique articles" if self.cycled else "no cycling"
        return (
            f"{self.n} articles, {self.words:,} words ({self.words / max(self.n, 1):.0f} words/article), "
            f"{cyc}; unique by source: {src}; skipped: {skip}; corpus sha256 {self.fingerprint[:12]}"
        )


def count_words(text: str) -> int:
    """Return the number of whitespace-separated words of ``text`` (the words/s unit)."""
    return len(text.split())


# -- reading the sources --------------------------------------------------------------------------

_DETOK = [
    (re.compile(r" ([,.;:!?%)\]}])"), r"\1"),
    (re.compile(r"([(\[{$]) "), r"\1"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
    (re.compile(r"`` ?"), '"'),
    (re.compile(r" ?''"), '"'),
]


def _detokenize(line: str) -> str:
    for pattern, repl in _DETOK:
        line = pattern.sub(repl, line)
    return line


def _wikinews() -> Iterator[dict]:
    folder = DATASETS / "wikinews-statements"
    rows = {}
    with open(folder / "articles.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            rows[row["doc_id"]] = row
    for path in sorted(folder.glob("*.txt")):
        if path.stem not in rows:  # LICENSE.txt and other non-articles
            continue
        row = rows[path.stem]
        yield {"text": path.read_text(encoding="utf-8"), "id": f"wikinews-{path.stem}", "url": row.get("url"),
               "published": row.get("published"), "source": "wikinews-statements", "meantime": row.get("meantime_file")}


def _meantime(skip: set[str]) -> Iterator[dict]:
    root = DATASETS / "meantime-en" / "intra-doc_annotation"
    for path in sorted(root.glob("corpus_*/*.xml")):
        rel = f"{path.parent.name}/{path.name}"
        if rel in skip:
            continue
        tree = ET.parse(path)
        sentences: dict[int, list[str]] = {}
        for tok in tree.getroot().iter("token"):
            sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
        text = "\n".join(_detokenize(" ".join(toks)) for _, toks in sorted(sentences.items()))
        published = None
        for timex in tree.getroot().iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME" and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.get("value", "")):
                published = timex.get("value")
        yield {"text": text, "id": f"meantime-{path.stem.split('_')[0]}", "url": tree.getroot().get("url"),
               "published": published, "source": "meantime-en"}


def _re3d() -> Iterator[dict]:
    for path in sorted((DATASETS / "re3d").glob("*/documents.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                title = (obj.get("title") or "").strip()
                text = f"{title}\n{obj['text']}" if title else obj["text"]
                yield {"text": text, "id": f"re3d-{obj['_id'][:12]}", "url": obj.get("sourceUrl"), "published": None,
                       "source": f"re3d/{path.parent.name}"}


def _aeb(skipped: dict[str, int]) -> Iterator[dict]:
    from hearsay.errors import HearsayError
    from hearsay.ingest.readers import make_article

    folder = DATASETS / "article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((folder / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        try:
            art = make_article(html=html, origin=str(path), meta={"url": truth.get(key, {}).get("url")})
        except HearsayError:
            skipped["article-extraction-benchmark"] = skipped.get("article-extraction-benchmark", 0) + 1
            continue
        yield {"text": art.text, "id": f"aeb-{key[:12]}", "url": art.url, "title": art.title,
               "published": art.published.isoformat() if art.published else None, "source": "article-extraction-benchmark",
               "normalized": True}


def _source_fingerprint() -> str:
    h = hashlib.sha256(f"v{CACHE_VERSION}".encode())
    for sub in ("wikinews-statements", "meantime-en", "re3d", "article-extraction-benchmark"):
        for path in sorted((DATASETS / sub).rglob("*")):
            if path.is_file():
                h.update(f"{path.relative_to(DATASETS)}:{path.stat().st_size}\n".encode())
    for mod in ("ingest/readers.py", "ingest/html.py", "ingest/normalize.py"):
        import hearsay

        h.update(Path(hearsay.__file__).with_name("ingest").parent.joinpath(mod).read_bytes())
    return h.hexdigest()


def build_unique() -> tuple[list[dict], dict[str, int]]:
    """Return the unique source articles (as plain dicts with normalised text) and skip counts."""
    from hearsay.errors import HearsayError
    from hearsay.ingest.readers import make_article

    skipped: dict[str, int] = {}
    wikinews = list(_wikinews())
    covered = {w.pop("meantime") for w in wikinews} - {None, ""}
    rows = []
    for raw in [*wikinews, *_meantime(covered), *_re3d(), *_aeb(skipped)]:
        if raw.pop("normalized", False):
            rows.append(raw)
            continue
        try:
            art = make_article(text=raw["text"], origin=raw["id"], meta={k: raw[k] for k in ("id", "url", "published") if raw.get(k)})
        except HearsayError:
            skipped[raw["source"]] = skipped.get(raw["source"], 0) + 1
            continue
        rows.append({**raw, "text": art.text, "title": art.title})
    return rows, skipped


def _load_unique() -> tuple[list[dict], dict[str, int]]:
    fingerprint = _source_fingerprint()
    if CACHE_FILE.exists():
        with open(CACHE_FILE, encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            if head.get("fingerprint") == fingerprint:
                return [json.loads(line) for line in fh], head["skipped"]
    rows, skipped = build_unique()
    CACHE.mkdir(exist_ok=True)
    tmp = CACHE_FILE.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"fingerprint": fingerprint, "skipped": skipped}) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(CACHE_FILE)
    return rows, skipped


def _article(row: dict, copy: int):  # type: ignore[no-untyped-def]
    from hearsay.model import Article

    text = row["text"] if copy == 0 else f"{row['text']}\n(benchmark copy {copy + 1})"
    return Article(
        text=text,
        id=row["id"] if copy == 0 else f"{row['id']}-copy{copy + 1}",
        title=row.get("title"),
        url=row.get("url"),
        source=row["source"],
        published=date.fromisoformat(row["published"]) if row.get("published") else None,
        origin=f"benchmark:{row['id']}",
    )


def _rows(exclude: tuple[str, ...] = ()) -> tuple[list[dict], dict[str, int]]:
    rows, skipped = _load_unique()
    if exclude:
        kept = [r for r in rows if r["id"] not in exclude]
        skipped = {**skipped, "excluded by --exclude": len(rows) - len(kept)}
        rows = kept
    return rows, skipped


def load_corpus(n: int = 500, exclude: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """Return ``(articles, info)``: ``n`` hearsay Articles in a fixed order and a :class:`CorpusInfo`.

    ``exclude`` drops source articles by id (benchmarks pass ``--exclude`` to measure around a
    known pathological article; the figures say so).
    """
    rows, skipped = _rows(exclude)
    articles = [_article(rows[i % len(rows)], i // len(rows)) for i in range(n)]
    by_source: dict[str, int] = {}
    for row in rows:
        key = row["source"].split("/")[0]
        by_source[key] = by_source.get(key, 0) + 1
    h = hashlib.sha256()
    for a in articles:
        h.update(a.sha256.encode())
    info = CorpusInfo(n=n, unique=len(rows), cycled=n > len(rows), words=sum(count_words(a.text) for a in articles),
                      by_source=by_source, skipped=skipped, fingerprint=h.hexdigest())
    return articles, info


def iter_corpus(n: int, repeat: int = 1, exclude: tuple[str, ...] = ()) -> Iterator:  # type: ignore[type-arg]
    """Yield ``n * repeat`` articles lazily (cycled, each text unique), for streaming benchmarks."""
    rows, _ = _rows(exclude)
    for i in range(n * repeat):
        yield _article(rows[i % len(rows)], i // len(rows))


# -- what every benchmark prints with its figures --------------------------------------------------

def run_header(command: str) -> str:
    """Return the lines that make a figure reproducible: command, commit, machine, date, load."""
    import os
    import platform
    import subprocess
    from datetime import datetime, timezone

    root = Path(__file__).parent.parent
    try:
        commit = subprocess.run(["git", "rev-parse", "--short=10", "HEAD"], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=root, capture_output=True, text=True).stdout.strip()
        commit += " (+ uncommitted changes in src/)" if dirty else ""
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return "\n".join([
        f"command : {command}",
        f"commit  : {commit}",
        f"machine : {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}",
        f"date    : {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"load avg: {load} (1/5/15 min) at start; other processes share these cores",
    ])


def load_line() -> str:
    """Return the load average now (printed at the end of a run to show contention)."""
    import os

    return "load avg at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    _, summary = load_corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
    print(summary.describe())
