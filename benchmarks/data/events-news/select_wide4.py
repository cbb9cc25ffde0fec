"""Print the events-wide4 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide4.py`` (from the project root) prints the issue-15
round-10 set (``--set wide4``): a sixth blind events set from openly licensed news no other events
set used, favouring the genres the earlier sets hold least of (legislatures, strikes and unions,
trade disputes, sanctions, aid and bail-outs, ceasefires and peacekeeping, refugees, cyber). Rule,
fixed before any candidate line was read:

* MEANTIME (CC BY 4.0; never a held-out file, i % 5 == 4 of each sorted folder), files neither
  ``wide`` (the first 2 development files of each folder) nor ``wide3`` (its chosen
  wikinews-statements articles) used, sorted by file name; per folder the first 3 whose body text
  matches ``GENRE`` (a first version matched the file name, the Wikinews headline, and gave one
  file in all; changed after counting the ids only, before any line was read); text rebuilt from
  the tokens as ``select.py`` does; body sentences only (MEANTIME sentence 0 is the headline, 1 the
  dateline: sentence 2 on).
* re3d ``uk-government`` (OGL v3) and ``us-state-department`` (public domain), documents sorted by
  ``_id``, never a held-out one (i % 5 == 4), after the 10 ``wide2`` took and not one ``wide3``
  took, the first 2 per folder whose text matches ``GENRE``; sentences split as in
  ``select_wide2.py``.
* In each document, the first 3 lines that pass events-news's verb filter (``select.keep``).
Ids are ``W4-<source id>-s<line>``.
"""
import collections
import importlib.util
import json
import os
import re
import xml.etree.ElementTree as ET

_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, fn):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_HERE, fn))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_SELECT = _load("events_news_select", "select.py")
_W3 = _load("events_news_select_wide3", "select_wide3.py")
keep = _SELECT.keep

DATA = "../shared/datasets"
MEANTIME = f"{DATA}/meantime-en/intra-doc_annotation"
PER_DOC = 3
MT_PER_FOLDER = 3
RE3D_PER_FOLDER = 2
RE3D_FOLDERS = ("uk-government", "us-state-department")
GENRE = re.compile(
    r"(senate|congress|parliament|legislat|\bvote|strike|union|\btrade|tariff|\bwto\b|dispute|"
    r"subsid|sanction|embargo|\baid\b|loan|assistance|bail-?out|rescue|ceasefire|cease-fire|"
    r"cessation of hostilities|truce|peacekeep|refugee|displaced|cyber|hack)",
    re.I,
)
SENTENCE_END = _W3.SENTENCE_END


def _first(lines, prefix):
    n_kept = 0
    for n, s in lines:
        if n_kept == PER_DOC:
            return
        if s and keep(s):
            n_kept += 1
            yield {"id": f"W4-{prefix}-s{n}", "text": s}


def _used_meantime():
    used = set()
    for folder in sorted(os.listdir(MEANTIME)):
        files = [fn for i, fn in enumerate(sorted(os.listdir(f"{MEANTIME}/{folder}"))) if i % 5 != 4]
        used.update(files[:2])  # wide
    with open(os.path.join(_HERE, "events-wide3.json"), encoding="utf-8") as fh:
        w3 = {r["id"].split("-")[2] for r in json.load(fh) if r["id"].startswith("W3-mt-")}
    return used, w3


def meantime_lines():
    used, w3_docs = _used_meantime()
    for folder in sorted(os.listdir(MEANTIME)):
        files = [fn for i, fn in enumerate(sorted(os.listdir(f"{MEANTIME}/{folder}"))) if i % 5 != 4]
        rest = [fn for fn in files if fn not in used and fn.split("_")[0] not in w3_docs]
        n_chosen = 0
        for fn in rest:
            if n_chosen == MT_PER_FOLDER:
                break
            sents = collections.defaultdict(list)
            for tok in ET.parse(f"{MEANTIME}/{folder}/{fn}").getroot().findall("token"):
                sents[int(tok.get("sentence"))].append(tok.text or "")
            body = [(n, " ".join(toks)) for n, toks in sorted(sents.items()) if n >= 2]
            if not GENRE.search(" ".join(s for _, s in body)):
                continue
            n_chosen += 1
            yield from _first(body, f"mt-{fn.split('_')[0]}")


def re3d_lines():
    with open(os.path.join(_HERE, "events-wide3.json"), encoding="utf-8") as fh:
        w3_ids = {r["id"] for r in json.load(fh)}
    for folder in RE3D_FOLDERS:
        with open(f"{DATA}/re3d/{folder}/documents.json", encoding="utf-8-sig") as fh:
            docs = sorted((json.loads(line) for line in fh if line.strip()), key=lambda d: d["_id"])
        rest = [d for i, d in enumerate(docs) if i % 5 != 4][10:]
        rest = [d for d in rest if not any(i.startswith(f"W3-{folder}-{d['_id'][:6]}-") for i in w3_ids)]
        chosen = [d for d in rest if GENRE.search(d["text"])][:RE3D_PER_FOLDER]
        for d in chosen:
            sents = [s.strip() for p in d["text"].split("\n") for s in SENTENCE_END.split(p.strip())]
            yield from _first(enumerate(x for x in sents if x), f"{folder}-{d['_id'][:6]}")


def wide4_lines():
    yield from meantime_lines()
    yield from re3d_lines()


if __name__ == "__main__":
    import sys

    out = list(wide4_lines())
    print(len(out))
    if sys.argv[1:] == ["--ids"]:
        for o in out:
            print(o["id"])
    else:
        for o in out:
            print(o["id"], "|", o["text"])
