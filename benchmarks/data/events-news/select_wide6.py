"""Print the events-wide6 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide6.py`` (from the project root) prints the issue-15
round-12 set (``--set wide6``): an eighth blind events set from openly licensed text no other events
set used, drawn per PLOVER type group as ``wide5`` was. Rule, fixed before any candidate line was read:

* Documents, never a held-out one and never one any events set (news, wide, wide2 … wide5) drew a
  line from:
  - ECB+ development topics (CC BY 3.0) no events set drew from, never a check topic
    (topic % 5 == 0); articles sorted by topic, then id;
  - MEANTIME files (CC BY 4.0), never a held-out one (i % 5 == 4 of each sorted folder), sorted by
    folder and file name; body sentences only (sentence 2 on), rebuilt from the tokens;
  - re3d (per folder licence), never a held-out document (i % 5 == 4 of each folder sorted by
    ``_id``), for the four folders ``wide2`` read never one of its first 10.
  The three sources are interleaved: the first document of each (in the order above), then the
  second of each, and so on.
* Lines: a line needs 6 words or more and must not be a URL (re3d texts split as ``select_wide5.py``
  does; ECB+ texts are one sentence a line already).
* Strata: for each of the 12 type groups of ``GROUPS`` in order, the first ``PER_GROUP`` lines in the
  interleaved document order that match the group's pattern, are not yet chosen, and come from a
  document that has not yet given a line to that group.
* The round-11 flaw fixed: the protest pattern is case-sensitive for "march" (lower case only, so the
  month "March" does not match), takes demonstrators/demonstrations (not "demonstrate", which is
  mostly "show"), and a strike only with "on", "general" or "hunger".
Ids are ``W6-<source>-<document id>-s<line>``.
"""
import collections
import gzip
import json
import os
import re
import xml.etree.ElementTree as ET

_HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "../shared/datasets"
MEANTIME = f"{DATA}/meantime-en/intra-doc_annotation"
PER_GROUP = 4
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])")
RE3D_FOLDERS = ("wikipedia", "centcom", "uk-government", "us-state-department", "australian-dfat",
                "eu-delegation-syria")
WIDE2_FOLDERS = ("uk-government", "us-state-department", "australian-dfat", "eu-delegation-syria")
GROUPS = (
    ("protest", r"\b(protest|demonstrat(ors?|ions?)\b|rall(y|ies|ied)\b|(?-i:march(ed|es|ers|ing)?)\b|"
     r"riot|boycott|(on|general|hunger) strike|sit-in|walk-?out)"),
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
_ECB_ID = re.compile(r"^(?:NEWS|WIDE|W\d)-(?:ecb-)?(\d+)_\d+ecb")


# the sets whose lines and documents a new set leaves out (wide7 adds wide6)
USED_SETS = ("", 2, 3, 4, 5)


def _used_ids(used_sets=USED_SETS):
    used = set()
    for name in ("events-news.json",) + tuple(f"events-wide{n}.json" for n in used_sets):
        with open(os.path.join(_HERE, name), encoding="utf-8") as fh:
            used.update(r["id"] for r in json.load(fh))
    return used


def _ecb_docs(used):
    topics = {int(m.group(1)) for u in used if (m := _ECB_ID.match(u))}
    with gzip.open(f"{DATA}/ecbplus-entities/dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh]
    by_topic = collections.defaultdict(list)
    for a in sorted(arts, key=lambda a: a["id"]):
        if int(a["topic"]) % 5 and int(a["topic"]) not in topics:
            by_topic[int(a["topic"])].append(a)
    # round-robin over topics (the first article of each topic, then the second …), so that no
    # topic fills the source
    docs = [by_topic[t][i] for i in range(max(map(len, by_topic.values())))
            for t in sorted(by_topic) if i < len(by_topic[t])]
    return [(f"ecb-{a['id']}", a["text"].split("\n")) for a in docs]


def _meantime_docs(used):
    text = " ".join(sorted(used))
    out = []
    for folder in sorted(os.listdir(MEANTIME)):
        files = [fn for i, fn in enumerate(sorted(os.listdir(f"{MEANTIME}/{folder}"))) if i % 5 != 4]
        for j, fn in enumerate(files):
            doc = fn.split("_")[0]
            if j < 2 or f"-mt-{doc}-" in text or f"-mt-{doc}_" in text:
                continue  # wide took the first 2 of each folder; the others by id
            sents = collections.defaultdict(list)
            for tok in ET.parse(f"{MEANTIME}/{folder}/{fn}").getroot().findall("token"):
                sents[int(tok.get("sentence"))].append(tok.text or "")
            body = [" ".join(toks) if n >= 2 else "" for n, toks in sorted(sents.items())]
            out.append((f"mt-{doc}", body))
    return out


def _re3d_docs(used):
    text = " ".join(sorted(used))
    out = []
    for folder in RE3D_FOLDERS:
        with open(f"{DATA}/re3d/{folder}/documents.json", encoding="utf-8-sig") as fh:
            docs = sorted((json.loads(line) for line in fh if line.strip()), key=lambda d: d["_id"])
        rest = [d for i, d in enumerate(docs) if i % 5 != 4]
        if folder in WIDE2_FOLDERS:
            rest = rest[10:]
        for d in rest:
            key = f"{folder}-{d['_id'][:6]}"
            if f"-{key}-" in text:
                continue
            sents = [s.strip() for p in d["text"].split("\n") for s in SENTENCE_END.split(p.strip())]
            out.append((key, [s for s in sents if s]))
    return out


def documents(used_sets=USED_SETS):
    used = _used_ids(used_sets)
    sources = [_ecb_docs(used), _meantime_docs(used), _re3d_docs(used)]
    for i in range(max(len(s) for s in sources)):
        for s in sources:
            if i < len(s):
                yield s[i]


def wide6_lines(prefix="W6", per_group=PER_GROUP, used_sets=USED_SETS):
    """The set's lines; select_wide7.py runs the same rule with its own prefix, count and exclusions."""
    docs = list(documents(used_sets))
    chosen = {}
    for group, pattern in GROUPS:
        rx = re.compile(pattern, re.I)
        n_group = 0
        for key, sents in docs:
            if n_group == per_group:
                break
            for n, s in enumerate(sents):
                lid = f"{prefix}-{key}-s{n}"
                if lid in chosen or s.startswith("http") or len(s.split()) < 6 or not rx.search(s):
                    continue
                chosen[lid] = {"id": lid, "text": s, "group": group}
                n_group += 1
                break
    return list(chosen.values())


if __name__ == "__main__":
    import sys

    out = wide6_lines()
    print(len(out))
    if sys.argv[1:] == ["--ids"]:
        for o in out:
            print(o["id"], o["group"])
    else:
        for o in out:
            print(o["id"], "|", o["group"], "|", o["text"])
