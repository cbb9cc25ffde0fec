"""MEANTIME's entity instances as cross-document identity gold (issue 12, a second gold set).

MEANTIME (NewsReader, CC BY 4.0; ``../shared/datasets/meantime-en``) annotates, in each of its
120 English Wikinews articles (four stories: Airbus, Apple, General Motors, the stock market),
entity mentions that REFER_TO an in-document ENTITY; most ENTITY elements carry a corpus-wide
``instance_id`` (``list_instances.csv``: "Boeing", "Steve Jobs", "the United States"), the same in
every article that names that entity. That is cross-document coreference gold from another
source, genre and annotation team than ECB+: mentions of one ``instance_id`` in two articles are
one entity. An ENTITY without an ``instance_id`` ("Northrop and EADS") is a chain inside its
article. Only name mentions are kept (syntactic type NAM or PRE.NAM: 1,154 of the 2,867 mentions, with an entity).

Rows come out in the shape of the ECB+ rows of ``open_corpus.load_ecb`` (``id``, ``topic``,
``text``, ``mentions`` with ``start``/``end``/``text``/``tag``/``cluster``), plus ``published``
(the document creation time) and ``split``: the dataset README's held-out rule (in each story
folder, sorted by file name, every fifth file, i % 5 == 4) is ``test``; the rest ``dev``.

The text is rebuilt from the corpus tokens: one sentence a line (the first is the headline, the
second the dateline), tokens joined by one space except before closing punctuation and clitics and
after opening brackets, PTB quotes as curly quotes, so every mention has exact character offsets.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "meantime-en" / "intra-doc_annotation"
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "#"}
_QUOTES = {"``": "“", "''": "”"}
# the mentions kept: proper names ("Boeing", "the MICEX") and names premodifying a noun ("Intel"
# in "Intel chips", "U.S."); descriptions, pronouns, appositions and conjunctions are left out,
# since the ledger links names and an apposition's span holds two names
_NAMES = frozenset({"NAM", "PRE.NAM"})


def _text_and_offsets(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, last_sentence, last_word = 0, None, ""
    for tok in root.iter("token"):
        word = _QUOTES.get(tok.text or "", tok.text or "")
        sentence = tok.get("sentence")
        if last_sentence is not None:
            sep = "\n" if sentence != last_sentence else ("" if word in _NO_SPACE_BEFORE or last_word in _NO_SPACE_AFTER else " ")
            pieces.append(sep)
            pos += len(sep)
        offsets[str(tok.get("t_id"))] = (pos, pos + len(word))
        pieces.append(word)
        pos += len(word)
        last_sentence, last_word = sentence, word
    return "".join(pieces) + "\n", offsets


def _row(path: Path, split: str) -> dict[str, Any]:
    root = ET.parse(path).getroot()
    text, offsets = _text_and_offsets(root)
    markables = root.find("Markables")
    items = list(markables) if markables is not None else []
    spans: dict[str, tuple[int, int]] = {}
    mention_ids: list[str] = []
    entities: dict[str, ET.Element] = {}
    published = None
    for m in items:
        anchors = [str(a.get("t_id")) for a in m.findall("token_anchor") if str(a.get("t_id")) in offsets]
        if m.tag == "ENTITY_MENTION" and anchors and m.get("syntactic_type") in _NAMES:
            mid = str(m.get("m_id"))
            spans[mid] = (min(offsets[t][0] for t in anchors), max(offsets[t][1] for t in anchors))
            mention_ids.append(mid)
        elif m.tag == "ENTITY":
            entities[str(m.get("m_id"))] = m
        elif m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
            try:
                published = date.fromisoformat(str(m.get("value"))[:10]).isoformat()
            except ValueError:
                pass
    refers: dict[str, str] = {}
    relations = root.find("Relations")
    for r in list(relations) if relations is not None else []:
        target = r.find("target")
        if r.tag != "REFERS_TO" or target is None or str(target.get("m_id")) not in entities:
            continue
        for source in r.findall("source"):
            refers[str(source.get("m_id"))] = str(target.get("m_id"))
    story = path.parent.name.removeprefix("corpus_")
    doc = f"{story}_{path.stem.split('_')[0]}"
    mentions = []
    for mid in mention_ids:
        if mid not in refers:
            continue  # a mention no entity instance claims (annotation gap): no gold identity
        entity = entities[refers[mid]]
        instance = entity.get("instance_id")
        cluster = f"X:{instance}" if instance else f"I:{refers[mid]}"
        start, end = spans[mid]
        mentions.append({"start": start, "end": end, "text": text[start:end], "tag": entity.get("ent_type", ""),
                         "cluster": cluster})
    return {"id": doc, "topic": story, "split": split, "text": text, "published": published, "mentions": mentions}


def load_meantime_entities(root: Path = ROOT) -> list[dict[str, Any]]:
    """Return one row per MEANTIME article (see the module docstring), stories in name order."""
    rows = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for i, path in enumerate(sorted(folder.glob("*.xml"))):
            rows.append(_row(path, "test" if i % 5 == 4 else "dev"))
    return rows


def meantime_article(row: dict[str, Any]) -> Any:
    """Return the hearsay Article of one row (text normalised as ``hearsay ingest`` does)."""
    from hearsay.ingest.readers import make_article

    meta = {"id": f"meantime-{row['id']}", "source": f"MEANTIME {row['topic']}"}
    if row.get("published"):
        meta["published"] = row["published"]
    return make_article(text=row["text"], origin=f"meantime:{row['id']}", meta=meta)


def iter_rows(split: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of ``split`` (dev, test or all)."""
    for row in load_meantime_entities():
        if split == "all" or row["split"] == split:
            yield row
