"""Every hostile input shape of issue 19 (and the pathological shapes of issue 16), each ingested
in its own process under the per-document budgets: each must finish within the budget or fail
alone with its reason, and a good article ingested after it in the same run must be stored.

    nice .venv/bin/python benchmarks/hostile_budget.py                  # all shapes, 60 s / 1500 MB
    nice .venv/bin/python benchmarks/hostile_budget.py --only quotes-40k --seconds 30

For each shape it prints the exit code, wall time and the peak resident memory of the largest
process of the run (the ingest process or its analysing child, from ``wait4``), what was stored
and the failure reasons. A shape "passes" when the whole run stays under ``--seconds`` per
document plus a fixed allowance for model loads, peak memory stays under ``--memory-mb`` (plus
the same checks' polling slack), the good article is stored, and no ``internal error`` or
traceback appears. Results go to docs/RELIABILITY.md (issue 19 section).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEARSAY = Path(sys.executable).with_name("hearsay")
GOOD = "Finance ministers met in Brussels on Monday and agreed the budget, officials said.\n"
ATTRIBUTED = "Ivan Petrov said on Monday that the talks had failed, according to Tass.\n"


def _text(path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    return [str(path)]


def shape_quotes(d: Path) -> list[str]:
    return _text(d / "quotes.txt", '"' * 40_000)


def shape_attributed(n: int) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        return _text(d / f"attributed-{n}.txt", "".join(f"{ATTRIBUTED[:-1]} ({i})\n" for i in range(n)))
    return make


def shape_paragraphs(d: Path) -> list[str]:
    body = "".join(f"<p>Paragraph {i}: the minister said the port would reopen.</p>\n" for i in range(20_000))
    return _text(d / "paras.html", f"<html><head><title>Port</title></head><body><article>{body}</article></body></html>")


def shape_ones(d: Path) -> list[str]:
    return _text(d / "ones.txt", "1 " * 200_000)


def shape_no_punct(d: Path) -> list[str]:
    words = ("minister port talks budget city river north south officials agreed week".split())
    return _text(d / "nopunct.txt", " ".join(words[i % len(words)] for i in range(150_000)))


def shape_real_news(mb: float) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        base = (ROOT.parent / "shared" / "golden" / "kursk-dprk.txt").read_text(encoding="utf-8")
        extra = sorted((ROOT.parent / "shared" / "datasets" / "wikinews-statements").rglob("*.txt"))
        parts = [base] + [p.read_text(encoding="utf-8", errors="replace") for p in extra[:200]]
        chunk = "\n\n".join(parts)
        reps = max(1, int(mb * 1e6 // max(1, len(chunk.encode()))) + 1)
        text = ("\n\n".join([chunk] * reps)).encode()[: int(mb * 1e6)].decode("utf-8", "ignore")
        return _text(d / f"news-{mb:g}mb.txt", text)
    return make


def shape_huge_quote(d: Path) -> list[str]:  # issue 16: one huge quotation
    return _text(d / "huge-quote.txt", 'The minister said: "' + "the port will reopen next week and " * 12_000 + 'then we go."\n')


def shape_huge_sentence(d: Path) -> list[str]:  # issue 16: one huge sentence
    return _text(d / "huge-sentence.txt", "The minister said that " + "the port and the river and the city " * 10_000 + "reopened.\n")


def shape_short_quotes(d: Path) -> list[str]:  # issue 16: thousands of paragraphs of short quotes
    return _text(d / "short-quotes.txt", "".join(f'"We will rebuild road {i}," the mayor said.\n\n' for i in range(5_000)))


def shape_gzip_nul(d: Path) -> list[str]:
    p = d / "nul.jsonl.gz"
    with gzip.open(p, "wb", compresslevel=9) as f:
        for _ in range(4096):
            f.write(b"\0" * (1 << 20))
    return [str(p)]


def shape_gzip_newlines(d: Path) -> list[str]:
    p = d / "newlines.jsonl.gz"
    with gzip.open(p, "wb", compresslevel=9) as f:
        for _ in range(256):
            f.write(b"\n" * (1 << 20))
    return [str(p)]


def _sparse(name: str, size: int) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        p = d / name
        with open(p, "wb") as fh:
            fh.truncate(size)
        return [str(p)]
    return make


def shape_special(d: Path) -> list[str]:
    drop = d / "drop"
    drop.mkdir()
    os.mkfifo(drop / "fifo.txt")
    (drop / "zero.txt").symlink_to("/dev/zero")
    (drop / "leak.txt").symlink_to("/etc/passwd")
    (drop / "evil\nfailed: forged.txt").write_bytes(b"\0\1\2")
    return [str(drop), "/dev/zero"]


def shape_bad_jsonl(d: Path) -> list[str]:
    lines = ['{"text": "a", "id": ' + "9" * 4301 + "}", '{"text": "Bad \\ud800 here, Bob said on Monday."}',
             '{"text": "x", "id": "' + "i" * 300 + '"}', '{"text": "y", "language": "' + "l" * 20 + '"}',
             '{"text": "Ministers met \\u0000 on Monday.", "title": "NUL\\u0000title"}']
    return _text(d / "bad.jsonl", "\n".join(lines) + "\n")


def shape_feed_year0(d: Path) -> list[str]:
    return _text(d / "year0.rss", """<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
