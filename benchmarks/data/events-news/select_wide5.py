"""Print the events-wide5 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide5.py`` (from the project root) prints the issue-15
round-11 set (``--set wide5``): a seventh blind events set from openly licensed text no other events
set used, stratified over PLOVER type groups so that every group the earlier sets hold little of
(protest, coercion and sanctions, threats, concessions, retreats, aid, investigations) is drawn.
Rule, fixed before any candidate line was read:

* Documents: re3d ``wikipedia`` (CC BY-SA 3.0), ``uk-government`` (OGL v3), ``us-state-department``
  (public domain) and ``centcom`` (public domain), sorted by ``_id``, never a held-out one
  (i % 5 == 4 of each sorted folder), for uk-government and us-state-department never one of the
  10 ``wide2`` took nor one ``wide3``/``wide4`` drew a line from; and the ECB+ development topic 9
  (the Endangered Species Act rule changes; CC BY 3.0; not a check topic), its articles sorted by id.
  The documents are interleaved: the first of each source (in the order above), then the second of
  each, and so on, so that no source fills the set.
* Lines: paragraphs split at line breaks and into sentences as ``select_wide2.py`` does (ECB+
  texts are one sentence a line already); a line needs 6 words or more and must not be a URL.
* Strata: for each of the 12 type groups of ``GROUPS`` in order, the first ``PER_GROUP`` lines in the
  interleaved document order that match the group's pattern, are not yet chosen, and come from a
  document that has not yet given a line to that group.
Ids are ``W5-<source>-<document id's first 6 characters, or the ECB+ id>-s<line>``.
"""
import gzip
import json
import os
import re

_HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "../shared/datasets"
PER_GROUP = 4
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])")
RE3D_FOLDERS = ("wikipedia", "uk-government", "us-state-department", "centcom")
ECB_TOPIC = 9
GROUPS = (
    ("protest", r"\b(protest|demonstrat|rall(y|ies|ied)\b|march(ed|es|ers)?\b|riot|boycott|hunger strike)"),
    ("assault", r"\b(attack|kill|bomb|shell|clash|fight|fought|raid|ambush|destroy|airstrike|strikes?\b)"),
    ("coerce/sanction", r"\b(arrest|detain|ban(s|ned)?\b|curfew|impos|sanction|embargo|seiz|expel|restrict|freez|suspend)"),
    ("threaten", r"\b(threat|warn|ultimatum|vow)"),
    ("demand", r"\b(demand|call(s|ed|ing)? (on|for|upon)|urg(e|ed|es|ing)\b|insist|appeal)"),
    ("consult", r"\b(meet|met\b|talks\b|visit|discuss|negotiat|host)"),
    ("agree", r"\b(agree|accord\b|deal\b|treaty|ceasefire|cease-fire|truce|promis|pledg|commit)"),
    ("support", r"\b(support|welcom|prais|endors|backed\b|condolence|applaud)"),
    ("concede", r"\b(releas|lift(s|ed|ing)?\b|eas(e|ed|es|ing)\b|allow|grant|conced|freed\b)"),
    ("retreat", r"\b(withdr[ae]w|retreat|pull(s|ed)? (out|back)|resign|step(s|ped)? down|surrender|evacuat)"),
    ("aid", r"\b(aid\b|assistance|humanitarian|donat|fund(s|ed|ing)?\b|supplies|relief)"),
    ("investigate/accuse", r"\b(investigat|accus|condemn|charg|criticis|criticiz|blame|inquir|probe|alleg)"),
)


def _used_re3d():
    used = set()
    for n in (2, 3, 4):
        with open(os.path.join(_HERE, f"events-wide{n}.json"), encoding="utf-8") as fh:
            used.update(r["id"] for r in json.load(fh))
    return used


def _re3d_docs(folder, used):
    with open(f"{DATA}/re3d/{folder}/documents.json", encoding="utf-8-sig") as fh:
        docs = sorted((json.loads(line) for line in fh if line.strip()), key=lambda d: d["_id"])
    rest = [d for i, d in enumerate(docs) if i % 5 != 4]
    if folder in ("uk-government", "us-state-department"):
        rest = rest[10:]  # the 10 wide2 took
    out = []
    for d in rest:
        key = f"{folder}-{d['_id'][:6]}"
        if any(u.startswith(f"W{n}-{key}-") for u in used for n in (2, 3, 4)):
            continue
        sents = [s.strip() for p in d["text"].split("\n") for s in SENTENCE_END.split(p.strip())]
        out.append((key, [s for s in sents if s]))
    return out


def _ecb_docs():
    with gzip.open(f"{DATA}/ecbplus-entities/dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh]
    docs = sorted((a for a in arts if int(a["topic"]) == ECB_TOPIC), key=lambda a: a["id"])
    return [(f"ecb-{a['id']}", [s for s in a["text"].split("\n")]) for a in docs]


def documents():
    used = _used_re3d()
    sources = [_re3d_docs(f, used) for f in RE3D_FOLDERS] + [_ecb_docs()]
    for i in range(max(len(s) for s in sources)):
        for s in sources:
            if i < len(s):
                yield s[i]


def wide5_lines():
    docs = list(documents())
    chosen = {}
    for group, pattern in GROUPS:
        rx = re.compile(pattern, re.I)
        n_group = 0
        for key, sents in docs:
            if n_group == PER_GROUP:
                break
            for n, s in enumerate(sents):
                lid = f"W5-{key}-s{n}"
                if lid in chosen or s.startswith("http") or len(s.split()) < 6 or not rx.search(s):
                    continue
                chosen[lid] = {"id": lid, "text": s, "group": group}
                n_group += 1
                break
    return list(chosen.values())


if __name__ == "__main__":
    import sys

    out = wide5_lines()
    print(len(out))
    if sys.argv[1:] == ["--ids"]:
        for o in out:
            print(o["id"], o["group"])
    else:
        for o in out:
            print(o["id"], "|", o["group"], "|", o["text"])
