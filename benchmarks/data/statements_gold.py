"""Write the gold files of a hand-annotated statements set (statements-rich, statements-rich2).

Each set's ``annotations.py`` holds ``A``: per article its source ``(corpus, file, url)``, its
publication date, its entities ``{name: (type, aliases)}``, its statements ``(speaker, kind,
type, cue, content[, note[, via]])`` and its neutral spans. Offsets are found from the content string:
the first occurrence at or after the previous statement's start, else anywhere. The set's
folder holds ``<doc>.txt``; this writes ``<doc>.gold.json`` beside it and ``articles.tsv``.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
from collections.abc import Callable
from typing import Any

ECB = "ECB+ (CC BY 3.0)"
MT = "MEANTIME English (Wikinews, CC BY 4.0)"
NEUTRAL_WHY = "sourceless, indefinite, negated, passive, topic-only or a verdict"


def statements_of(doc: str, text: str, a: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the gold statements of article ``doc`` with their offsets in ``text``."""
    sts: list[dict[str, Any]] = []
    last = 0
    for s in a["statements"]:
        speaker, kind, typ, cue, content = s[:5]
        assert speaker in a["entities"], (doc, speaker)
        i = text.find(content, last)
        if i < 0:
            i = text.find(content)
        assert i >= 0, (doc, content)
        last = i
        st = {"speaker": speaker, "kind": kind, "type": typ, "cue": cue, "content": content, "start": i, "end": i + len(content)}
        if len(s) > 5 and s[5]:
            st["note"] = s[5]
        if len(s) > 6:
            st["via"] = s[6]  # relays, innermost first (docs/annotation.md rule 3)
        sts.append(st)
    return sts


def neutral_of(doc: str, text: str, a: dict[str, Any], why: str) -> list[dict[str, Any]]:
    """Return the neutral spans of article ``doc`` (no statement there) with their offsets in ``text``."""
    out = []
    for n in a.get("neutral", []):
        i = text.find(n)
        assert i >= 0, (doc, n)
        out.append({"text": n, "start": i, "end": i + len(n), "layer": "statement", "why": why})
    return out


def write_gold(annotations: dict[str, dict[str, Any]], folder: pathlib.Path) -> None:
    """Write every article's gold file and the set's ``articles.tsv`` into ``folder``."""
    rows = []
    for doc, a in annotations.items():
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        about = next((ln for ln in text.splitlines() if not ln.startswith("http")), text.splitlines()[0])  # a flattened page is one line
        ents = [{"name": n, "type": t, "aliases": al} for n, (t, al) in a["entities"].items()]
        sts = statements_of(doc, text, a)
        neutral = neutral_of(doc, text, a, NEUTRAL_WHY)
        corpus, file, url = a["source"]
        source = {"corpus": corpus, "file": file}
        if url:
            source["url"] = url
        gold = {"about": about, "source": source, "published": a["published"],
                "entities": ents, "statements": sts, "neutral": neutral}
        (folder / f"{doc}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        types: dict[str, int] = {}
        for st in sts:
            types[st["type"]] = types.get(st["type"], 0) + 1
        topic = f"ecb{doc.split('_')[0]}" if corpus == ECB else file.split("/")[0]
        rows.append("\t".join([doc, "dev", topic, a["published"] or "", str(len(sts)),
                               ",".join(f"{k}:{v}" for k, v in sorted(types.items())), about, file if corpus == MT else ""]))
    (folder / "articles.tsv").write_text("doc_id\tsplit\ttopic\tpublished\tstatements\ttypes\theadline\tmeantime_file\n"
                                         + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(annotations)} articles, {sum(len(a['statements']) for a in annotations.values())} statements")


def write_feed_gold(annotations: dict[str, dict[str, Any]], folder: pathlib.Path, feed: str, flat: set[str]) -> None:
    """Write the gold of a set drawn from one feed (rich15 onward): :func:`write_gold`, then articles.tsv's
    topic set to ``feed`` and a ``feed`` column marking the articles stored flattened (``flat``, whose long
    one-line headline is cut to 80 characters)."""
    write_gold(annotations, folder)
    rows = (folder / "articles.tsv").read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tfeed"]
    for r in rows[1:]:
        cells = r.split("\t")
        cells[2] = feed
        if cells[0] in flat:
            cells[6] = cells[6][:80]
        out.append("\t".join(cells + ["flat" if cells[0] in flat else ""]))
    (folder / "articles.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


def check_annotations(annotations: dict[str, dict[str, Any]], folder: pathlib.Path) -> int:
    """Print every content, alias and neutral span of ``annotations`` not found in its text in ``folder``,
    then a count line; return 1 when any was missing, else 0 (the ``--check`` of a set's annotations.py)."""
    bad = 0
    for doc, ann in annotations.items():
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        try:
            statements_of(doc, text, ann)
        except AssertionError as exc:
            print(f"{doc}: not found or unknown speaker: {exc}")
            bad += 1
        for name, (_, aliases) in ann["entities"].items():
            for alias in aliases:
                if alias not in text:
                    print(f"{doc}: alias {alias!r} of {name!r} is not in the text")
                    bad += 1
        for n in ann.get("neutral", []):
            if n not in text:
                print(f"{doc}: neutral {n!r} is not in the text")
                bad += 1
    print(f"{len(annotations)} articles, {sum(len(x['statements']) for x in annotations.values())} statements, {bad} problems")
    return 1 if bad else 0


def load_annotation(path: pathlib.Path) -> dict[str, Any]:
    """The ``A`` dict of one annotation file (``annotations_<part>.py``)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.A


def load_parts(folder: pathlib.Path, parts: tuple[str, ...],
               prepare: Callable[[dict[str, Any]], dict[str, Any]] = lambda a: a) -> dict[str, Any]:
    """Every article of the annotators' files in ``folder`` that exist, sorted; an article in two files is an error."""
    out: dict[str, Any] = {}
    for part in parts:
        if (folder / part).exists():
            a = prepare(load_annotation(folder / part))
            assert not set(a) & set(out), f"{part} repeats an article"
            out.update(a)
    return dict(sorted(out.items()))


def write_split_gold(annotations: dict[str, dict[str, Any]], folder: pathlib.Path, feed: str,
                     split_of: Callable[[str], str]) -> None:
    """:func:`write_feed_gold`, then each article's split in ``articles.tsv`` from ``split_of(doc id)``."""
    write_feed_gold(annotations, folder, feed, set())
    rows = (folder / "articles.tsv").read_text(encoding="utf-8").splitlines()
    out = [rows[0]] + ["\t".join([c[0], split_of(c[0]), *c[2:]]) for c in (r.split("\t") for r in rows[1:])]
    (folder / "articles.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