<item><title>A</title><pubDate>0000-01-01T00:00:00Z</pubDate><description>Ministers met on Monday, officials said.</description></item>
<item><title>B</title><description>The port reopened on Tuesday, the mayor said.</description></item></channel></rss>""")


def shape_warc_bad(d: Path) -> list[str]:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = d / "bad.warc"
    page = "<html><body><article><p>Page {i}: the minister said on Tuesday that the talks in Geneva would " \
           "continue next week, according to officials who spoke to reporters.</p></article></body></html>"
    with open(p, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for i, (ctype, when) in enumerate([("text/html", "2024-03-05T10:00:00Z"), ("text/html", "0000-01-01T00:00:00Z"),
                                           ("text/html; charset=punycode", "2024-13-01T00:00:00Z"),
                                           ("text/html", "2024-03-05T10:00:00Z")]):
            payload = page.format(i=i).encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://x.example/{i}", "response", payload=io.BytesIO(payload),
                                                length=len(payload), http_headers=http,
                                                warc_headers_dict={"WARC-Date": when}))
    data = p.read_bytes()
    (d / "cut.warc").write_bytes(data[: len(data) * 2 // 3])
    return [str(p), str(d / "cut.warc")]


SHAPES: dict[str, Callable[[Path], list[str]]] = {
    "quotes-40k": shape_quotes,
    "attributed-5000": shape_attributed(5_000),
    "attributed-10000": shape_attributed(10_000),
    "html-20k-paragraphs": shape_paragraphs,
    "ones-400k": shape_ones,
    "no-punctuation-900k": shape_no_punct,
    "real-news-10.7mb": shape_real_news(10.7),
    "huge-quotation": shape_huge_quote,
    "huge-sentence": shape_huge_sentence,
    "5000-short-quotes": shape_short_quotes,
    "gzip-4gb-nul": shape_gzip_nul,
    "gzip-256mb-newlines": shape_gzip_newlines,
    "sparse-6g-rss": _sparse("big.rss", 6 << 30),
    "sparse-6g-jsonl": _sparse("big.jsonl", 6 << 30),
    "special-files": shape_special,
    "bad-jsonl-lines": shape_bad_jsonl,
    "feed-year-0": shape_feed_year0,
    "warc-bad-records-and-cut": shape_warc_bad,
}


def run_shape(name: str, make: Callable[[Path], list[str]], seconds: float, memory_mb: int, hard_timeout: float) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"hostile-{name}-"))
    try:
        inputs = make(work)
        good = work / "zz-good.txt"
        good.write_text(GOOD, encoding="utf-8")
        db = work / "h.db"
        env = {**os.environ, "HEARSAY_DOC_SECONDS": str(seconds), "HEARSAY_DOC_MEMORY_MB": str(memory_mb)}
        cmd = [str(HEARSAY), "ingest", "-q", "--db", f"sqlite:///{db}", *inputs, str(good)]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=work)
        killed = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > hard_timeout:
                proc.kill()
                killed = True
            time.sleep(0.1)
        wall = time.monotonic() - start
        out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        code = os.waitstatus_to_exitcode(status)
        stored = 0
        if db.exists():
            with sqlite3.connect(db) as conn:
                stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                good_in = conn.execute("SELECT count(*) FROM documents WHERE text LIKE 'Finance ministers met%'").fetchone()[0]
        else:
            good_in = 0
        peak = usage.ru_maxrss * 1024 / 1e6  # KiB -> MB (largest single process of the run, children included)
        reasons = [line.strip() for line in err.splitlines() if line.strip()]
        ok = (not killed and good_in == 1 and peak <= memory_mb * 1.1 and "internal error" not in err
              and "Traceback" not in err)
        return {"shape": name, "exit": code, "seconds": round(wall, 1), "peak_mb": round(peak), "stored": stored,
                "good_stored": bool(good_in), "killed": killed, "ok": ok, "summary": out.strip(),
                "reasons": [r[:240] for r in reasons[:8]]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="per-document wall-clock budget")
    parser.add_argument("--memory-mb", type=int, default=1500, help="per-document memory budget (analysing process)")
    parser.add_argument("--only", action="append", help="run only this shape (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    names = args.only or list(SHAPES)
    results = []
    for name in names:
        # a run may load the model twice (once more after a budget kill), each load ~10-20 s here
        res = run_shape(name, SHAPES[name], args.seconds, args.memory_mb, hard_timeout=args.seconds * 3 + 120)
        results.append(res)
        print(json.dumps(res, ensure_ascii=False), flush=True)
    print(f"\n| shape | exit | s | peak MB | stored | good stored | outcome |\n|---|---|---|---|---|---|---|")
    for r in results:
        outcome = "; ".join(x.removeprefix("failed: ") for x in r["reasons"][:2]) or r["summary"]
        print(f"| {r['shape']} | {r['exit']} | {r['seconds']} | {r['peak_mb']} | {r['stored']} | {r['good_stored']} | "
              f"{'ok' if r['ok'] else 'FAIL'}: {outcome[:160]} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    sys.exit(0 if all(r["ok"] for r in results) else 1)


if __name__ == "__main__":
    main()
