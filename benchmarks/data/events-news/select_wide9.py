"""Print the events-wide9 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide9.py`` (from the project root) prints the issue-15
round-17 set (``--set wide9``): an eleventh blind events set, drawn to measure **actors** on news
text no events set used. Rule, fixed and committed before any candidate line was read:

* Source: ECB+ development articles (CC BY 3.0, ``../shared/datasets/ecbplus-entities/dev.jsonl.gz``),
  never a check topic (topic % 5 == 0; the customary test topics 36-45 are not in that file).
* Topics: those whose seminal event is political violence, conflict, policing or elections, as the
  READMEs of ``news`` (8, 11, 12, 19, 26) and ``wide`` (3, 13, 16, 18, 21, 22, 24, 32, 33) name them:
  ``TOPICS`` below. (These topics hold the parties the type + actor figure needs; the type-group
  strata of wide5 … wide8 drew mostly lines without a political actor.)
* Documents: the articles of those topics that no events set (news, wide, wide2 … wide8) drew a line
  from, sorted by id within their topic, taken round-robin over the topics (the first unused article
  of each topic in topic order, then the second of each, …), so that no topic fills the set.
* Lines: in each article, the first ``PER_DOC`` lines (the article's text split at line breaks, as
  ``select.py`` splits it) that pass events-news's verb filter (``select.keep``: 6 words or more, not
  a URL, a political/conflict/legal verb stem) and whose text, lower-cased with its spaces
  collapsed, is not that of a line of any events set nor of a line already chosen (ECB+ carries
  several wire copies of one story).
* Stop at ``TOTAL`` lines.
Ids are ``W9-ecb-<article id>-s<line>``; ``doc`` is ``ecb:<article id>`` and ``line`` the 0-based
line number (``benchmarks/event_documents.py``).
"""
import glob
import gzip
import json
import os
import re
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
from select import keep  # noqa: E402  (events-news's verb filter, unchanged)

DATA = os.path.join(_HERE, "..", "..", "..", "..", "shared", "datasets")
TOPICS = (3, 8, 11, 12, 13, 16, 18, 19, 21, 22, 24, 26, 32, 33)
PER_DOC = 2
TOTAL = 72


def _norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def _used(own="events-wide9.json"):
    docs, texts = set(), set()
    for name in sorted(glob.glob(os.path.join(_HERE, "events-*.json"))):
        if name.endswith(own):
            continue
        with open(name, encoding="utf-8") as fh:
            for r in json.load(fh):
                docs.add(r.get("doc", ""))
                texts.add(_norm(r["text"]))
    return docs, texts


def wide9_lines(own="events-wide9.json", prefix="W9", total=TOTAL):
    """The rule's lines for the set stored in ``own`` (every other events set excluded), ids
    ``<prefix>-ecb-…``, at most ``total`` (select_wide10.py runs this rule for wide10)."""
    used_docs, seen = _used(own)
    with gzip.open(os.path.join(DATA, "ecbplus-entities", "dev.jsonl.gz"), "rt", encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh]
    by_topic = {t: sorted((a for a in arts if int(a["topic"]) == t and f"ecb:{a['id']}" not in used_docs),
                          key=lambda a: a["id"]) for t in TOPICS}
    order = [by_topic[t][i] for i in range(max(map(len, by_topic.values())))
             for t in TOPICS if i < len(by_topic[t])]
    out = []
    for a in order:
        n_doc = 0
        for i, line in enumerate(a["text"].split("\n")):
            if len(out) == total or n_doc == PER_DOC:
                break
            if keep(line) and _norm(line) not in seen:
                seen.add(_norm(line))
                out.append({"id": f"{prefix}-ecb-{a['id']}-s{i}", "doc": f"ecb:{a['id']}", "line": i, "text": line})
                n_doc += 1
        if len(out) == total:
            break
    return out


def show(lines: list[dict], argv: list[str]) -> None:
    """Print the count, then each line's id (``--ids``) or id and text: what every wide* selection prints."""
    print(len(lines))
    for o in lines:
        if argv == ["--ids"]:
            print(o["id"])
        else:
            print(o["id"], "|", o["text"])


if __name__ == "__main__":
    show(wide9_lines(), sys.argv[1:])
