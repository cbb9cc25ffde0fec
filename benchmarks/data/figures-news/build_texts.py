"""Rebuild the figures-news texts from their sources (README.md, "Source and licence").

Usage (from the project root):
    python3 benchmarks/data/figures-news/build_texts.py [--check]

For each row of articles.tsv: an ECB+ article's text is copied unchanged from
../shared/datasets/ecbplus-entities/dev.jsonl.gz (corpus tokenisation kept); a MEANTIME article is
rebuilt from its tokens by statements-extra's ``build`` (one line per sentence, spacing restored); a GUM
document (round 14) is rebuilt from its tokens by ``benchmarks/gum_entities.py`` (``gum_row``).
Writes <doc_id>.txt beside this script (``--check``: only compare with the files there).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parents[2].parent / "shared" / "datasets"


def _meantime_builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("statements_extra_build", HERE.parent / "statements-extra" / "build_texts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build


# Which quotation handling of ``benchmarks/gum_entities.py`` each GUM row's stored text was built with: the rows of rounds
# 14 and 15 were built before 2a8c975 made a straight '"' after a stop open the next line when it opens a quotation;
# every later row with the handling of its round (the current one). The stored texts and gold are never rebuilt in
# another handling, so ``--check`` compares each row with the handling it was built with (figures round 21).
UNPAIRED_QUOTES = frozenset({"gum_news_ie9", "gum_news_warhol", "gum_news_election", "gum_news_warming", "gum_interview_herrick",
                             "gum_interview_stardust", "gum_news_lanterns", "gum_news_taxes", "gum_news_korea"})


def _gum_row(path: Path, paired_quotes: bool = True) -> dict[str, object]:
    spec = importlib.util.spec_from_file_location("gum_entities", HERE.parents[1] / "gum_entities.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.gum_row(path, paired_quotes)  # type: ignore[no-any-return]


def texts() -> dict[str, str]:
    """Return doc_id -> text for every row of articles.tsv."""
    rows = [ln.split("\t") for ln in (HERE / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    ecb = {}
    with gzip.open(DATASETS / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            ecb[row["id"]] = row["text"]
    build = _meantime_builder()
    out = {}
    for row in rows:
        doc_id, corpus, source = row[0], row[2], row[4]
        if corpus == "ecbplus":
            text = ecb[source]
            if text.startswith("http"):  # ECB+ 'ecbplus' articles open with their URL line (round 5)
                text = text.split("\n", 1)[1] if "\n" in text else ""
            out[doc_id] = text.rstrip("\n") + "\n"
        elif corpus == "gum":  # round 14: GUM's Wikinews documents, rebuilt as the identity benchmark rebuilds them
            row_text = _gum_row(HERE.parent / "gum-entities" / source, doc_id not in UNPAIRED_QUOTES)["text"]
            out[doc_id] = str(row_text).rstrip("\n") + "\n"
        else:
            out[doc_id] = build(DATASETS / "meantime-en" / "intra-doc_annotation" / source)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    bad = 0
    for doc_id, text in texts().items():
        path = HERE / f"{doc_id}.txt"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"differs: {path.name}", file=sys.stderr)
                bad += 1
        else:
            path.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
