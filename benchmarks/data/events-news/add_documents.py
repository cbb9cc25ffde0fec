"""Give every record of the events dev sets its document (``doc``) and line (``line``), wide8's fields.

``python3 benchmarks/data/events-news/add_documents.py`` (from the project root; issue 15, round 15):
for each of events-news.json and events-wide.json … events-wide7.json, reads each record's document
and line number from its id (``benchmarks/event_documents.locate``: the id names the document and the
line number its selection script gave), checks that the document's line is the record's text, and
writes ``doc`` and ``line`` after ``id``. The gold (event, actors, comments) is not touched. Exits
non-zero if a record cannot be placed. Running it again changes nothing.
"""
import json
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(_HERE, "..", ".."))
from event_documents import locate  # noqa: E402

SETS = ("events-news.json",) + tuple(f"events-wide{n}.json" for n in ("", 2, 3, 4, 5, 6, 7))


def main():
    missing = 0
    for name in SETS:
        path = os.path.join(_HERE, name)
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        records = json.loads(raw)
        out = []
        for r in records:
            found = locate(r["id"], r["text"])
            if found is None:
                print(f"{name}: {r['id']} not found in its document", file=sys.stderr)
                missing += 1
                out.append(r)
                continue
            rest = {k: v for k, v in r.items() if k not in ("id", "doc", "line")}
            out.append({"id": r["id"], "doc": found[0], "line": found[1], **rest})
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, ensure_ascii=False)
            fh.write("\n" if raw.endswith("\n") else "")  # keep each file's ending
        print(name, len(out), "records")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
