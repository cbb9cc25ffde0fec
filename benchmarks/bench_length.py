"""Time and peak memory of ``hearsay analyze FILE --no-store --format json`` against length (issue 16).

The same mix of text at 5k, 20k, 80k and 320k words, then the pathological shapes of issues 16
and 19 (one huge quotation, one huge sentence, thousands of short-quote paragraphs, a run of
``"``, thousands of "... said ..., according to Tass" sentences, ``1 1 1 ...``, words without
punctuation). Each input is analysed in its own process (the real CLI), so the peak memory is
that process's maximum resident set (``os.wait4``), model load included.

The mix is the 40 Wikinews articles of ``../shared/datasets/wikinews-statements`` (CC BY 4.0,
16,500 words) read in a fixed order and repeated until the word count is reached, paragraphs
separated by blank lines: news prose with quotations, attributions, figures and dates, like a
long monitoring report. (The founding article is left out: its "About the Author" section makes
everything after it a biography zone.)

    nice .venv/bin/python benchmarks/bench_length.py [--sizes 5000,20000] [--shapes all|none|NAME,...]
    nice .venv/bin/python benchmarks/bench_length.py --functions according-to-tass-5k   # where extraction time goes
    nice .venv/bin/python benchmarks/bench_length.py --pdfs [PDF ...]   # real PDFs (default: tests/data/pdf/*.pdf)
    nice .venv/bin/python benchmarks/bench_length.py --read-pdf PDF [--keep-pages] [--no-columns]   # the PDF reader alone

Targets (issue 16): seconds per word at 320k within 1.3x of 5k; peak memory at 320k < 1.5 GB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HEARSAY = ROOT / ".venv" / "bin" / "hearsay"


def _sources() -> list[str]:
    folder = SHARED / "datasets" / "wikinews-statements"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [t.strip() for t in texts]


def mix(words: int) -> str:
    """The news mix, whole articles repeated in order, cut at a paragraph near ``words`` words."""
    paragraphs = [p.strip() for t in _sources() for p in t.split("\n") if p.strip()]
    out: list[str] = []
    count = i = 0
    while count < words:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        count += len(p.split())
        i += 1
    return "\n\n".join(out) + "\n"


def _words(n: int) -> list[str]:
    base = mix(2000).split()
    return [base[i % len(base)].strip('".,;:“”‘’()') or "word" for i in range(n)]


SHAPES: dict[str, Callable[[], str]] = {
    # issue 16's table
    "quotation-50k": lambda: 'The minister said: "' + " ".join(_words(50_000)) + '"\n',
    "sentence-50k": lambda: " ".join(_words(50_000)) + ".\n",
    "short-quotes-20k-paragraphs": lambda: "\n\n".join(
        f'"We will not give up number {i}," said Anna Petrova, a spokeswoman.' for i in range(20_000)
    ) + "\n",
    # issue 19 item 4
    "quote-chars-40kb": lambda: '"' * 40_000 + "\n",
    "according-to-tass-5k": lambda: " ".join(
        f"The minister said {i} soldiers were killed near Kursk, according to Tass." for i in range(5_000)
    ) + "\n",
    "ones-400kb": lambda: "1 " * 200_000 + "\n",
    # issue 16 round 3: figure linking and hedged phrases ("more than N", "between N and M") per sentence
    "hedged-figures-4k": lambda: " ".join(
        f"The minister said more than {i} soldiers and between {i} and {i + 5} tanks were lost near Kursk in {1 + i % 28} days."
        for i in range(4_000)
    ) + "\n",
    "no-punctuation-900kb": lambda: " ".join(_words(150_000)) + "\n",
}


def run(path: Path) -> tuple[float, float, float, int]:
    """Return (wall seconds, CPU seconds, peak RSS in MB, exit code) of one analyse run on ``path``.

    CPU time (user + system) is the figure to compare: the machine is shared, so wall time
    also measures the other processes."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(HEARSAY), "analyze", str(path), "--no-store", "--format", "json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
    proc.stderr and proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code:
        print(f"    exit {code}: {err.splitlines()[-1] if err else ''}", file=sys.stderr)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code


