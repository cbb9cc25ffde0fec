"""Select the statements-rich2 articles by a rule fixed before any article was read (issue 14, round 8).

Usage (from the project root): python3 benchmarks/data/statements-rich2/select.py

Eligible: the statements-rich pool (see ../statements-rich/select.py: ECB+ development topics
that are not check topics and not in statements-ecb; MEANTIME files neither held out nor in a
statements set) minus the 16 statements-rich articles.

Round 7's rule counted stems, so crime news ("accused of", "found dead", "posted") won. This
rule counts PHRASES that need a cue in use (a verb with its complementiser or infinitive, a
noun with "that", an evidential noun with a reporting verb) in four classes -- intention,
belief, evidential, nominal -- and caps crime: an article with more than CRIME_MAX crime words
per 1,000 characters is not eligible. Articles of 500-1,800 characters (short enough for one
annotator within a round) are ranked by (number of classes present, cue phrases per 1,000
characters); at most 2 per ECB+ topic or MEANTIME topic folder; the top 12 are taken.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
import importlib.util  # noqa: E402

_SPEC = importlib.util.spec_from_file_location("rich_select", HERE.parent / "statements-rich" / "select.py")
assert _SPEC and _SPEC.loader
_RICH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_RICH)
candidates = _RICH.candidates  # statements-rich's eligible pool

EVID_NOUN = r"(?:study|studies|survey|poll|report|data|research|analysis|records?|figures|evidence|results?|document|footage|test|autopsy|review|audit|investigation)"
EVID_VERB = r"(?:shows?|showed|shown|finds|found|suggests?|suggested|indicates?|indicated|reveals?|revealed|confirms?|confirmed)"
CLASSES = {
    "intention": r"(?:plans?|planned|planning|intends?|intended|aims?|aimed|seeks?|sought|vows?|vowed|pledged?|promised?|wants?|wanted|hopes?|hoped|expects?|expected|is going|are going|decided|threaten(?:s|ed)?|will seek|will try) to\b",
    "belief": r"(?:believes?|believed|thinks?|thought|fears?|feared|suspects?|suspected|doubts?|doubted|hopes?|hoped|expects?|expected|knows?|knew|is confident|are confident|is convinced|are convinced|worried|worries|concerned) (?:that\b|the\b|it\b|he\b|she\b|they\b|this\b)",
    "evidential": rf"(?:\b{EVID_NOUN}\s+(?:\w+\s+)?{EVID_VERB}\b|according to (?:a|an|the|new|recent) (?:\w+ )?{EVID_NOUN})",
    "nominal": r"(?:claims?|allegations?|assertions?|belief|view|warning|promises?|pledge|announcement|argument|insistence|fears|hopes?|suggestion|statement|contention|conclusion|news) that\b",
}
CLASS_RE = {k: re.compile(r"\b" + v, re.I) for k, v in CLASSES.items()}
CRIME_RE = re.compile(r"\b(?:murder|kill|shot|shoot|stab|arrest|police|crime|criminal|jail|prison|guilty|robb|rape|assault|homicide|gun|dead|death|victim|suspect(?:ed)? of|charged|inmate|sheriff|manslaughter)", re.I)
LO, HI, TAKE, CAP, CRIME_MAX = 500, 1800, 12, 2, 3.0
RICH = HERE.parent / "statements-rich"


def score(text: str) -> tuple[int, float, dict[str, int]]:
    """Return (classes present, cue phrases per 1,000 characters, counts per class)."""
    counts = {k: len(r.findall(text)) for k, r in CLASS_RE.items()}
    return sum(1 for n in counts.values() if n), 1000 * sum(counts.values()) / len(text), counts


def main() -> int:
    rich = {ln.split("\t")[7] or ln.split("\t")[0] for ln in (RICH / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:] if ln.strip()}
    pool = []
    for _, doc, group, text in candidates():
        if doc in rich or not LO <= len(text) <= HI:
            continue
        if 1000 * len(CRIME_RE.findall(text)) / len(text) > CRIME_MAX:
            continue
        n, dens, counts = score(text)
        if dens:
            pool.append((-n, -dens, doc, group, counts))
    taken, per = [], {}
    for negn, negd, doc, group, counts in sorted(pool):
        if per.get(group, 0) >= CAP:
            continue
        per[group] = per.get(group, 0) + 1
        taken.append((doc, group, -negn, -negd, counts))
        if len(taken) == TAKE:
            break
    for doc, group, n, d, counts in taken:
        print(f"{doc}\t{group}\t{n}\t{d:.2f}\t" + " ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
