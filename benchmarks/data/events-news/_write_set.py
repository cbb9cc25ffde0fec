"""Write a hand-annotated events set: the selected lines with their gold (shared by annotate_wide9/10.py)."""
import collections
import json


def write_set(lines, gold, prefix, path):
    """Give each selected line (id ``<prefix><key>``) its gold ``(event, source, target, mode, comment)`` from
    ``gold`` (every key used once), write the set to ``path`` and print its size, events and coded sources."""
    gold = dict(gold)
    out = []
    for o in lines:
        ev, src, tar, mode, comment = gold.pop(o["id"][len(prefix):])
        rec = dict(o)
        rec["event"] = ev
        if ev != "NONE":
            rec["source"] = src
            rec["target"] = tar
            if mode:
                rec["mode"] = mode
        rec["comment"] = comment
        out.append(rec)
    assert not gold, gold
    with open(path, "w") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
    print(len(out), collections.Counter(r["event"] for r in out),
          sum(1 for r in out if r["event"] != "NONE" and any(s.get("code") for s in r["source"])))
