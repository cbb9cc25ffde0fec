"""Select the dates-ecbplus2 articles (issue 15 dates round 10) by a rule fixed before any text was read.

Rule: ECB+ dev topics of hearsay's identity benchmark (topic % 5 != 0) after those dates-ecbplus
already holds (1-21), in topic order; in each, the `ecbplus` article (id ending "ecbplus", the
second ECB+ collection, which mostly carries a URL or dateline) with the lowest id string; an
article over 600 words is passed over (annotation time); the first six. Running this file writes
`<id>.txt` (the text unchanged) for each and prints the ids.
"""
import gzip
import json
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
SRC = D.parents[3] / "shared" / "datasets" / "ecbplus-entities" / "dev.jsonl.gz"
COUNT, MAX_WORDS, FIRST_TOPIC = 6, 600, 22


def select() -> list[dict]:
    rows = [json.loads(line) for line in gzip.open(SRC, "rt", encoding="utf-8")]
    chosen = []
    for topic in sorted({r["topic"] for r in rows}):
        if topic < FIRST_TOPIC or topic % 5 == 0:
            continue
        plus = sorted((r for r in rows if r["topic"] == topic and r["id"].endswith("ecbplus")), key=lambda r: r["id"])
        if plus and len(plus[0]["text"].split()) <= MAX_WORDS:
            chosen.append(plus[0])
        if len(chosen) == COUNT:
            break
    return chosen


if __name__ == "__main__":
    for r in select():
        (D / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
        print(r["id"], len(r["text"].split()))
    sys.exit(0)
