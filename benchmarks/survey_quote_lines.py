"""Count the quotations over several lines in the statements dev sets and ECB+ dev, by how they pair.

Issue 14 round 24. For every text of the statements dev sets (``eval_statements.LOADERS``, dev
split) and every ECB+ article of a dev topic (topics divisible by 5 are issue 12's check split and
are left out), the quotation spans of ``find_quote_spans`` are read line by line: a quotation left
unclosed at a line end followed by lines with no marks and then a line that re-opens it or has
another mark; a quotation closed lines later (covered); a closing mark on a line with no opener
left outside every span. Each count is a line where the mechanism starts.

    PYTHONPATH=src .venv/bin/python benchmarks/survey_quote_lines.py
"""
from __future__ import annotations

import collections
import pathlib
import re
import sys
from collections.abc import Iterator

sys.path.insert(0, str(pathlib.Path(__file__).parent))

import eval_statements as ev  # noqa: E402
from open_corpus import load_ecb  # noqa: E402

from hearsay.extract.statements._quote_marks import find_quote_spans  # noqa: E402

OPEN = set("“«„") | {'"'}
MARKS = ("“", "”", '"', "«", "»", "„", "``", "''")

def docs() -> Iterator[tuple[str, str, str]]:
    """Every statements dev text, then every ECB+ dev-topic article."""
    for name in ev.LOADERS:
        split = "all" if name == "founding" else "dev"
        for d in ev.LOADERS[name](split):
            yield name, d.id, d.text
    for row in load_ecb():
        if row["topic"] % 5:
            yield "ecb-dev", row["id"], row["text"]

def kind(line):
    s = line.lstrip()
    if s.startswith("``"): return "ptb"
    if s[:1] == '"': return "straight"
    if s[:1] in "“«„": return "curly"
    return None

def main() -> int:
    counts = collections.Counter(); examples = collections.defaultdict(list)
    layout = collections.Counter()
    for setname, did, text in docs():
        spans = find_quote_spans(text)
        lines = []; pos = 0
        for ln in text.split("\n"):
            lines.append((pos, pos + len(ln), ln)); pos += len(ln) + 1
        nonblank = [l for l in lines if l[2].strip()]
        if nonblank:
            ends = sum(len(re.findall(r"[.?!][\"”'’]?(\s|$)", l[2])) for l in nonblank) / len(nonblank)
            lay = "sentence" if ends < 1.3 else "paragraph"
        def covered(a, b):
            return any(s.start <= a and b <= (s.end if s.close is None else s.close) + 1 for s in spans)
        def has_mark(l): return any(m in l for m in MARKS)
        found = False
        for k, (a, b, ln) in enumerate(lines):
            st = ln.strip()
            if not st: continue
            # unclosed span ending on this line, followed by mark-less lines then a reopening line
            unc = [s for s in spans if s.close is None and a <= s.open < b and s.end <= b]
            if unc:
                j = k + 1; gap = []
                while j < len(lines) and len(gap) <= 4 and lines[j][2].strip() and not has_mark(lines[j][2]):
                    gap.append(j); j += 1
                if gap and j < len(lines) and lines[j][2].strip():
                    kk = kind(lines[j][2])
                    mech = "unclosed, mark-less lines, then reopening" if kk else "unclosed, mark-less lines, then other marked line"
                    mk = kind(ln[unc[-1].open - a:]) or "mid-line"
                    counts[(setname, mech, kind(lines[j][2]) or mk)] += 1; layout[(setname, lay)] += 1; found = True
                    examples[mech].append((setname, did, [lines[i][2][:70] for i in [k] + gap + [j]]))
                elif not gap and j < len(lines) and kind(lines[j][2]):
                    counts[(setname, "unclosed, reopened on the next line (no gap)", kind(lines[j][2]))] += 1
            # multi-line spans (run-on handled)
            for s in spans:
                if a <= s.open < b and s.close is not None and s.close > b:
                    counts[(setname, "run-on: closes lines later (covered)", kind(ln[s.open - a:]) or "mid")] += 1
            # reopening within a line after a sentence end: “A. “B.
            if re.search(r"[.?!]\s+(“|``)", ln) and any(s.close is None and a <= s.open < b and s.end < b - 3 for s in spans):
                counts[(setname, "paragraph-continuation reopening inside a line", "curly/ptb")] += 1
            # orphan closer: closing mark on a line with no opener and not covered
            m = re.search(r"[.?!,](”|'')\s*", ln)
            if m and not any(o in ln[:m.start()] for o in ("“", "``")) and not covered(a + m.start(), a + m.start() + 1):
                counts[(setname, "orphan closer: line closes, no opener", "curly/ptb")] += 1
                examples["orphan"].append((setname, did, [lines[k-1][2][:70] if k else "", ln[:90]]))
        if found: pass
    for key in sorted(counts): print(counts[key], *key, sep="\t")
    print(layout)
    for mech, ex in examples.items():
        print("==", mech, len(ex))
        for e in ex[:60]: print("  ", e[0], e[1]); [print("     |", x) for x in e[2]]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
