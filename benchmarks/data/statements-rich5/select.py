"""Select the statements-rich5 articles by a rule fixed before any article was read (issue 14, round 13).

Usage (from the project root): python3 benchmarks/data/statements-rich5/select.py

Eligible: statements-rich4's pool (see ../statements-rich4/select.py: the statements-rich pool of
ECB+ development topics and MEANTIME dev files, plus every re3d document) minus the
statements-rich, -rich2, -rich3 AND -rich4 articles. Never a check/test split.

Rule (favouring what earlier rich sets had least of: business/economy, courts, science/health,
sport, and long quotations running over several paragraphs):
- topics, each a fixed word list; an article gets the topic it matches most often among
  business, courts, science (science and health), sport; an article matching none of the four is
  not eligible;
- crime words (rich4's list) capped at CRIME_MAX per 1,000 characters (courts stories: COURT_CRIME_MAX);
- at least one attribution cue (rich4's list); LO-HI characters;
- inside a topic, ranked first by the number of paragraphs that open a quotation they do not
  close (a quotation running on into the next paragraph), then by cues per 1,000 characters;
- round-robin over business, courts, science, sport, at most 2 per ECB+ topic, MEANTIME folder or
  re3d folder, TAKE in all.
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

TOPICS = {
    "business": _R4.TOPICS["business"] + r"|economy|economic|inflation|unemploy|earnings|quarter|trade|tariff|industry|retail",
    "courts": r"court|judge|trial|jury|juror|lawsuit|sued|sues|ruling|ruled|verdict|appeal|attorney|lawyer|prosecut|testif|plaintiff|defendant|sentenc|plea",
    "science": _R4.TOPICS["science"] + r"|health|hospital|patient|drug|vaccin|virus|doctor|cancer|surgery|treatment|clinical",
    "sport": _R4.TOPICS["sport"] + r"|win|won|victory|defeat|coach|final|race|medal|club",
}
TOPIC_RE = {k: re.compile(r"\b(?:" + v + ")", re.I) for k, v in TOPICS.items()}
ORDER = list(TOPICS)
LO, HI, TAKE, CAP, CRIME_MAX, COURT_CRIME_MAX = 600, 2200, 12, 2, 2.0, 4.0
PRIOR = ("statements-rich", "statements-rich2", "statements-rich3", "statements-rich4")
OPEN_Q = re.compile(r'"|“|”|``|\'\'')


def topic_of(text: str) -> str | None:
    """Return the topic whose word list matches most often (None when none matches)."""
    hits = {k: len(r.findall(text)) for k, r in TOPIC_RE.items()}
    best = max(ORDER, key=lambda k: (hits[k], -ORDER.index(k)))
    return best if hits[best] else None


def run_on_quotes(text: str) -> int:
    """Return how many paragraphs open a quotation they leave unclosed (an odd count of quote marks)."""
    return sum(1 for para in text.split("\n") if len(OPEN_Q.findall(para)) % 2 == 1)


def picks() -> list[tuple[str, str, str, int, float, str]]:
    """Return the picks as (doc, group, topic, run-on paragraphs, cues per 1,000 characters, feed)."""
    prior = set()
    for name in PRIOR:
        for ln in (HERE.parent / name / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            if ln.strip():
                cells = ln.split("\t")
                doc = cells[7] if len(cells) > 7 and cells[7] else cells[0]
                prior.add(doc)
                if doc.startswith("re3d_"):
                    prior.add("re3d:" + doc[len("re3d_"):].replace("_", "/", 1))
    pool = [(doc, group, text) for _, doc, group, text in _R4._RICH.candidates()] + _R4.re3d_docs()
    by_topic: dict[str, list[tuple[int, float, str, str, str]]] = {t: [] for t in ORDER}
    for doc, group, text in pool:
        if doc in prior or not LO <= len(text) <= HI:
            continue
        t = topic_of(text)
        if t is None:
            continue
        cap = COURT_CRIME_MAX if t == "courts" else CRIME_MAX
        if 1000 * len(_R4.CRIME_RE.findall(text)) / len(text) > cap:
            continue
        cues = len(_R4.CUE_RE.findall(text))
        if cues:
            by_topic[t].append((-run_on_quotes(text), -1000 * cues / len(text), doc, group, text))
    queues = {t: sorted(v) for t, v in by_topic.items()}
    chosen: list[tuple[str, str, str, int, float, str]] = []
    per: dict[str, int] = {}
    while len(chosen) < TAKE and any(queues.values()):
        for t in ORDER:
            while queues[t]:
                neg_run, negd, doc, group, text = queues[t].pop(0)
                if per.get(group, 0) < CAP:
                    per[group] = per.get(group, 0) + 1
                    chosen.append((doc, group, t, -neg_run, -negd, text))
                    break
            if len(chosen) == TAKE:
                break
    out, moji, others = [], 0, 0
    for doc, group, t, run, d, text in chosen:
        if moji < 2 and any(ord(c) > 127 for c in text):
            feed, moji = "moji", moji + 1
        else:
            feed = "flat" if others % 3 == 2 else ""
            others += 1
        out.append((doc, group, t, run, d, feed))
    return out


def main() -> int:
    for doc, group, t, run, d, feed in picks():
        print(f"{doc}\t{group}\t{t}\t{run}\t{d:.2f}\t{feed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
