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
from statements_gold import check_annotations, write_feed_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

PARTS = ("annotations_a.py", "annotations_b.py", "annotations_c.py", "annotations_d.py", "annotations_e.py")


def _load(path: pathlib.Path) -> dict:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.A


def _texts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gv2012_texts", D / "texts.py")
    assert spec is not None and spec.loader is not None
    texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(texts)
    return texts


def _cleaned(a: dict) -> dict:
    """The annotators' strings with invisible marks dropped and spaces made one, as ``texts.clean`` does the texts."""
    clean = _texts().clean
    out = {}
    for doc, ann in a.items():
        ann = dict(ann)
        ann["entities"] = {n: (t, [clean(x) for x in al]) for n, (t, al) in ann["entities"].items()}
        ann["statements"] = [(*s[:4], clean(s[4]), *s[5:]) for s in ann["statements"]]
        ann["neutral"] = [clean(x) for x in ann.get("neutral", [])]
        out[doc] = ann
    return out


def annotations() -> dict:
    out: dict = {}
    for part in PARTS:
        if (D / part).exists():
            a = _cleaned(_load(D / part))
            assert not set(a) & set(out), f"{part} repeats an article"
            out.update(a)
    return dict(sorted(out.items()))


def check(a: dict) -> int:
    return check_annotations(a, D)


def main(argv: list[str]) -> int:
    a = annotations()
    if "--check" in argv:
        return check(a)
    if check(a):
        return 1
    write_feed_gold(a, D, "globalvoices2012", set())
    texts = _texts()
    rows = (D / "articles.tsv").read_text(encoding="utf-8").splitlines()
    out = [rows[0]] + ["\t".join([c[0], texts.split_of(c[0]), *c[2:]]) for c in (r.split("\t") for r in rows[1:])]
    (D / "articles.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
