"""Print the events-news candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select.py`` prints the round-3 set (``--set news``);
``python3 benchmarks/data/events-news/select.py wide`` prints the round-4 set (``--set wide``):
the same verb filter over ECB+ development topics that round 3 did not use and over MEANTIME
development files (never a held-out one).
"""
import gzip, json, os, re, sys, collections
import xml.etree.ElementTree as ET

VERBS = r"\b(attack|arrest|protest|clash|riot|captur|kill|shot|shoot|demand|call(?:ed|s|ing)? (?:for|on)|urg|accus|condemn|critici[sz]|denounc|threat|warn|negotiat|met|meet|agree|sign|sanction|ban|deploy|releas|fre(?:e|ed)|detain|charg|strik|march|demonstrat|seiz|hijack|rescu|sentenc|convict|investigat|prob|impos|support|help|reject|refus|deny|denied|withdr|resign|surrender|storm|block|evacuat|hurl|threw|throw|loot|torch|fired)\w*"
# round 3 (--set news): political violence / policing topics, articles per topic
TOPICS = {8: 6, 12: 6, 19: 6, 11: 2, 26: 2}
# round 4 (--set wide): the other development topics whose seminal event is violence or policing
# (3 prison escape and capture, 13 church arson, 16 deputy shot by a gang member, 18 office-party
# killing, 21 killing in a store, 22 Kraft shooting trial, 24 Paris jewel robbery, 32 double
# murder, 33 murder confession), never a check topic (topic % 5 == 0): first 2 articles each;
# plus MEANTIME (business news): per corpus folder the first 2 development files (sorted by name,
# skipping the held-out i % 5 == 4).
WIDE_TOPICS = {3: 2, 13: 2, 16: 2, 18: 2, 21: 2, 22: 2, 24: 2, 32: 2, 33: 2}
MEANTIME = "../shared/datasets/meantime-en/intra-doc_annotation"


def keep(line):
    return not line.startswith("http") and len(line.split()) >= 6 and re.search(VERBS, line, re.I)


def ecb_lines(topics):
    arts = [json.loads(l) for l in gzip.open("../shared/datasets/ecbplus-entities/dev.jsonl.gz")]
    for t, n_docs in topics.items():
        docs = sorted([a for a in arts if int(a["topic"]) == t], key=lambda a: a["id"])[:n_docs]
        for a in docs:
            for n, s in enumerate(a["text"].split("\n")):
                if keep(s):
                    yield {"id": f"{a['id']}-s{n}", "text": s}


def meantime_lines(per_folder=2):
    for folder in sorted(os.listdir(MEANTIME)):
        files = [fn for i, fn in enumerate(sorted(os.listdir(f"{MEANTIME}/{folder}"))) if i % 5 != 4]
        for fn in files[:per_folder]:
            sents = collections.defaultdict(list)
            for tok in ET.parse(f"{MEANTIME}/{folder}/{fn}").getroot().findall("token"):
                sents[int(tok.get("sentence"))].append(tok.text or "")
            for n, toks in sorted(sents.items()):
                s = " ".join(toks)
                if keep(s):
                    yield {"id": f"mt-{fn.split('_')[0]}-s{n}", "text": s}


if __name__ == "__main__":
    if sys.argv[1:] == ["wide"]:
        out = list(ecb_lines(WIDE_TOPICS)) + list(meantime_lines())
    else:
        out = list(ecb_lines(TOPICS))
    print(len(out))
    for o in out:
        print(o["id"], "|", o["text"])
