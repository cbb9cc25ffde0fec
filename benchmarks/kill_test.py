"""Crash safety of ``hearsay ingest`` (issue 8): SIGKILL it at random points, restart, check.

A corpus of ~15 short real articles (the founding article plus the shortest Wikinews texts,
CC BY 4.0) is copied to a temporary directory and analysed once in this process as the
reference (hearsay imported from a copy of ``src/`` taken at the start, as in the ingests).
Then ``hearsay ingest DIR --db URL`` runs as a subprocess and is killed with
SIGKILL at random points (a random delay after it stores a new article, sometimes during
start-up), restarted, and after every kill the store is checked: no duplicate hash, every
stored article has exactly the reference's entity/mention/statement/figure/time/event/
rejection rows, the ledger saw each stored article once and holds nothing of an unstored one.
When a run finishes on its own, the whole corpus must be there exactly once; then a new round
starts on a fresh store. See ``tests/reliability/_kill.py`` for the loop.

    .venv/bin/python benchmarks/kill_test.py --kills 50 --db sqlite
    .venv/bin/python benchmarks/kill_test.py --kills 50 --db postgres

Exits non-zero if any check failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from reliability._crash import corpus, pg_server_url, reference, snapshot  # noqa: E402
from reliability._kill import run_kills  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50, help="SIGKILLs to deliver (default 50)")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--articles", type=int, default=15, help="corpus size (default 15)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock, printed)")
    parser.add_argument("--max-delay", type=float, default=1.5, help="longest delay after a write before the kill (s)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"seed {seed}", flush=True)
    with tempfile.TemporaryDirectory(prefix="hearsay-kill-") as tmp:
        work = Path(tmp)
        paths = corpus(work / "articles", args.articles)
        src = snapshot(work / "src")  # others may edit src/ during the run
        ref = reference(paths, src)
        server = pg_server_url() if args.db == "postgres" else None
        stats = run_kills(args.db, args.kills, work / "articles", ref, work, pg_server=server, seed=seed, src=src,
                          max_delay=args.max_delay, report=lambda line: print(line, flush=True))
    figures = {
        "backend": stats.backend, "seed": seed, "articles": len(ref.order), "kills": stats.kills,
        "rounds_completed": stats.rounds, "kills_in_write_transaction": stats.in_transaction,
        "kills_before_first_write": stats.before_first_write, "problems": len(stats.problems),
        "seconds": round(stats.seconds, 1),
    }
    print(json.dumps(figures, indent=2))
    for problem in stats.problems:
        print("PROBLEM:", problem)
    if args.json:
        args.json.write_text(json.dumps({**figures, "problem_list": stats.problems}, indent=2))
    return 1 if stats.problems else 0


if __name__ == "__main__":
    sys.exit(main())
