"""Select the statements-rich3 articles by a rule fixed before any article was read (issue 14, round 9).

Usage (from the project root): python3 benchmarks/data/statements-rich3/select.py

Eligible: the statements-rich pool (see ../statements-rich/select.py: ECB+ development topics
that are not check topics (topic % 5 == 0) and not in statements-ecb; MEANTIME files neither held
out (i % 5 == 4) nor in a statements set; wikinews-statements dev articles are all in the
`wikinews` set already) minus the statements-rich and statements-rich2 articles.

Rounds 7 and 8 ranked by cue density, and crime news (round 7) or a few topics (round 8) won.
This rule asks for VARIED TOPICS: each article gets the topic whose fixed word list it matches
most often (politics, business, science/technology, sport, entertainment; none matched ->
"other"); an article with more than CRIME_MAX crime words per 1,000 characters, or with no
attribution cue at all (a fixed list of reporting verbs and "according to"), is not eligible.
Articles of 600-1,500 characters are ranked inside their topic by attribution cues per 1,000
characters; the picks are then taken round-robin over the topics in the order above (crime-free
"other" last), at most 2 per ECB+ topic or MEANTIME folder, until TAKE articles are taken.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("rich_select", HERE.parent / "statements-rich" / "select.py")
assert _SPEC and _SPEC.loader
_RICH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_RICH)
candidates = _RICH.candidates  # statements-rich's eligible pool (600-2,500 characters)

TOPICS = {
    "politics": r"elect|vote|voter|president|minister|government|parliament|senat|congress|party|campaign|governor|diplomat|treaty|policy|official",
    "business": r"compan|shares|stock|market|profit|revenue|sales|billion|investor|deal|acquisi|merger|ceo|chief executive|econom|bank|price",
    "science": r"scien|research|study|space|nasa|technolog|software|computer|internet|earthquake|climate|species|disease|medic|laborator|chip|device",
    "sport": r"game|season|coach|team|match|playoff|championship|player|tournament|league|goal|score|cup|olympic",
    "entertainment": r"film|movie|actor|actress|album|singer|director|band|concert|television|tv|award|music|star",
}
TOPIC_RE = {k: re.compile(r"\b(?:" + v + ")", re.I) for k, v in TOPICS.items()}
ORDER = list(TOPICS) + ["other"]
CUE_RE = re.compile(r"\b(?:said|says|say|told|tells|stated|announced|added|explained|according to|claimed|claims|believes?|believed|expects?|expected|hopes?|hoped|plans?|planned|warned|insisted|argued|reported|confirmed|denied|noted|wrote|statement)\b", re.I)
CRIME_RE = re.compile(r"\b(?:murder|kill|shot|shoot|stab|arrest|police|crime|criminal|jail|prison|guilty|robb|rape|assault|homicide|gun|dead|death|victim|suspect(?:ed)? of|charged|inmate|sheriff|manslaughter)", re.I)
LO, HI, TAKE, CAP, CRIME_MAX = 600, 1500, 12, 2, 2.0
PRIOR = ("statements-rich", "statements-rich2")


def topic_of(text: str) -> str:
    """Return the topic whose word list matches the text most often ("other" when none does)."""
    hits = {k: len(r.findall(text)) for k, r in TOPIC_RE.items()}
    best = max(ORDER[:-1], key=lambda k: (hits[k], -ORDER.index(k)))
    return best if hits[best] else "other"


def main() -> int:
    prior = set()
    for name in PRIOR:
        for ln in (HERE.parent / name / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            if ln.strip():
                cells = ln.split("\t")
                prior.add(cells[7] or cells[0])
    by_topic: dict[str, list[tuple[float, str, str]]] = {t: [] for t in ORDER}
    for _, doc, group, text in candidates():
        if doc in prior or not LO <= len(text) <= HI:
            continue
        if 1000 * len(CRIME_RE.findall(text)) / len(text) > CRIME_MAX:
            continue
        cues = len(CUE_RE.findall(text))
        if cues:
            by_topic[topic_of(text)].append((-1000 * cues / len(text), doc, group))
    queues = {t: sorted(v) for t, v in by_topic.items()}
    taken, per = [], {}
    while len(taken) < TAKE and any(queues.values()):
        for t in ORDER:
            while queues[t]:
                negd, doc, group = queues[t].pop(0)
                if per.get(group, 0) < CAP:
                    per[group] = per.get(group, 0) + 1
                    taken.append((doc, group, t, -negd))
                    break
            if len(taken) == TAKE:
                break
    for doc, group, t, d in taken:
        print(f"{doc}\t{group}\t{t}\t{d:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
