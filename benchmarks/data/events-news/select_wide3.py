"""Print the events-wide3 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide3.py`` (from the project root) prints the issue-15
round-8 set (``--set wide3``): a fifth blind events set from openly licensed news no other events set
used, favouring the genres the earlier sets hold least of (elections, protests, courts, economy and
trade, sanctions and aid). Rule, fixed before any candidate line was read:

* ECB+ development topics (CC BY 3.0; never a check topic, topic % 5 == 0), articles sorted by id,
  the first positions no earlier set took: elections 11 (positions 2, 3; ``news`` took 0-1),
  protests and the general strike 8 and 19 (positions 6, 7; ``news`` took 0-5), courts 16 and 22
  and the Mafia arrest and trial 26 (position 2; ``wide``/``news`` took 0-1).
* Economy and trade: the wikinews-statements dev articles (MEANTIME, CC BY 4.0, never a held-out
  file i % 5 == 4) that ``wide`` did not use (it took the first 2 development files of each MEANTIME
  folder), per folder the first 2 by MEANTIME file name; body lines (line 3 on) of the rebuilt text.
* Sanctions and aid: re3d ``uk-government`` (OGL v3) and ``us-state-department`` (public domain),
  documents sorted by ``_id``, never a held-out one (i % 5 == 4), after the 10 ``wide2`` took, the
  first 2 whose text names sanctions, aid, humanitarian help, trade, elections, protests or a court.
* In each document, the first 3 lines (ECB+ lines; MEANTIME sentence lines; re3d sentences split as
  in ``select_wide2.py``) that pass events-news's verb filter (``select.keep``).
Ids are ``W3-<source id>-s<line>``.
"""
import gzip
import importlib.util
import json
import os
import re

_HERE = os.path.dirname(os.path.abspath(__file__))
_SPEC = importlib.util.spec_from_file_location("events_news_select", os.path.join(_HERE, "select.py"))
_SELECT = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SELECT)
keep = _SELECT.keep

DATA = "../shared/datasets"
PER_DOC = 3  # 2 gave 35 lines (< 40), counted before any line was read
ECB_POSITIONS = {11: (2, 3), 8: (6, 7), 19: (6, 7), 16: (2,), 22: (2,), 26: (2,)}
RE3D_FOLDERS = ("uk-government", "us-state-department")
RE3D_GENRE = re.compile(r"\b(sanction|aid\b|humanitarian|trade|election|protest|court)", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])")


def _first(lines, prefix):
    n_kept = 0
    for n, s in lines:
        if n_kept == PER_DOC:
            return
        if s and keep(s):
            n_kept += 1
            yield {"id": f"W3-{prefix}-s{n}", "text": s}


def ecb_lines():
    arts = [json.loads(line) for line in gzip.open(f"{DATA}/ecbplus-entities/dev.jsonl.gz")]
    for topic, positions in ECB_POSITIONS.items():
        docs = sorted((a for a in arts if int(a["topic"]) == topic), key=lambda a: a["id"])
        for p in positions:
            a = docs[p]
            yield from _first(enumerate(a["text"].split("\n")), a["id"])


def meantime_lines():
    root = f"{DATA}/meantime-en/intra-doc_annotation"
    with open(f"{DATA}/wikinews-statements/articles.tsv", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh][1:]
    dev = {r[0] for r in rows if r[1] == "dev"}
    for folder in sorted(os.listdir(root)):
        files = [fn for i, fn in enumerate(sorted(os.listdir(f"{root}/{folder}"))) if i % 5 != 4]
        used_by_wide = set(files[:2])
        chosen = [fn for fn in files if fn not in used_by_wide and fn.split("_")[0] in dev][:2]
        for fn in chosen:
            doc_id = fn.split("_")[0]
            with open(f"{DATA}/wikinews-statements/{doc_id}.txt", encoding="utf-8") as fh:
                text_lines = fh.read().split("\n")
            yield from _first(((n, s) for n, s in enumerate(text_lines) if n >= 2), f"mt-{doc_id}")


def re3d_lines():
    for folder in RE3D_FOLDERS:
        with open(f"{DATA}/re3d/{folder}/documents.json", encoding="utf-8-sig") as fh:
            docs = sorted((json.loads(line) for line in fh if line.strip()), key=lambda d: d["_id"])
        rest = [d for i, d in enumerate(docs) if i % 5 != 4][10:]
        chosen = [d for d in rest if RE3D_GENRE.search(d["text"])][:2]
        for d in chosen:
            sents = [s.strip() for p in d["text"].split("\n") for s in SENTENCE_END.split(p.strip())]
            yield from _first(enumerate(x for x in sents if x), f"{folder}-{d['_id'][:6]}")


def wide3_lines():
    yield from ecb_lines()
    yield from meantime_lines()
    yield from re3d_lines()


if __name__ == "__main__":
    out = list(wide3_lines())
    print(len(out))
    for o in out:
        print(o["id"], "|", o["text"])
