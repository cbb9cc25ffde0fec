"""Select the statements-rich6 articles by a rule fixed before any article was read (issue 14, round 14).

Usage (from the project root): python3 benchmarks/data/statements-rich6/select.py

Eligible: statements-rich5's pool (the statements-rich pool of ECB+ development topics and
MEANTIME dev files, plus every re3d document) minus the statements-rich .. -rich5 articles. Never a
check/test split.

Rule (weighted to press releases and official documents, as the round-14 brief asks):
- OFFICIAL: the re3d folders of government and military releases (centcom, uk-government,
  us-state-department, australian-dfat, eu-delegation-syria; not wikipedia) give OFFICIAL_TAKE
  picks, at most OFFICIAL_CAP per folder; NEWS: ECB+ and MEANTIME give NEWS_TAKE picks, at most one
  per ECB+ topic / MEANTIME folder;
- LO-HI characters and at least one attribution cue (rich4's list);
- ranked by "release words" per 1,000 characters: requests (urge, call on/for, demand, request,
  appeal), document and evidence sources (statement, release, report, resolution, letter,
  according to), beliefs/intentions (believe, expect, hope, intend, plan, commit, pledge), and
  spokesperson forms (spokesman, spokeswoman, spokesperson); ties by cues per 1,000 characters;
- OFFICIAL picks are taken round-robin over the five folders in the order above.
Feed form: the first two picks (in pick order) whose text holds a non-ASCII character are fed as
MOJIBAKE (UTF-8 bytes read as cp1252); of the other picks, every third one (index i among them
with i % 3 == 2) is stored FLATTENED (line breaks -> spaces); the rest as they are.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("rich4_select", HERE.parent / "statements-rich4" / "select.py")
assert _SPEC and _SPEC.loader
_R4 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_R4)

OFFICIAL = ("centcom", "uk-government", "us-state-department", "australian-dfat", "eu-delegation-syria")
RELEASE_RE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon|for)|demand\w*|request\w*|appeal\w*"
    r"|statement|release|report\w*|resolution|letter|according to"
    r"|believ\w*|expect\w*|hop(?:e|es|ed|ing)|intend\w*|plan(?:s|ned)?|commit\w*|pledg\w*"
    r"|spokes(?:man|woman|person))\b", re.I)
LO, HI = 400, 2200
OFFICIAL_TAKE, OFFICIAL_CAP, NEWS_TAKE = 8, 3, 4
PRIOR = ("statements-rich", "statements-rich2", "statements-rich3", "statements-rich4", "statements-rich5")


def prior_docs() -> set[str]:
    """Return the ids of every article already in a statements-rich set (both id spellings for re3d)."""
    prior = set()
    for name in PRIOR:
        for ln in (HERE.parent / name / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            if ln.strip():
                cells = ln.split("\t")
                doc = cells[7] if len(cells) > 7 and cells[7] else cells[0]
                prior.add(doc)
                if doc.startswith("re3d_"):
                    prior.add("re3d:" + doc[len("re3d_"):].replace("_", "/", 1))
    return prior


def score(text: str) -> tuple[float, float]:
    """Return (release words, cues) per 1,000 characters."""
    return 1000 * len(RELEASE_RE.findall(text)) / len(text), 1000 * len(_R4.CUE_RE.findall(text)) / len(text)


def picks() -> list[tuple[str, str, float, float, str]]:
    """Return the picks as (doc, group, release words per 1,000, cues per 1,000, feed)."""
    prior = prior_docs()
    ranked: dict[str, list[tuple[float, float, str, str]]] = {}
    news: list[tuple[float, float, str, str, str]] = []
    for doc, group, text in _R4.re3d_docs():
        folder = group[len("re3d-"):]
        if folder in OFFICIAL and doc not in prior and LO <= len(text) <= HI and _R4.CUE_RE.search(text):
            r, c = score(text)
            ranked.setdefault(folder, []).append((-r, -c, doc, text))
    for _, doc, group, text in _R4._RICH.candidates():
        if doc not in prior and LO <= len(text) <= HI and _R4.CUE_RE.search(text):
            r, c = score(text)
            news.append((-r, -c, doc, group, text))
    queues = {f: sorted(ranked.get(f, [])) for f in OFFICIAL}
    chosen: list[tuple[str, str, float, float, str]] = []
    per: dict[str, int] = {}
    while len(chosen) < OFFICIAL_TAKE and any(queues.values()):
        for f in OFFICIAL:
            if queues[f] and per.get(f, 0) < OFFICIAL_CAP and len(chosen) < OFFICIAL_TAKE:
                nr, nc, doc, text = queues[f].pop(0)
                per[f] = per.get(f, 0) + 1
                chosen.append((doc, "re3d-" + f, -nr, -nc, text))
        if all(per.get(f, 0) >= OFFICIAL_CAP or not queues[f] for f in OFFICIAL):
            break
    groups: set[str] = set()
    for nr, nc, doc, group, text in sorted(news):
        if len(chosen) >= OFFICIAL_TAKE + NEWS_TAKE:
            break
        if group not in groups:
            groups.add(group)
            chosen.append((doc, group, -nr, -nc, text))
    out, moji, others = [], 0, 0
    for doc, group, r, c, text in chosen:
        if moji < 2 and any(ord(ch) > 127 for ch in text):
            feed, moji = "moji", moji + 1
        else:
            feed = "flat" if others % 3 == 2 else ""
            others += 1
        out.append((doc, group, r, c, feed))
    return out


def main() -> int:
    for doc, group, r, c, feed in picks():
        print(f"{doc}\t{group}\t{r:.2f}\t{c:.2f}\t{feed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
