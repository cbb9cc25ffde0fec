"""Gold of statements-wn2019: every article of the identity-wikinews 2019 part (issue 14, session 19).

Usage (from the project root): python3 benchmarks/data/statements-wn2019/annotations.py [--check]

Three annotators wrote the statements of their articles apart, by reading the texts and never
hearsay's output, in ``annotations_a.py`` (rows 60-71), ``annotations_b.py`` (rows 72-83) and
``annotations_c.py`` (rows 84-95), and for part 2 (session 20) ``annotations_e.py`` (rows 112-119),
``annotations_f.py`` (rows 120-126) and ``annotations_g.py`` (rows 127-133), each a dict ``A`` in the
format of ``statements-rich18/annotations.py`` (per article its source, publication date, entities
``{name: (type, aliases)}``, statements ``(speaker, kind, type, cue, content[, note[, via]])`` and
neutral spans). Rules: docs/annotation.md. This writes ``<doc>.gold.json`` and ``articles.tsv`` (rows
60-79 dev, 80-95 test, 112-122 dev2, 123-133 test2: ``texts.py``); ``--check`` only checks that every
content, alias and neutral span is in its text.
"""
from __future__ import annotations

import importlib.util
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import check_annotations, load_parts, write_split_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

PARTS = ("annotations_a.py", "annotations_b.py", "annotations_c.py",
         "annotations_e.py", "annotations_f.py", "annotations_g.py")


def annotations() -> dict:
    return load_parts(D, PARTS)


def check(a: dict) -> int:
    return check_annotations(a, D)


def _texts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("wn2019_texts", D / "texts.py")
    assert spec is not None and spec.loader is not None
    texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(texts)
    return texts


def main(argv: list[str]) -> int:
    a = annotations()
    if "--check" in argv:
        return check(a)
    if check(a):
        return 1
    write_split_gold(a, D, "wikinews2019", _texts().split_of)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
