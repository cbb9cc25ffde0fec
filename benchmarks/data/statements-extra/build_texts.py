"""Rebuild the statements-extra texts from MEANTIME's tokens (README.md, "Texts").

Usage (from the project root):
    python3 benchmarks/data/statements-extra/build_texts.py [--check] [--folder DIR]

Reads ../shared/datasets/meantime-en/intra-doc_annotation/<file> for each row of articles.tsv and
writes <doc_id>.txt beside this script, or in ``--folder`` (statements-extra2 is built the same
way) (``--check``: only compare with the files there). One
line per MEANTIME sentence (line 1 the headline, line 2 the dateline), spacing restored by the
rules of the README; the words are MEANTIME's.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANTIME = HERE.parents[2].parent / "shared" / "datasets" / "meantime-en" / "intra-doc_annotation"
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'", "”"}
NO_SPACE_AFTER = {"(", "[", "“", "$", "US$", "£", "€", "-"}


def detok(tokens: list[str]) -> str:
    out = ""
    prev = None
    open_straight = False
    for n, raw in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else ""
        if raw == "-" and prev is not None and prev.isalpha() and nxt.isalpha():
            out += "-"  # a hyphenated word the tokeniser split ("Wal - Mart")
            prev = "-"
            continue
        if raw == "#" and nxt[:1].isdigit():
            raw = "£"  # the tokeniser wrote the pound sign as "#"
        tok = {"``": "“", "''": "”", "--": "—", "-LRB-": "(", "-RRB-": ")"}.get(raw, raw)
        if tok == '"':
            tok = "”" if open_straight else "“"
            open_straight = not open_straight
        space = prev is not None and tok not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER
        out += (" " if space else "") + tok
        prev = tok
    return out


def build(path: Path) -> str:
    root = ET.parse(path).getroot()
    sentences: dict[str, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(tok.get("sentence") or "", []).append(tok.text or "")
    lines = [detok(toks) for toks in sentences.values()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--folder", type=Path, default=HERE, help="the set's folder (holds articles.tsv)")
    args = ap.parse_args(argv)
    folder = args.folder
    if not (folder / "articles.tsv").is_file():
        print(f"error: no articles.tsv in {folder}", file=sys.stderr)
        return 2
    rows = [ln.split("\t") for ln in (folder / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    bad = 0
    for row in rows:
        doc_id, meantime_file = row[0], row[7]
        text = build(MEANTIME / meantime_file)
        target = folder / f"{doc_id}.txt"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{doc_id}: differs from the MEANTIME tokens")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
