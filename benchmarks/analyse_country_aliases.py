"""How much of the ledger's cross-article precision loss is the country-alias convention (issue 12).

hearsay makes a country's demonym, capital and seat of government mentions of the country
("North Korean" and "Pyongyang" are North Korea: the founding article's gold wants it, and the
event coder reads actors through it). ECB+ and GUM annotate them otherwise (a demonym inside
"an American linguist" belongs to the person, "French" in "speaks French" is the language, a
city is its own entity), so every such mention joined to its country's other mentions is a wrong
cross-article pair by their gold. This script splits the ledger's cross-article pairs on a
stored evaluation store by whether one side is such a mention, by what the gazetteer calls it.

Usage (from the project root, on a store ``eval_ledger_entities.py --db`` kept):
    .venv/bin/python benchmarks/analyse_country_aliases.py --set ecb|meantime|gum --db STORE.db
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_ledger_entities as E  # noqa: E402


def _matched(which: str, db: Path) -> list[E.Matched]:
    if which == "ecb":
        from open_corpus import ecb_article, load_ecb

        rows = load_ecb()
        dev = set(E.split_topics("dev", sorted({r["topic"] for r in rows})))
        rows = [r for r in rows if r["topic"] in dev]
        matched, _ = E.match_mentions(rows, {r["id"]: ecb_article(r) for r in rows}, db)
        return [m for m in matched if not E._singleton(m)]  # the view the P target is met on
    if which == "meantime":
        from meantime_entities import load_meantime_entities, meantime_article

        rows = [r for r in load_meantime_entities() if r["split"] == "dev"]
        return E.match_mentions(rows, {r["id"]: meantime_article(r) for r in rows}, db)[0]
    from gum_entities import gum_article, load_gum_entities

    rows = [r for r in E.gum_gold_rows(load_gum_entities()) if r["split"] == "dev"]
    return E.match_mentions(rows, {r["id"]: gum_article(r) for r in rows}, db, True)[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["ecb", "meantime", "gum"], default="ecb")
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args(argv)
    from hearsay.extract.entities.gazetteer import load_gazetteer

    gaz = load_gazetteer()

    def kind(m: E.Matched) -> str | None:
        hit = gaz.lookup(m.surface)
        return hit.kind if hit is not None and hit.kind in {"demonym", "capital", "metonym"} else None

    matched = _matched(args.set, args.db)
    pairs: Counter[tuple[str, bool]] = Counter()
    for i, a in enumerate(matched):
        for b in matched[i + 1:]:
            if a.doc != b.doc and a.canonical == b.canonical:
                pairs[(kind(a) or kind(b) or "other", a.gold == b.gold)] += 1
    print(f"{args.set} dev: the ledger's cross-article pairs by what their country-alias side is")
    print(f"{'side':10} {'right':>7} {'wrong':>7}")
    for side in ("other", "demonym", "capital", "metonym"):
        print(f"{side:10} {pairs[(side, True)]:7d} {pairs[(side, False)]:7d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
