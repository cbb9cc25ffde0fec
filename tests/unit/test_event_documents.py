"""Every events dev line sits in its article (issue 15, round 15): ``doc``/``line`` and ``--in-document``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "benchmarks" / "data" / "events-news"
NAMES = ["events-news.json"] + [f"events-wide{n}.json" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)]


def _module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


DOCS = _module("event_documents")


def _need_data() -> None:
    if not (DOCS.DATA / "re3d").exists() or not (DOCS.DATA / "ecbplus-entities").exists():
        pytest.skip("shared datasets not available")


@pytest.mark.parametrize("name", NAMES)
def test_event_documents_every_record_is_its_documents_line(name):
    _need_data()
    for r in json.loads((SETS / name).read_text(encoding="utf-8")):
        assert "doc" in r and "line" in r, r["id"]
        assert DOCS.document_lines(r["doc"])[r["line"]] == r["text"], r["id"]


def test_event_documents_locate_reads_a_press_release_from_its_id():
    _need_data()
    rid = "W2-uk-government-8B3BA2-s2"
    rec = next((r for r in json.loads((SETS / "events-wide5.json").read_text(encoding="utf-8"))
                if r["id"].endswith("-s2") and "uk-government" in r["id"]), None)
    assert rec is not None
    doc, line = DOCS.locate(rec["id"], rec["text"])
    assert doc.startswith("re3d:uk-government/") and line == 2
    assert DOCS.locate(rid, "a line no document holds") is None


def test_event_documents_in_document_feeds_the_lines_before_and_counts_from_the_line():
    _need_data()
    bench = _module("eval_events")
    rec = next(r for r in json.loads((SETS / "events-wide2.json").read_text(encoding="utf-8")) if r["line"] >= 2)
    assert bench._fed(rec) == (rec["text"], 0)
    bench.IN_DOCUMENT = True
    try:
        text, offset = bench._fed(rec)
    finally:
        bench.IN_DOCUMENT = False
    lines = DOCS.document_lines(rec["doc"])
    assert text[offset:] == rec["text"]
    assert text[:offset] == "".join(s + "\n" for s in lines[: rec["line"]])


def test_event_documents_whole_document_feeds_the_lines_after_and_counts_only_the_line():
    _need_data()
    bench = _module("eval_events")
    rec = next(r for r in json.loads((SETS / "events-wide2.json").read_text(encoding="utf-8"))
               if r["line"] == 0 and len(DOCS.document_lines(r["doc"])) > 1)
    bench.IN_DOCUMENT = bench.WHOLE_DOCUMENT = True
    try:
        text, offset = bench._fed(rec)
    finally:
        bench.IN_DOCUMENT = bench.WHOLE_DOCUMENT = False
    assert offset == 0 and text == "\n".join(DOCS.document_lines(rec["doc"]))
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Ev:
        start: int

    @dataclasses.dataclass(frozen=True)
    class Rec:
        events: tuple

    got = bench._own(Rec(events=(Ev(0), Ev(len(rec["text"]) + 5))), 0, len(rec["text"]))
    assert [e.start for e in got.events] == [0]
