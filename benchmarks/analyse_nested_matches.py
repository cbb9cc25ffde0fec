"""Count the gold mentions ``eval_ledger_entities.py`` matches to a hearsay mention of a modifier only.

Usage (from the project root, on a store that ``eval_ledger_entities.py --db`` left):
    PYTHONPATH=src .venv/bin/python benchmarks/analyse_nested_matches.py --set ecb|meantime --db STORE.db [--examples N]

The scorer maps each gold mention to the hearsay mention that overlaps it most. A gold description
("Mafia boss", "an Athens bank", "the Airbus A380") then takes the entity of a name that only
modifies it ("Mafia", "Athens", "Airbus") whenever hearsay has no mention of the description's
head. This counts those matches on the dev split: the gold span is cut before its first comma or
postmodifying preposition/relative word, its last word is the head, and a match is *modifier only*
when the hearsay mention ends before the head. Each is shown by head (lower case: a description;
capitalised: a name), gold tag and hearsay type (issue 12 round 18, class 2). Nothing is changed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_POSTMODIFIER = re.compile(r",| (?:in|of|at|on|near|from|for|with|who|that|which|to|by)\b| -")


def _dev_rows(gold: str) -> tuple[list[dict], object]:
    import eval_ledger_entities as E

    if gold == "ecb":
        from open_corpus import ecb_article

        rows = [json.loads(line) for line in gzip.open(E.Path(__file__).resolve().parents[2] / "shared" / "datasets"
                                                          / "ecbplus-entities" / "dev.jsonl.gz")]
        topics = set(E.split_topics("dev", sorted({r["topic"] for r in rows})))
        return [r for r in rows if r["topic"] in topics], ecb_article
    from meantime_entities import load_meantime_entities, meantime_article

    return [r for r in load_meantime_entities() if r["split"] == "dev"], meantime_article


def main(argv: list[str] | None = None) -> int:
    import eval_ledger_entities as E

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("ecb", "meantime"), default="ecb")
    parser.add_argument("--db", required=True)
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args(argv)
    rows, make = _dev_rows(args.set)
    docs, mentions = E._store_rows(Path(args.db))
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    matched = 0
    for row in rows:
        article = make(row)  # type: ignore[operator]
        if article.doc_id not in docs:
            continue
        key, stored = docs[article.doc_id]
        omap = E.OffsetMap(row["text"], stored)
        for gm in row["mentions"]:
            span = omap.span(gm["start"], gm["end"])
            if span is None:
                continue
            best, best_overlap = None, 0
            for m in mentions.get(key, []):  # the scorer's own choice (match_mentions)
                overlap = min(span[1], m[1]) - max(span[0], m[0])
                if overlap > best_overlap or (overlap == best_overlap and best is not None and overlap > 0
                                              and m[1] - m[0] < best[1] - best[0]):
                    best, best_overlap = m, overlap
            if best is None:
                continue
            matched += 1
            text = stored[span[0]:span[1]]
            cut = _POSTMODIFIER.search(text)
            core = text[:cut.start()] if cut else text
            words = [w for w in core.replace("’s", "").replace("'s", "").split() if w.strip(".,”“\"'")]
            if not words:
                continue
            head_start = span[0] + core.rfind(words[-1])
            if best[1] > head_start:
                continue  # the hearsay mention reaches the head
            kind = f"{'description' if words[-1][:1].islower() else 'name'} head; gold {gm.get('tag', '-')}; hearsay {best[7]}"
            counts[kind] += 1
            if len(examples[kind]) < args.examples:
                examples[kind].append(f"{row['id']}: {text!r} -> {best[2]!r}")
    print(f"{args.set} dev: {matched} matched gold mentions, {sum(counts.values())} matched on a modifier only")
    for kind, n in counts.most_common():
        print(f"{n:5d}  {kind}")
        for line in examples[kind]:
            print(f"         {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
