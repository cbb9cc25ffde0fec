"""Issue 16: statements and figures on the hand-annotated pages of the real PDF fixtures.

Each ``tests/data/pdf/<name>.page<N>.json`` is a hand reading of page N of ``<name>.pdf``
(written before hearsay was run on it; origin and licence in tests/data/pdf/LICENCE.md). For each,
this analyses the whole PDF (real reader, real pipeline) and scores the items cited on page N
with the matching rules of tests/unit/test_pdf_annotated_pages.py: a statement by its speaker
(exactly), cue and content (the annotated content a substring of hearsay's); a figure by a
substring of its text and its number (value or a bound), as many times as annotated; precision
counts every item hearsay cites on the page ("either" items count as right).

    nice .venv/bin/python benchmarks/eval_pdf_pages.py [--no-columns]

``--no-columns`` reads every page as one column (the reader before issue 16 round 4).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "pdf"


def _numbers(figure: dict[str, Any]) -> set[float]:
    return {figure[k] for k in ("value", "low", "high") if figure.get(k) is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-columns", action="store_true", help="read every page as one column")
    args = parser.parse_args()

    import hearsay.ingest.pdf as pdf
    from hearsay.config import load_settings
    from hearsay.pipeline import analyze
    from hearsay.record import to_dict

    if args.no_columns:
        pdf._gutters = lambda words, width: []  # type: ignore[assignment]
    settings = load_settings({"store": False}, environ={})
    for path in sorted(DATA.glob("*.page*.json")):
        a = json.loads(path.read_text(encoding="utf-8"))
        record = to_dict(analyze(pdf.pdf_article((DATA / a["pdf"]).read_bytes(), a["pdf"]), settings))
        page = a["page"]
        statements = [s for s in record["statements"] if s.get("page") == page]
        figures = [f for f in record["figures"] if f.get("page") == page]
        st_found = sum(any(s.get("speaker_text") == w["speaker"] and s.get("cue") == w["cue"] and w["content"] in s["content"]
                           for s in statements) for w in a["statements"])
        st_right = sum(any(w["content"] in s["content"] for w in a["statements"]) for s in statements)
        fig_found = sum(min(w["count"], sum(w["text"] in f["text"] and float(w["number"]) in _numbers(f) for f in figures))
                        for w in a["figures"])
        known = a["figures"] + a.get("either", [])
        fig_right = sum(any(k["text"] in f["text"] for k in known) for f in figures)
        print(f"{a['pdf']} page {page}: statements recall {st_found}/{len(a['statements'])}, precision {st_right}/{len(statements)}; "
              f"figures recall {fig_found}/{sum(w['count'] for w in a['figures'])}, precision {fig_right}/{len(figures)}; "
              f"whole PDF {len(record['statements'])} statements, {len(record['figures'])} figures")


if __name__ == "__main__":
    main()
