"""Dump every figure and rejection find_figures returns on every figures dev set, plus the metrics, as JSON.

Usage: .venv/bin/python benchmarks/figures_output_dump.py OUT.json  (run at two commits with PYTHONPATH=/tmp/X/src
to prove a speed change leaves the output identical; issue 15 round 8)."""
import json
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import hearsay.extract.figures.amounts as amounts
if len(sys.argv) != 2 or sys.argv[1].startswith("-"):
    print("usage: figures_output_dump.py OUT.json", file=sys.stderr)
    raise SystemExit(2)
out_path = sys.argv[1]
rec = []
orig = amounts.find_figures
def wrapped(doc, *a, **k):
    figs, rej = orig(doc, *a, **k)
    rec.append([doc.text[:40], [repr(f) for f in figs], [repr(r) for r in rej]])
    return figs, rej
amounts.find_figures = wrapped
import eval_figures as ev
from hearsay.config import load_settings
from hearsay.nlp.parser import load_pipeline
s = load_settings({"store": False}, environ={})
nlp = load_pipeline(s.model, s.model_version)
res = {}
res.update(ev.evaluate(["recognizers", "wikinews", "news", "re3d", "meantime"], ["dev"], nlp))
for v in ("flatten", "mojibake"):
    res.update(ev.evaluate(["news"], ["dev"], nlp, None, "all", v))
for r in ("round2", "round3", "round5", "round6", "round7", "round9", "round10", "round11", "round12", "round13", "round14", "round15", "round16", "round17", "round18", "round20", "round21"):
    res.update(ev.evaluate(["news"], ["dev"], nlp, None, r, ""))
try:
    with open(out_path, "w") as fh:
        json.dump({"metrics": res, "figures": rec}, fh, indent=0)
except OSError as exc:
    print(f"error: cannot write {out_path}: {exc.strerror}", file=sys.stderr)
    raise SystemExit(1)
print(len(rec), "docs")
for k, v in res.items():
    print(f"{k:<34} " + "  ".join(f"{a} {b:.3f}" if isinstance(b, float) else f"{a} {b}" for a, b in v.items()))
