"""Select the dates-ecbplus3 articles (issue 15 dates round 11) by a rule fixed before any text was read.

Rule: the ECB+ dev topics of hearsay's identity benchmark (topic % 5 != 0) that no dates set uses
(dates-ecbplus holds 1-21, dates-ecbplus2 22-28): 29, 31, 32, 33, 34. Articles are taken in rounds:
each round takes, from each of those topics in topic order, its next `ecbplus` article (id ending
"ecbplus", the second ECB+ collection, which mostly carries a URL or dateline) in id-string order,
passing over articles of more than 600 words (annotation time). Whole rounds are annotated, in order,
until the gold holds at least 80 TIMEX3; ROUNDS records how many that took (set after annotating,
the order itself is fixed here). Running this file writes `<id>.txt` (the text unchanged) for each
selected article and prints the ids.
"""
import gzip
import json
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
SRC = D.parents[3] / "shared" / "datasets" / "ecbplus-entities" / "dev.jsonl.gz"
FIRST_TOPIC, MAX_WORDS = 29, 600
ROUNDS = 4  # four rounds (20 articles) reached 106 TIMEX3; three gave 74


def order() -> list[dict]:
    """Return the candidate articles in annotation order (round by round)."""
    rows = [json.loads(line) for line in gzip.open(SRC, "rt", encoding="utf-8")]
    topics = sorted(t for t in {r["topic"] for r in rows} if t >= FIRST_TOPIC and t % 5 != 0)
    queues = {t: sorted((r for r in rows if r["topic"] == t and r["id"].endswith("ecbplus")
                         and len(r["text"].split()) <= MAX_WORDS), key=lambda r: r["id"]) for t in topics}
    out = []
    for k in range(max(len(q) for q in queues.values())):
        out.extend(queues[t][k] for t in topics if k < len(queues[t]))
    return out


def select(rounds: int = ROUNDS) -> list[dict]:
    """Return the articles of the first `rounds` rounds."""
    n_topics = len({r["topic"] for r in order()})
    return order()[: rounds * n_topics]


if __name__ == "__main__":
    for r in select():
        (D / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
        print(r["id"], len(r["text"].split()))
    sys.exit(0)
