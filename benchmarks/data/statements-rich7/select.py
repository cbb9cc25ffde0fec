"""Select the statements-rich7 articles by a rule fixed before any article was read (issue 14, round 15).

Usage (from the project root): python3 benchmarks/data/statements-rich7/select.py

Eligible: statements-rich6's pool (ECB+ development topics and MEANTIME dev files as the
statements-rich pool gives them, plus every re3d document) minus the statements-rich .. -rich6
articles. Never a check/test split.

Rule (weighted to *speakers*, as the round-15 brief asks):
- LO-HI characters and at least two attribution cues (rich4's list);
- ranked by "speaker words" per 1,000 characters: a pronoun or "the company/firm/group/
  ministry/agency/department/organisation" next to a cue ("he said", "said she", "it said", "the
  company said"), spokesperson forms (spokesman, spokeswoman, spokesperson, representative), and
  a title before a capitalised name ("President X", "Minister X", "Gen. X", "chief executive X");
  ties by cues per 1,000 characters;
- at most one pick per ECB+ topic / MEANTIME folder, at most two per re3d folder (not wikipedia);
  TAKE picks in all.
Feed form: as rich6's rule: the first two picks (in rank order) whose text holds a non-ASCII
character are fed as MOJIBAKE; of the other picks, every third one (index i with i % 3 == 2) is
stored FLATTENED; the rest as they are.
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

CUE = r"(?:said|says|told|added|stated|announced|explained|claimed|warned|insisted|noted|denied|argued|confirmed)"
SUBJ = r"(?:he|she|they|it|the (?:company|firm|group|ministry|agency|department|organi[sz]ation|bank|government))"
TITLE = (r"(?:President|Prime Minister|Minister|Secretary|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|General|Gen\."
         r"|Col\.|Capt\.|Sgt\.|Lt\.|Judge|Chief|chief executive|CEO|Director|director|Chairman|chairman|Ambassador"
         r"|spokesman|spokeswoman|Detective|Officer|Dr\.|Professor|Rev\.)")
SPEAKER_RE = re.compile(
    rf"\b{SUBJ} {CUE}\b|\b{CUE} {SUBJ}\b|\bspokes(?:man|woman|person)\b|\brepresentative\b"
    rf"|\b{TITLE} [A-Z][a-z]+", re.I if False else 0)
SUBJ_RE = re.compile(rf"\b{SUBJ} {CUE}\b|\b{CUE} {SUBJ}\b", re.I)
LO, HI = 500, 2500
TAKE, RE3D_CAP = 12, 2
PRIOR = ("statements-rich", "statements-rich2", "statements-rich3", "statements-rich4", "statements-rich5",
         "statements-rich6")
EXCLUDED_RE3D = ("re3d-wikipedia",)


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
    """Return (speaker words, cues) per 1,000 characters."""
    n = len(SPEAKER_RE.findall(text)) + len(SUBJ_RE.findall(text))
    return 1000 * n / len(text), 1000 * len(_R4.CUE_RE.findall(text)) / len(text)


def picks() -> list[tuple[str, str, float, float, str]]:
    """Return the picks as (doc, group, speaker words per 1,000, cues per 1,000, feed)."""
    prior = prior_docs()
    pool = [(doc, group, text) for _, doc, group, text in _R4._RICH.candidates()] + _R4.re3d_docs()
    ranked = []
    for doc, group, text in pool:
        if doc in prior or group in EXCLUDED_RE3D or not LO <= len(text) <= HI or len(_R4.CUE_RE.findall(text)) < 2:
            continue
        r, c = score(text)
        ranked.append((-r, -c, doc, group, text))
    chosen: list[tuple[str, str, float, float, str]] = []
    per: dict[str, int] = {}
    for nr, nc, doc, group, text in sorted(ranked):
        cap = RE3D_CAP if group.startswith("re3d-") else 1
        if per.get(group, 0) >= cap:
            continue
        per[group] = per.get(group, 0) + 1
        chosen.append((doc, group, -nr, -nc, text))
        if len(chosen) == TAKE:
            break
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