def compare_pdf(paths: list[str]) -> None:
    """Time pypdf, pdfminer.six and pdfplumber on the same PDFs and count glued "words" (25+
    characters: spaces lost between words). pypdf is not a hearsay dependency: ``pip install
    pypdf==7.1.1`` to run this."""
    import pdfplumber
    import pypdf
    from pdfminer.high_level import extract_text

    def with_pypdf(path: str) -> str:
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)

    def with_plumber(path: str, **kw: float) -> str:
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text(**kw) or "" for p in pdf.pages)

    readers = [("pypdf", with_pypdf), ("pdfminer.six", extract_text), ("pdfplumber", with_plumber),
               ("pdfplumber x_tol=1.5", lambda p: with_plumber(p, x_tolerance=1.5))]
    print(f"{'pdf':<40} {'reader':<22} {'cpu s':>6} {'words':>7} {'glued':>6}")
    for path in paths:
        for name, read in readers:
            start = time.process_time()
            words = read(path).split()
            cpu = time.process_time() - start
            print(f"{Path(path).name[:40]:<40} {name:<22} {cpu:>6.2f} {len(words):>7} {sum(len(w) > 25 for w in words):>6}", flush=True)


def function_costs(name: str) -> None:
    """Parse shape ``name`` (or ``mix-N``) once in this process, then print the CPU seconds of
    ``analyze_doc`` and of each extractor and figure-linking function (timing wrappers, not
    cProfile: cProfile ran out of memory on the 5,000-sentence shape)."""
    import collections
    import functools

    import hearsay.extract.events as events
    import hearsay.extract.figures as figures
    import hearsay.extract.figures.amounts as amounts
    import hearsay.extract.statements as statements
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article
    from hearsay.nlp.parser import parse_texts
    from hearsay.pipeline import analyze_doc

    cost: dict[str, float] = collections.defaultdict(float)

    def wrap(module: object, attr: str) -> None:
        fn = getattr(module, attr)

        @functools.wraps(fn)
        def timed(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                cost[attr] += time.process_time() - start

        setattr(module, attr, timed)

    for attr in ("_statement_for", "_as_of", "_reject_reason", "_with_units", "_with_phrases", "_ner_candidates"):
        if hasattr(amounts, attr):
            wrap(amounts, attr)
    for module, attr in ((figures, "find_figures"), (events, "find_events"), (statements, "find_statements")):
        wrap(module, attr)
    text = mix(int(name[4:])) if name.startswith("mix-") else SHAPES[name]()
    settings = load_settings({"store": False}, environ={})
    article = make_article(text=text, origin=name)
    doc = next(iter(parse_texts([article.text], settings)))
    start = time.process_time()
    record = analyze_doc(article, doc, settings)
    print(f"{name}: analyze_doc {time.process_time() - start:.2f} s CPU (parse excluded); "
          f"{len(record.figures)} figures, {len(record.statements)} statements, {len(record.events)} events")
    for attr, seconds in sorted(cost.items(), key=lambda x: -x[1]):
        print(f"  {seconds:8.2f}  {attr}")


def real_pdfs(paths: list[Path]) -> None:
    """One analyse run per real PDF (the real-document rows): pages, words of prose kept, CPU time
    per word and peak memory, to set beside the synthetic mix."""
    from hearsay.ingest.pdf import read_pdf

    print(f"{'pdf':<34} {'pages':>5} {'words':>7} {'wall s':>7} {'cpu s':>7} {'cpu us/word':>11} {'peak MB':>8}")
    for path in paths:
        found = read_pdf(path.read_bytes(), path.name)
        words = len(found.text.split())
        wall, cpu, peak, code = run(path.resolve())
        flag = "" if code == 0 else f"  (exit {code})"
        print(f"{path.name:<34} {found.page_count:>5} {words:>7} {wall:>7.1f} {cpu:>7.1f} {cpu / max(words, 1) * 1e6:>11.0f} {peak:>8.0f}{flag}",
              flush=True)


def read_only(path: Path, keep_pages: bool, no_columns: bool) -> None:
    """CPU time and this process's peak memory of ``read_pdf`` alone on one PDF. ``keep_pages``:
    pdfplumber keeps every page's layout (the reader before issue 16 round 4 closed pages);
    ``no_columns``: every page read as one column (before round 4's column reading)."""
    import resource

    import hearsay.ingest.pdf as pdf

    if keep_pages:
        import pdfplumber.page

        pdfplumber.page.Page.close = lambda self: None  # type: ignore[method-assign]
    if no_columns:
        pdf._gutters = lambda words, width: []  # type: ignore[assignment]
    data = path.read_bytes()
    start = time.process_time()
    found = pdf.read_pdf(data, path.name)
    cpu = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{path.name}: read_pdf {cpu:.2f} CPU s, {found.page_count} pages, {len(found.text.split())} words, peak {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare-pdf", nargs="+", metavar="PDF", help="only compare the PDF libraries on these files")
    parser.add_argument("--sizes", default="5000,20000,80000,320000")
    parser.add_argument("--shapes", default="all", help="'all', 'none' or names: " + ",".join(SHAPES))
    parser.add_argument("--keep", type=Path, help="write the inputs into this folder and keep them")
    parser.add_argument("--functions", metavar="SHAPE", help="only time analyze_doc's functions on one shape (or mix-N), in this process")
    parser.add_argument("--pdfs", nargs="*", type=Path, metavar="PDF",
                        help="only time real PDFs, one process each (no PDF named: the test fixtures, tests/data/pdf/*.pdf)")
    parser.add_argument("--read-pdf", type=Path, metavar="PDF", help="only time the PDF reader on one PDF, in this process")
    parser.add_argument("--keep-pages", action="store_true", help="with --read-pdf: do not close pages (the reader before)")
    parser.add_argument("--no-columns", action="store_true", help="with --read-pdf: read every page as one column")
    args = parser.parse_args()
    if args.read_pdf:
        read_only(args.read_pdf, args.keep_pages, args.no_columns)
        return
    if args.pdfs is not None:
        real_pdfs(args.pdfs or sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf")))
        return
    if args.functions:
        function_costs(args.functions)
        return
    if args.compare_pdf:
        compare_pdf(args.compare_pdf)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    shapes = list(SHAPES) if args.shapes == "all" else [] if args.shapes == "none" else args.shapes.split(",")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-length-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'input':<30} {'words':>8} {'chars':>9} {'wall s':>8} {'cpu s':>8} {'cpu us/word':>11} {'peak MB':>8}")
    per_word: dict[int, float] = {}
    peaks: dict[int, float] = {}
    jobs: list[tuple[str, str, int | None]] = [(f"mix-{n}", mix(n), n) for n in sizes]
    jobs += [(name, SHAPES[name](), None) for name in shapes]
    for name, text, n in jobs:
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        words = len(text.split())
        wall, cpu, peak, code = run(path)
        if n is not None:
            per_word[n], peaks[n] = cpu / words, peak
        flag = "" if code == 0 else f"  (exit {code})"
        print(f"{name:<30} {words:>8} {len(text):>9} {wall:>8.1f} {cpu:>8.1f} {cpu / max(words, 1) * 1e6:>11.0f} {peak:>8.0f}{flag}", flush=True)
        if args.keep is None:
            path.unlink()
    if len(per_word) > 1:
        lo, hi = min(per_word), max(per_word)
        print(f"CPU time per word {hi} / {lo}: {per_word[hi] / per_word[lo]:.2f}x (target <= 1.3x); "
              f"peak at {hi}: {peaks[hi]:.0f} MB (target < 1536 MB)")


if __name__ == "__main__":
    main()
