"""Gold of statements-gv2012b: every post of the globalvoices-2012b corpus (issue 14, session 24).

Usage (from the project root): python3 benchmarks/data/statements-gv2012b/annotations.py [--check]

Annotators wrote the statements of their posts apart, by reading the texts and never hearsay's output,
each in an ``annotations_<part>.py`` of this folder (``PARTS``), in statements-gv2012's format (a dict
``A``: per post its source, publication date, entities ``{name: (type, aliases)}``, statements ``(speaker,
kind, type, cue, content[, note[, via]])`` and neutral spans). Rules: docs/annotation.md and
statements-gv2012's README (translated quotations). This writes ``<doc>.gold.json`` and ``articles.tsv``;
``--check`` only checks that every content, alias and neutral span is in its text.
"""
from __future__ import annotations

import importlib.util
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import check_annotations, load_parts, write_split_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

PARTS = ("annotations_a.py", "annotations_b.py", "annotations_c.py", "annotations_d.py", "annotations_e.py")


def _module(name: str, path: pathlib.Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def annotations() -> dict:
    """Every part's annotations, cleaned as statements-gv2012's are (its ``_cleaned``)."""
    gv2012 = _module("gv2012_annotations", D.parent / "statements-gv2012" / "annotations.py")
    texts = _module("gv2012b_texts", D / "texts.py")
    return load_parts(D, PARTS, lambda a: gv2012.cleaned(a, texts.clean))


def main(argv: list[str]) -> int:
    a = annotations()
    if "--check" in argv:
        return check_annotations(a, D)
    if check_annotations(a, D):
        return 1
    write_split_gold(a, D, "globalvoices2012b", _module("gv2012b_texts", D / "texts.py").split_of)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
