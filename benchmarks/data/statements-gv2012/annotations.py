"""Gold of statements-gv2012: every post of the globalvoices-2012 corpus (issue 14, session 21).

Usage (from the project root): python3 benchmarks/data/statements-gv2012/annotations.py [--check]

Annotators wrote the statements of their posts apart, by reading the texts and never hearsay's output,
each in an ``annotations_<part>.py`` of this folder (``PARTS``): a dict ``A`` in the format of
``statements-rich18/annotations.py`` (per article its source, publication date, entities ``{name: (type,
aliases)}``, statements ``(speaker, kind, type, cue, content[, note[, via]])`` and neutral spans). Rules:
docs/annotation.md. This writes ``<doc>.gold.json`` and ``articles.tsv`` (splits from ``texts.py``);
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


def _texts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gv2012_texts", D / "texts.py")
    assert spec is not None and spec.loader is not None
    texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(texts)
    return texts


def cleaned(a: dict, clean=None) -> dict:  # type: ignore[no-untyped-def]
    """The annotators' strings with invisible marks dropped and spaces made one, as ``texts.clean`` does the texts."""
    clean = clean or _texts().clean
    out = {}
    for doc, ann in a.items():
        ann = dict(ann)
        ann["entities"] = {n: (t, [clean(x) for x in al]) for n, (t, al) in ann["entities"].items()}
        ann["statements"] = [(*s[:4], clean(s[4]), *s[5:]) for s in ann["statements"]]
        ann["neutral"] = [clean(x) for x in ann.get("neutral", [])]
        out[doc] = ann
    return out


def annotations() -> dict:
    return load_parts(D, PARTS, cleaned)


def check(a: dict) -> int:
    return check_annotations(a, D)


def main(argv: list[str]) -> int:
    a = annotations()
    if "--check" in argv:
        return check(a)
    if check(a):
        return 1
    write_split_gold(a, D, "globalvoices2012", _texts().split_of)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
