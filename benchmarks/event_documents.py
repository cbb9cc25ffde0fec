"""The articles the events dev sets' lines come from, as lists of lines (issue 15, round 15).

Every events dev set was drawn from whole documents (ECB+ and MEANTIME news, re3d press releases
and Wikipedia pages, GUM's Wikinews), but its records carried only the line. A record's ``doc``
names its document and ``line`` its 0-based position in :func:`document_lines` of that document,
so that ``eval_events.py --in-document`` can feed each line behind what an article reader has seen
before it. ``doc`` forms:

* ``ecb:<id>`` — an ECB+ development article (``../shared/datasets/ecbplus-entities/dev.jsonl.gz``),
  its text split at line breaks (``select.py``'s lines);
* ``meantime:<n>`` — a MEANTIME file (``meantime-en/intra-doc_annotation``), one line per sentence,
  its tokens joined by spaces (``select.py``'s lines; sentence numbers are the positions);
* ``wikinews:<n>`` — the same Wikinews article as ``wikinews-statements/<n>.txt`` lines
  (``select_wide3.py``'s lines);
* ``re3d:<folder>/<_id>`` — a re3d document, split into paragraphs at line breaks and into
  sentences after ``.``, ``!`` or ``?`` followed by space and a capital or opening quote, empty
  sentences left out (``select_wide2.py``'s lines);
* anything else — a GUM document (``gum_entities`` rebuild, wide8's form, kept as it was).

:func:`locate` reads a record's document and line from its id (every set's ids name the document
and the line number the selection script gave it) and checks that the line is the record's text.
"""

from __future__ import annotations

import collections
import functools
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])")  # select_wide2.py's split
RE3D_FOLDERS = ("australian-dfat", "centcom", "eu-delegation-syria", "uk-government", "us-state-department", "wikipedia")


@functools.lru_cache(maxsize=1)
def _ecb() -> dict[str, str]:
    with gzip.open(DATA / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        return {a["id"]: a["text"] for a in map(json.loads, fh)}


@functools.lru_cache(maxsize=None)
def _re3d(folder: str) -> dict[str, str]:
    with open(DATA / "re3d" / folder / "documents.json", encoding="utf-8-sig") as fh:
        return {d["_id"]: d["text"] for d in (json.loads(x) for x in fh if x.strip())}


@functools.lru_cache(maxsize=None)
def _re3d_urls(folder: str) -> dict[str, str]:
    with open(DATA / "re3d" / folder / "documents.json", encoding="utf-8-sig") as fh:
        return {d["_id"]: d.get("sourceUrl") or "" for d in (json.loads(x) for x in fh if x.strip())}


def document_url(doc: str) -> str | None:
    """Return the address the document was published at, where its source records one (re3d's
    ``sourceUrl``: the publisher's page, e.g. ``https://www.gov.uk/...``), else None. ECB+,
    MEANTIME and GUM records carry no address (issue 15, round 16)."""
    source, _, key = doc.partition(":")
    if source != "re3d":
        return None
    folder, _, did = key.partition("/")
    return _re3d_urls(folder).get(did) or None


@functools.lru_cache(maxsize=1)
def _meantime_files() -> dict[str, Path]:
    root = DATA / "meantime-en" / "intra-doc_annotation"
    return {p.name.split("_")[0]: p for p in sorted(root.glob("*/*.xml"))}


def _meantime_lines(n: str) -> list[str]:
    sents: dict[int, list[str]] = collections.defaultdict(list)
    for tok in ET.parse(_meantime_files()[n]).getroot().findall("token"):
        sents[int(tok.get("sentence") or 0)].append(tok.text or "")
    return [" ".join(sents.get(i, [])) for i in range(max(sents) + 1)] if sents else []


@functools.lru_cache(maxsize=None)
def document_lines(doc: str) -> tuple[str, ...]:
    """Return the lines of document ``doc`` (see the module docstring for the forms of ``doc``)."""
    source, _, key = doc.partition(":")
    if source == "ecb":
        return tuple(_ecb()[key].split("\n"))
    if source == "meantime":
        return tuple(_meantime_lines(key))
    if source == "wikinews":
        return tuple((DATA / "wikinews-statements" / f"{key}.txt").read_text(encoding="utf-8").split("\n"))
    if source == "re3d":
        folder, _, did = key.partition("/")
        text = _re3d(folder)[did]
        sents = [s.strip() for p in text.split("\n") for s in SENTENCE_END.split(p.strip())]
        return tuple(s for s in sents if s)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gum_entities import ROOT, gum_row

    return tuple(gum_row(ROOT / f"GUM_{doc}.conll")["text"].split("\n"))


def text_before(doc: str, line: int) -> str:
    """The lines of ``doc`` before ``line``, each ending in a line break (what a reader has seen)."""
    return "".join(s + "\n" for s in document_lines(doc)[:line])


_ECB_ID = re.compile(r"-(?:ecb-)?(\d+_\d+ecb(?:plus)?)-s(\d+)$")
_MT_ID = re.compile(r"-mt-(\d+)-s(\d+)$")
_RE3D_ID = re.compile(r"-(" + "|".join(RE3D_FOLDERS) + r")-([0-9A-Fa-f]{1,6})-s(\d+)$")


def locate(rid: str, text: str) -> tuple[str, int] | None:
    """Return ``(doc, line)`` for the record ``rid`` whose text is ``text``, or None if no
    document named by the id holds that text at the id's line number."""
    candidates: list[tuple[str, int]] = []
    if m := _ECB_ID.search(rid):
        candidates.append((f"ecb:{m.group(1)}", int(m.group(2))))
    elif m := _MT_ID.search(rid):
        candidates += [(f"meantime:{m.group(1)}", int(m.group(2))), (f"wikinews:{m.group(1)}", int(m.group(2)))]
    elif m := _RE3D_ID.search(rid):
        folder, prefix, n = m.group(1), m.group(2), int(m.group(3))
        candidates += [(f"re3d:{folder}/{d}", n) for d in sorted(_re3d(folder)) if d[:6] == prefix]
    for doc, n in candidates:
        try:
            lines = document_lines(doc)
        except (KeyError, FileNotFoundError):
            continue
        if n < len(lines) and lines[n] == text:
            return doc, n
    return None
