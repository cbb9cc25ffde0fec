"""Dump every entity hearsay finds (and the rest of each record) on ECB+ dev, MEANTIME dev and the founding article.

Usage: PYTHONPATH=<tree>/src .venv/bin/python benchmarks/entities_output_dump.py OUT.jsonl [N_ECB]
Run it on two trees and ``cmp`` the outputs to prove a refactor of ``extract/entities`` leaves the
output byte-identical (the split of ``mentions.py``). One JSON line per analysis: the entities
(name, type, aliases, roles, ids, every mention's offsets) and the record's ``to_dict`` form.
"""
import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
sys.path.insert(0, str(HERE))

from hearsay.config import load_settings  # noqa: E402
from hearsay.pipeline import analyze, analyze_text  # noqa: E402
from hearsay.record import to_dict  # noqa: E402
from meantime_entities import iter_rows, meantime_article  # noqa: E402

if len(sys.argv) not in (2, 3) or sys.argv[1].startswith("-"):
    print("usage: entities_output_dump.py OUT.jsonl [N_ECB]", file=sys.stderr)
    raise SystemExit(2)
n_ecb = int(sys.argv[2]) if len(sys.argv) == 3 else 10**9
settings = load_settings({"store": False}, environ={})
counts = {"analyses": 0, "entities": 0, "mentions": 0}
t0 = time.time()
with open(sys.argv[1], "w", encoding="utf-8") as out:
    def emit(src: str, record: object) -> None:
        d = to_dict(record)  # type: ignore[arg-type]
        counts["analyses"] += 1
        counts["entities"] += len(d["entities"])
        counts["mentions"] += sum(len(e["mentions"]) for e in d["entities"])
        out.write(json.dumps({"src": src, "entities": d["entities"], "record": d}, sort_keys=True, ensure_ascii=False) + "\n")

    with gzip.open(SHARED / "datasets" / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n_ecb:
                break
            row = json.loads(line)
            emit("ecb:" + row["id"], analyze_text(row["text"], settings))
    for row in iter_rows("dev"):
        emit("meantime:" + row["id"], analyze(meantime_article(row), settings))
        emit("meantime-text:" + row["id"], analyze_text(row["text"], settings))
    emit("founding", analyze_text((SHARED / "golden" / "kursk-dprk.txt").read_text(encoding="utf-8"), settings))
print(counts, f"{time.time() - t0:.0f}s", file=sys.stderr)
