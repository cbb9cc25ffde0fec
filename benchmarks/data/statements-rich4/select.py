"""Select the statements-rich4 articles by a rule fixed before any article was read (issue 14, round 11).

Usage (from the project root): python3 benchmarks/data/statements-rich4/select.py

Eligible: the statements-rich pool (see ../statements-rich/select.py: ECB+ development topics
that are not check topics (topic % 5 == 0) and not in statements-ecb; MEANTIME files neither held
out (i % 5 == 4) nor in a statements set; wikinews-statements dev articles are all in the
`wikinews` set already) minus the statements-rich, -rich2 and -rich3 articles, PLUS the re3d
documents of every folder copied into ../shared/datasets/re3d (all six folders' licences allow
redistribution: public domain, OGL v3.0, CC BY 3.0 AU, CC BY-SA 3.0, EC reuse notice; re3d has
no test part).

Rule (round 9's, with "entertainment" swapped for "disasters" as the brief asks): each article
gets the topic whose fixed word list it matches most often (politics, business, science, sport,
disasters; none matched -> "other"); an article with more than CRIME_MAX crime words per 1,000
characters, or with no attribution cue (a fixed list of reporting verbs and "according to"), is
not eligible. Articles of 600-1,500 characters are ranked inside their topic by attribution cues
per 1,000 characters and taken round-robin over the topics in the order above ("other" last), at
most 2 per ECB+ topic, MEANTIME folder or re3d folder, until TAKE articles are taken.

Feed form (how hearsay is given the text, as scraped corpora arrive): a pick whose text holds a
typographic quote (one of “ ” ‘ ’) is fed as MOJIBAKE (its UTF-8 bytes read as cp1252); of the
others, every pick at a position p with p % 3 == 2 is fed FLATTENED (line breaks -> spaces); the
rest as they are.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RE3D = HERE.parents[3] / "shared" / "datasets" / "re3d"
_SPEC = importlib.util.spec_from_file_location("rich_select", HERE.parent / "statements-rich" / "select.py")
assert _SPEC and _SPEC.loader
_RICH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_RICH)

TOPICS = {
    "politics": r"elect|vote|voter|president|minister|government|parliament|senat|congress|party|campaign|governor|diplomat|treaty|policy|official",
    "business": r"compan|shares|stock|market|profit|revenue|sales|billion|investor|deal|acquisi|merger|ceo|chief executive|econom|bank|price",
    "science": r"scien|research|study|space|nasa|technolog|software|computer|internet|climate|species|disease|medic|laborator|chip|device",
    "sport": r"game|season|coach|team|match|playoff|championship|player|tournament|league|goal|score|cup|olympic",
    "disasters": r"earthquake|quake|flood|storm|hurricane|typhoon|cyclone|tsunami|wildfire|fire|blaze|explosion|crash|landslide|evacuat|rescue|disaster",
}
TOPIC_RE = {k: re.compile(r"\b(?:" + v + ")", re.I) for k, v in TOPICS.items()}
ORDER = list(TOPICS) + ["other"]
CUE_RE = re.compile(r"\b(?:said|says|say|told|tells|stated|announced|added|explained|according to|claimed|claims|believes?|believed|expects?|expected|hopes?|hoped|plans?|planned|warned|insisted|argued|reported|confirmed|denied|noted|wrote|statement)\b", re.I)
CRIME_RE = re.compile(r"\b(?:murder|kill|shot|shoot|stab|arrest|police|crime|criminal|jail|prison|guilty|robb|rape|assault|homicide|gun|dead|death|victim|suspect(?:ed)? of|charged|inmate|sheriff|manslaughter)", re.I)
QUOTES = set("“”‘’")
LO, HI, TAKE, CAP, CRIME_MAX = 600, 1500, 12, 2, 2.0
PRIOR = ("statements-rich", "statements-rich2", "statements-rich3")


def topic_of(text: str) -> str:
    """Return the topic whose word list matches the text most often ("other" when none does)."""
    hits = {k: len(r.findall(text)) for k, r in TOPIC_RE.items()}
    best = max(ORDER[:-1], key=lambda k: (hits[k], -ORDER.index(k)))
    return best if hits[best] else "other"


def re3d_docs() -> list[tuple[str, str, str]]:
    """Return (doc id, group, text) for every re3d document ("re3d:<folder>/<_id>")."""
    out = []
    for folder in sorted(p for p in RE3D.iterdir() if p.is_dir()):
        for ln in (folder / "documents.json").read_text(encoding="utf-8-sig").splitlines():
            if ln.strip():
                d = json.loads(ln)
                out.append((f"re3d:{folder.name}/{d['_id']}", f"re3d-{folder.name}", d["text"]))
    return out


def picks() -> list[tuple[str, str, str, float, str]]:
    """Return the picks as (doc, group, topic, cues per 1,000 characters, feed form)."""
    prior = set()
    for name in PRIOR:
        for ln in (HERE.parent / name / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            if ln.strip():
                cells = ln.split("\t")
                prior.add(cells[7] or cells[0])
    pool = [(doc, group, text) for _, doc, group, text in _RICH.candidates()] + re3d_docs()
    by_topic: dict[str, list[tuple[float, str, str, str]]] = {t: [] for t in ORDER}
    for doc, group, text in pool:
        if doc in prior or not LO <= len(text) <= HI:
            continue
        if 1000 * len(CRIME_RE.findall(text)) / len(text) > CRIME_MAX:
            continue
        cues = len(CUE_RE.findall(text))
        if cues:
            by_topic[topic_of(text)].append((-1000 * cues / len(text), doc, group, text))
    queues = {t: sorted(v) for t, v in by_topic.items()}
    taken: list[tuple[str, str, str, float, str]] = []
    per: dict[str, int] = {}
    while len(taken) < TAKE and any(queues.values()):
        for t in ORDER:
            while queues[t]:
                negd, doc, group, text = queues[t].pop(0)
                if per.get(group, 0) < CAP:
                    per[group] = per.get(group, 0) + 1
                    feed = "moji" if QUOTES & set(text) else "flat" if len(taken) % 3 == 2 else ""
                    taken.append((doc, group, t, -negd, feed))
                    break
            if len(taken) == TAKE:
                break
    return taken


def main() -> int:
    for doc, group, t, d, feed in picks():
        print(f"{doc}\t{group}\t{t}\t{d:.2f}\t{feed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
