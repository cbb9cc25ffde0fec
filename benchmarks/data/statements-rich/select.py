"""Select the statements-rich articles by a rule fixed before any article was read (issue 14, round 7).

Usage (from the project root): python3 benchmarks/data/statements-rich/select.py

Eligible articles:
- ECB+ development topics (../shared/datasets/ecbplus-entities/dev.jsonl.gz), never a check topic
  (topic % 5 == 0), never an article of statements-ecb;
- MEANTIME English files (../shared/datasets/meantime-en/intra-doc_annotation/) that are not
  held out (0-based position i % 5 == 4 of each sorted topic folder) and not used by
  wikinews-statements, statements-extra or statements-extra2;
- wikinews-statements dev articles not already in a set: none (its dev articles are the
  `wikinews` set itself), so it contributes nothing.
Articles of 600-2,500 characters are scored by the number of CUE words (evidential sources,
nominal attributions, beliefs/intentions, communication verbs outside the usual lists) per 1,000
characters; at most 2 per ECB+ topic and 2 per MEANTIME topic folder; the top 16 are taken.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "datasets"
sys.path.insert(0, str(ROOT / "benchmarks" / "data" / "statements-extra"))
from build_texts import build  # noqa: E402

# fixed in advance (word stems; a match must start at a word boundary)
CUES = [
    # evidential sources and their verbs
    "poll", "survey", "study", "studies", "report", "data", "document", "research", "analysis",
    "records", "show", "found", "finds", "reveal", "suggest", "indicat", "estimat",
    # nominal attributions
    "allegation", "alleg", "claim", "accusation", "accus", "news that", "assertion", "support of",
    # beliefs and intentions
    "believ", "belief", "expect", "hope", "fear", "plan", "want", "intend", "think", "suspect",
    "worr", "seen as", "consider",
    # communication verbs outside the usual lists
    "blast", "derid", "dismiss", "echo", "reiterat", "tout", "lament", "posted", "endors",
    "insist", "praise", "criticis", "criticiz", "slam", "vow", "pledge",
]
CUE_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CUES) + r")", re.I)
LO, HI, TAKE, CAP = 600, 2500, 16, 2


def used_meantime() -> set[str]:
    used = set()
    for tsv in [SHARED / "wikinews-statements" / "articles.tsv"] + [ROOT / "benchmarks" / "data" / d / "articles.tsv" for d in ("statements-extra", "statements-extra2")]:
        for ln in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            if ln.strip():
                used.add(ln.split("\t")[7])
    return used


def candidates() -> list[tuple[float, str, str, str]]:
    out = []
    ecb_used = {p.name.split(".")[0] for p in (ROOT / "benchmarks" / "data" / "statements-ecb").glob("*.txt")}
    for ln in gzip.open(SHARED / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8"):
        a = json.loads(ln)
        if int(a["topic"]) % 5 == 0 or a["id"] in ecb_used:
            continue
        out.append((a["id"], f"ecb{a['topic']}", a["text"]))
    used = used_meantime()
    mt = SHARED / "meantime-en" / "intra-doc_annotation"
    for folder in sorted(p for p in mt.iterdir() if p.is_dir()):
        for i, path in enumerate(sorted(folder.glob("*.xml"))):
            rel = f"{folder.name}/{path.name}"
            if i % 5 == 4 or rel in used:
                continue
            out.append((rel, folder.name, build(path)))
    scored = []
    for doc, group, text in out:
        if LO <= len(text) <= HI:
            scored.append((1000 * len(CUE_RE.findall(text)) / len(text), doc, group, text))
    return sorted(scored, key=lambda s: (-s[0], s[1]))


def main() -> int:
    taken, per = [], {}
    for score, doc, group, _ in candidates():
        if per.get(group, 0) >= CAP:
            continue
        per[group] = per.get(group, 0) + 1
        taken.append((score, doc, group))
        if len(taken) == TAKE:
            break
    for score, doc, group in taken:
        print(f"{score:.2f}\t{group}\t{doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
