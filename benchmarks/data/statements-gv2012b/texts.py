"""Write the texts of statements-gv2012b from the globalvoices-2012b corpus (issue 14, session 24).

Usage (from the project root): python3 benchmarks/data/statements-gv2012b/texts.py

Every post of ``benchmarks/data/globalvoices-2012b/`` (Global Voices, May 2012, CC BY 3.0; taken by that
folder's README rule 2, which knows nothing of statements): the next run of posts after statements-gv2012's,
to widen the dev data of a source no rule was drawn from. The first 20 taken posts are **dev**, the rest
**test** (never read for rules, scored once at the end of a session). The texts are made exactly as
statements-gv2012's (``../statements-gv2012/texts.py``: the title, then the paragraphs one a line, invisible
marks dropped and runs of spaces made one).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "globalvoices-2012b"

_spec = importlib.util.spec_from_file_location("gv2012_texts", HERE.parent / "statements-gv2012" / "texts.py")
assert _spec is not None and _spec.loader is not None
_gv2012 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gv2012)
clean = _gv2012.clean


def split_of(doc: str) -> str:
    """``dev`` or ``test``: the corpus's split of the post."""
    return str(_gv2012.split_of(doc, CORPUS))


def main() -> None:
    _gv2012.main(HERE, CORPUS)


if __name__ == "__main__":
    main()
