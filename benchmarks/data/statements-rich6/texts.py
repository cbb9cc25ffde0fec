"""Write the statements-rich6 article texts from their sources (issue 14, round 14).

Usage (from the project root): python3 benchmarks/data/statements-rich6/texts.py

Takes select.py's picks and stores each as ``<doc>.txt``: the ECB+ text unchanged, the re3d text
with format marks dropped, no-break spaces and runs of spaces made one space, each line's
edge spaces and its blank lines dropped (one paragraph a line, as ingest's
normalisation would leave it, so that `--flatten` makes no double space), plus a final newline.
Picks whose feed is ``flat`` are stored with their line breaks made spaces. re3d ids
("re3d:<folder>/<_id>") become file names ``re3d_<folder>_<_id>``.
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("rich6_select", HERE / "select.py")
assert _SPEC and _SPEC.loader
_SEL = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SEL)


def file_id(doc: str) -> str:
    """Return the file stem of a pick id."""
    return "re3d_" + doc[len("re3d:"):].replace("/", "_", 1) if doc.startswith("re3d:") else doc


def main(here: Path = HERE, sel: object = _SEL) -> int:
    """Write ``sel``'s picks into ``here`` (rich7's texts.py calls this with its own picks)."""
    texts = {doc: text for doc, _, text in sel._R4.re3d_docs()}  # type: ignore[attr-defined]
    texts.update({doc: text for _, doc, _, text in sel._R4._RICH.candidates()})  # type: ignore[attr-defined]
    for doc, _, _, _, feed in sel.picks():  # type: ignore[attr-defined]
        text = texts[doc]
        if doc.startswith("re3d:"):
            # as ingest normalises: format marks (U+200E) dropped, no-break spaces made spaces
            text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf").replace("\xa0", " ")
            text = "\n".join(re.sub(r" {2,}", " ", ln.strip()) for ln in text.splitlines() if ln.strip())
        text = text.rstrip("\n")
        if feed == "flat":
            text = text.replace("\n", " ")
        (here / f"{file_id(doc)}.txt").write_text(text + "\n", encoding="utf-8")
        print(file_id(doc), feed, len(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
