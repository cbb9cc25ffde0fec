"""Score hearsay's PLOVER event coder on plover-gsr, petrarch2-unittests and the founding article.

Usage (from the project root):
    .venv/bin/python benchmarks/eval_events.py --set plover|news|wide|wide2|wide3|wide4|wide5|wide6|wide7|wide8|wide9|wide10|wide11|wide12|wide13|wide14|wide15|wide16|wide17|wide18|petrarch|founding [--json] [--dyad]
        [--flatten | --mojibake] [--in-document [--whole-document]] [--no-url]

Runs the library (``hearsay.pipeline.analyze_articles`` over ``make_article``), not the CLI.

* plover: ``../shared/datasets/plover-gsr`` holds the README's development split only (its
  61 test records are held back elsewhere). Rules were tuned on ``dev-tune`` (id suffix % 5
  != 3) and never on ``dev-check`` (suffix % 5 == 3), which stands in for held-out data.
  Gold legacy names map to current PLOVER types through ``lexicon/plover.tsv`` (DEMAND ->
  REQUEST, DISAPPROVE/INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
* petrarch: CAMEO codes map through CAMEO2PLOVER-2021.txt. The actors are fictional and
  resolve only with PETRARCH's own dictionaries, so only event types are scored. Records at
  0-based positions i % 5 == 4 are the held-out split (``test``).
* news: ``benchmarks/data/events-news`` (hand-annotated ECB+ development-topic sentences, see its
  README): a second dev set from other text, scored like plover-gsr.
* wide: ``benchmarks/data/events-news/events-wide.json`` (issue 15 round 4): ECB+ development
  topics news did not use and MEANTIME development business news, scored like news.
* wide2: ``benchmarks/data/events-news/events-wide2.json`` (issue 15 round 6): re3d government
  press releases on diplomacy, aid and the Syria/Iraq conflict, scored like news, plus how well
  an empty output predicts a ``NONE`` line.
* wide3: ``benchmarks/data/events-news/events-wide3.json`` (issue 15 round 8): ECB+, MEANTIME and
  re3d lines on elections, protests, courts, economy, sanctions and aid, scored like wide2.
* wide4: ``benchmarks/data/events-news/events-wide4.json`` (issue 15 round 10): MEANTIME and re3d
  lines on aid, bail-outs, lawsuits and settlements, meetings, scored like wide2; ten ``NONE``
  lines carry a ``feed`` (mojibake, or flattened behind their headline) applied on every run.
* wide5: ``benchmarks/data/events-news/events-wide5.json`` (issue 15 round 11): re3d (Wikipedia,
  gov.uk, State Department, CENTCOM) and ECB+ topic 9 lines drawn per PLOVER type group, scored
  like wide2.
* wide6: ``benchmarks/data/events-news/events-wide6.json`` (issue 15 round 12): ECB+, MEANTIME and
  re3d (Wikipedia, CENTCOM) lines no other set drew from, drawn per PLOVER type group, scored like
  wide2.
* wide7: ``benchmarks/data/events-news/events-wide7.json`` (issue 15 round 13): wide6's rule run again
  without wide6's documents, 3 lines per type group, scored like wide2.
* wide8: ``benchmarks/data/events-news/events-wide8.json`` (issue 15 round 14): GUM's Wikinews news
  and interview documents, 3 lines per type group, scored like wide2. ``--in-document`` feeds each
  line behind the lines of its document before it (``doc``, ``line``) and counts only the line's own
  events, so document-level readings (a person's country named earlier) can be measured.
* wide9: ``benchmarks/data/events-news/events-wide9.json`` (issue 15 round 17): ECB+ political-violence,
  policing and election articles no other set drew from, 2 verb-filter lines an article, drawn to
  measure actors; scored like wide2, ``--in-document`` as every set.
* wide10: ``benchmarks/data/events-news/events-wide10.json`` (issue 15 round 18): wide9's rule over the
  articles wide9 left, 64 lines, drawn to measure false events on ``NONE`` lines and actors; scored like
  wide2, ``--in-document`` as every set.
* wide11: ``benchmarks/data/events-news/events-wide11.json`` (issue 15 round 19): wide9's rule over the
  articles wide9 and wide10 left, 64 lines, drawn to measure actors; scored like wide2, ``--in-document``
  as every set.
* wide12: ``benchmarks/data/events-news/events-wide12.json`` (issue 15 round 20): wide9's rule over the
  articles wide9 … wide11 left, 64 lines, drawn to measure types on new text; scored like wide2,
  ``--in-document`` as every set.
* wide13: ``benchmarks/data/events-news/events-wide13.json`` (issue 15 round 22): GUM's Wikinews news
  documents (general news: politics, diplomacy, law), verb-filter lines round-robin, 43 lines; scored like
  wide2, ``--in-document`` as wide8.
* wide14: ``benchmarks/data/events-news/events-wide14.json`` (issue 15 round 23): commercial web news and
  blog pages (article-extraction-benchmark's dev pages, MIT), a page's first verb-filter line, 40 lines;
  scored like wide2; its lines carry no ``doc``, so ``--in-document`` scores them plain.
* wide15: ``benchmarks/data/events-news/events-wide15.json`` (issue 15 round 25): English Wikinews of 2020
  (vanatteveldt/wikinews, CC BY 2.5), verb-filter lines round-robin, 33 lines; scored like wide14.
* wide16: ``benchmarks/data/events-news/events-wide16.json`` (issue 15 round 26): the same 2020 file's rows
  15-30 under wide15's rule, 30 lines; scored like wide14.
* wide17: ``benchmarks/data/events-news/events-wide17.json`` (issue 15 round 27): the same 2020 file's rows
  31-46 under wide15's rule, 29 lines; scored like wide14.
* wide18: ``benchmarks/data/events-news/events-wide18.json`` (issue 15 round 28): English Wikinews of 2019, 24
  rows from character 350,000 of the file (past the statements sets' reserved rows), verb-filter lines that name
  two parties by the model's NER, round-robin, 40 lines; scored like wide14.
* ``--in-document`` applies to every set but plover, petrarch and founding (issue 15, round 15): each
  record of news and wide … wide8 carries ``doc`` and ``line`` (``event_documents``;
  ``data/events-news/add_documents.py`` added them to the sets before wide8), and only the line's own
  events count. wide4's ``feed`` lines are fed as their feed says either way. ``--whole-document`` feeds the
  whole article (the lines after the line too: a press release names its official in the headline, line 0,
  and gives the title below it), still counting only the line's own events.
* Every record whose document is a re3d document is fed with that document's ``sourceUrl`` as the
  article's ``url`` (round 16): a government release's address gives its publisher's country to its
  officials (docs/events.md). ``--no-url`` leaves the addresses out; on code that ignores them every
  figure is identical either way.
* founding: the seven annotated events of ``../shared/golden/kursk-dprk``.

Sentence-level sets are coded with ``events_require_dyad`` off (a record is one sentence and
PLOVER does not require a recipient); ``--dyad`` scores the article default instead.

``--flatten`` feeds every text with its line breaks as spaces, ``--mojibake`` as its UTF-8 bytes read
as Windows-1252 (the robustness variants of ``eval_figures.py``). The gold is per record (type and
actor codes, no offsets), so it stays as it is. The sentence-level sets hold no line breaks, so
``--flatten`` changes only ``founding``; ``--mojibake`` changes only the lines with non-ASCII text.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from hearsay.pipeline import analyze_articles
from hearsay.config import load_settings
from hearsay.extract.events.actors import load_sectors
from hearsay.extract.events.coding import load_ontology
from hearsay.ingest.readers import make_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PLOVER = SHARED / "datasets" / "plover-gsr"
PETRARCH = SHARED / "datasets" / "petrarch2-unittests"
GOLDEN = SHARED / "golden" / "kursk-dprk"


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = {g for g, _ in pairs}
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        f1s.append(_prf(tp, sum(1 for _, p in pairs if p == lab), sum(1 for g, _ in pairs if g == lab))[2])
    return sum(f1s) / len(f1s) if f1s else 0.0


VARIANT = ""  # "", "flatten" or "mojibake": set by ``main`` from --flatten / --mojibake
IN_DOCUMENT = False  # set by ``main`` from --in-document (wide8)
WHOLE_DOCUMENT = False  # set by ``main`` from --whole-document (round 15): the article after the line too
NO_URL = False  # set by ``main`` from --no-url (round 16): feed no article address


def _variant(text: str, mode: str) -> str:
    """Return ``text`` flattened (line breaks as spaces) or garbled (UTF-8 read as Windows-1252)."""
    if mode == "flatten":
        return text.replace("\r", " ").replace("\n", " ")
    if mode == "mojibake":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from eval_dates import _garble

        return "".join(_garble(ch) for ch in text)
    return text


def _records(texts: list[tuple[str, str]], dyad: bool, published: date,  # type: ignore[no-untyped-def]
             urls: list[str | None] | None = None):
    base = load_settings({"store": False}, environ={})
    settings = dataclasses.replace(base, events_require_dyad=dyad)
    addresses = urls if urls is not None else [None] * len(texts)
    arts = (make_article(text=_variant(t, VARIANT), origin=i, published=published,
                         meta={"id": i, **({"url": u} if u else {})}) for (i, t), u in zip(texts, addresses, strict=True))
    return list(analyze_articles(arts, settings))


def _fed(g: dict) -> tuple[str, int]:
    """The text a record of events-wide4 is fed as, and where its own line starts in it: a ``feed`` of
    ``mojibake`` garbles the line, ``flatten`` puts its ``context`` (the headline) before it and
    makes the line break a space, as a flattened page runs the heading into the text."""
    if g.get("feed") == "mojibake":
        return _variant(g["text"], "mojibake"), 0
    if g.get("feed") == "flatten":
        return _variant(g["context"] + "\n" + g["text"], "flatten"), len(g["context"]) + 1
    if IN_DOCUMENT and g.get("doc"):
        before = _document_before(g["doc"], g["line"])
        return before + g["text"] + (_document_after(g["doc"], g["line"]) if WHOLE_DOCUMENT else ""), len(before)
    return g["text"], 0


def _url(g: dict) -> str | None:  # type: ignore[type-arg]
    """The address of the record's article, as its source gives it (re3d's ``sourceUrl``), passed as
    the article's ``url`` metadata on every run, plain or in its document: a publisher's address is
    no part of the text (issue 15 round 16). ``--no-url`` leaves it out."""
    if NO_URL or not g.get("doc"):
        return None
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from event_documents import document_url

    return document_url(g["doc"])


def _document_after(doc: str, line: int) -> str:
    """The lines of ``doc`` after ``line``, each after a line break (``--whole-document``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from event_documents import document_lines

    return "".join("\n" + s for s in document_lines(doc)[line + 1:])


def _document_before(doc: str, line: int) -> str:
    """The text of document ``doc`` before its line ``line``, ending in a line break: what an article
    reader has seen when it reaches that line (``--in-document``; ``event_documents`` reads ECB+,
    MEANTIME, re3d and GUM documents)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from event_documents import text_before

    return text_before(doc, line)


def _fed_records(gold: list[dict], dyad: bool, published: date):  # type: ignore[no-untyped-def,type-arg]
    """The analysed records of ``gold``, each fed as ``_fed`` says, with only its own line's events."""
    fed = [_fed(g) for g in gold]
    records = _records([(g["id"], t) for g, (t, _) in zip(gold, fed, strict=True)], dyad, published,
                       [_url(g) for g in gold])
    ends = [off + len(g["text"]) if WHOLE_DOCUMENT and IN_DOCUMENT and g.get("doc") and not g.get("feed") else None
            for g, (_, off) in zip(gold, fed, strict=True)]
    return [_own(r, off, end) for r, (_, off), end in zip(records, fed, ends, strict=True)]


def _own(rec, offset: int, end: int | None = None):  # type: ignore[no-untyped-def]
    """``rec`` with only the events whose trigger lies at or after ``offset`` (and before ``end``, when the
    text goes on after the line: ``--whole-document``): a fed line's own."""
    if not offset and end is None:
        return rec
    return dataclasses.replace(rec, events=type(rec.events)(
        e for e in rec.events if e.start >= offset and (end is None or e.start < end)))


def _codes(rec, eid: str | None, role_code: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    """Country (or IGO/NGO) of an event role: the country part of the event's own
    ``actor_code``/``target_code`` (the coder's reading for this event: a domestic official, an
    ethnic group coded by its country of residence), else the entity's own code."""
    if role_code and role_code[:3] not in _SECTORS:  # also with no actor entity: an unattributed attack's UAF code
        return {role_code[:3]}
    if eid is None:
        return set()
    ent = next(e for e in rec.entities if e.id == eid)
    code = ent.ids.get("iso3") or (ent.ids.get("sector") if ent.ids.get("sector") in {"IGO", "NGO"} else None)
    return {code} if code else set()


_SECTORS = set(load_sectors().roles.values())


def _list(x) -> list[dict]:  # type: ignore[no-untyped-def]
    return x if isinstance(x, list) else ([x] if isinstance(x, dict) else [])


PLOVER_SPLITS = ("dev-tune", "dev-check", "dev-all")


def _is_check(record_id: str) -> bool:
    """True for the uninspected dev-check split (id suffix % 5 == 3)."""
    return int(record_id.rsplit("-", 1)[1]) % 5 == 3


def eval_plover(dyad: bool, splits: tuple[str, ...] = ("dev-tune",), errors: bool = False) -> dict[str, dict[str, float]]:
    """Return the plover-gsr figures per split (dev-tune only unless asked: the check split
    is run once, at the end, to report; ``errors`` prints dev-tune misses, never dev-check)."""
    gold = [r for r in json.loads((PLOVER / "PLOVER_GSR_CAMEO.json").read_text()) if r.get("event") != "DOCUMENT"]
    if splits == ("dev-tune",):  # never even run the coder on the check records while tuning
        gold = [g for g in gold if not _is_check(g["id"])]
    records = _records([(g["id"], g["text"]) for g in gold], dyad, date(2000, 1, 1))
    out: dict[str, dict[str, float]] = {}
    for split in splits:
        rows = [(g, r) for g, r in zip(gold, records, strict=True)
                if split == "dev-all" or _is_check(g["id"]) == (split == "dev-check")]
        out[split] = _score(rows, errors and split == "dev-tune")
    return out


def _score(rows: list, errors: bool) -> dict[str, float]:  # type: ignore[type-arg]
    """Type, actor and target figures of (gold record, analysed record) pairs in the plover-gsr format."""
    onto = load_ontology()
    hit = type_actor = triple = extra = coded = coded_hit = 0
    atp = anp = ang = ttp = tnp = tng = 0
    pairs = []
    for g, rec in rows:
        gtype = onto.current(g["event"])[0]
        evs = [e for e in rec.events]
        typed = [e for e in evs if e.type == gtype]
        top = (typed or [e for e in evs if e.status == "asserted"] or evs or [None])[0]
        pairs.append((gtype, top.type if top else "NONE"))
        hit += bool(typed)
        extra += max(0, len(evs) - 1)
        gsrc = {a["code"] for a in _list(g.get("source")) if a.get("code")}
        gtar = {a["code"] for a in _list(g.get("target")) if a.get("code")}
        psrc, ptar = set(), set()
        if top is not None:
            psrc = _codes(rec, top.actor, top.actor_code)
            ptar = _codes(rec, top.target, top.target_code)
            if "reciprocal" in top.rule:
                psrc |= ptar
                ptar = set()
        atp += len(psrc & gsrc); anp += len(psrc); ang += len(gsrc)
        ttp += len(ptar & gtar); tnp += len(ptar); tng += len(gtar)
        ta = bool(typed) and bool(psrc & gsrc)
        type_actor += ta
        coded += bool(gsrc)
        coded_hit += ta
        if errors and not ta:
            names = {e.id: e.name for e in rec.entities}
            got = [(e.type, names.get(e.actor or ""), e.actor_code, e.status, e.trigger) for e in evs]
            print(f"{g['id']}\tgold {gtype} {sorted(gsrc)}\tgot {got}\n    {g['text']}", file=sys.stderr)
        triple += ta and (not gtar or bool(ptar & gtar))
    n = len(rows)
    ap, ar, af = _prf(atp, anp, ang)
    tp_, tr, tf = _prf(ttp, tnp, tng)
    res = {"records": n, "type_acc": hit / n, "macro_f1": _macro_f1(pairs), "actor_P": ap, "actor_R": ar,
           "actor_F1": af, "target_P": tp_, "target_R": tr, "target_F1": tf, "type+actor": type_actor / n,
           "triple": triple / n, "extra_events": extra}
    if coded < n:  # records whose gold actor has no code can never score type+actor: report them apart
        res["coded_records"] = coded
        res["type+actor_coded"] = coded_hit / coded if coded else 0.0
    return res


NEWS = ROOT / "benchmarks" / "data" / "events-news" / "events-news.json"


def eval_news(dyad: bool, errors: bool = False) -> dict[str, dict[str, float]]:
    """Return the figures on the hand-annotated ECB+ news sentences (benchmarks/data/events-news):
    ``dev`` scores the sentences with a gold event like plover-gsr; ``no-event`` counts the events
    emitted on the selected sentences the annotator found no codable event in. ``step-1`` are the
    lines the round-3 rules were found on, ``step-2`` the lines annotated after them (see the README)."""
    gold = json.loads(NEWS.read_text())
    records = _fed_records(gold, dyad, date(2010, 1, 1))
    rows = [(g, r) for g, r in zip(gold, records, strict=True) if g["event"] != "NONE"]
    empty = [r for g, r in zip(gold, records, strict=True) if g["event"] == "NONE"]
    return {"dev": _score(rows, errors),
            "step-1": _score([(g, r) for g, r in rows if g["step"] == 1], False),
            "step-2": _score([(g, r) for g, r in rows if g["step"] == 2], False),
            "no-event": {"records": len(empty), "with_events": sum(1 for r in empty if r.events),
                         "events": sum(len(r.events) for r in empty)}}


WIDE = NEWS.with_name("events-wide.json")


def eval_wide(dyad: bool, errors: bool = False) -> dict[str, dict[str, float]]:
    """Return the figures on events-wide (issue 15 round 4, see the events-news README): ``dev``
    scores the lines with a gold event, ``ecb``/``meantime`` its two sources apart, ``no-event``
    the events emitted on the lines the annotator found no codable event in."""
    gold = json.loads(WIDE.read_text())
    records = _fed_records(gold, dyad, date(2010, 1, 1))
    rows = [(g, r) for g, r in zip(gold, records, strict=True) if g["event"] != "NONE"]
    empty = [r for g, r in zip(gold, records, strict=True) if g["event"] == "NONE"]
    return {"dev": _score(rows, errors),
            "ecb": _score([(g, r) for g, r in rows if not g["id"].startswith("WIDE-mt-")], False),
            "meantime": _score([(g, r) for g, r in rows if g["id"].startswith("WIDE-mt-")], False),
            "no-event": {"records": len(empty), "with_events": sum(1 for r in empty if r.events),
                         "events": sum(len(r.events) for r in empty)}}


WIDE2 = NEWS.with_name("events-wide2.json")
WIDE3 = NEWS.with_name("events-wide3.json")
WIDE4 = NEWS.with_name("events-wide4.json")
WIDE5 = NEWS.with_name("events-wide5.json")
WIDE6 = NEWS.with_name("events-wide6.json")
WIDE7 = NEWS.with_name("events-wide7.json")
WIDE8 = NEWS.with_name("events-wide8.json")
WIDE9 = NEWS.with_name("events-wide9.json")
WIDE10 = NEWS.with_name("events-wide10.json")
WIDE11 = NEWS.with_name("events-wide11.json")
WIDE12 = NEWS.with_name("events-wide12.json")
WIDE13 = NEWS.with_name("events-wide13.json")
WIDE14 = NEWS.with_name("events-wide14.json")
WIDE15 = NEWS.with_name("events-wide15.json")
WIDE16 = NEWS.with_name("events-wide16.json")
WIDE17 = NEWS.with_name("events-wide17.json")
WIDE18 = NEWS.with_name("events-wide18.json")


def eval_wide2(dyad: bool, errors: bool = False, path: Path = WIDE2) -> dict[str, dict[str, float]]:
    """Return the figures on events-wide2 (issue 15 round 6, see the events-news README), or on
    another set of its form (``path``: events-wide3, round 8): ``dev``
    scores the lines with a gold event; ``no-event`` counts the events emitted on the ``NONE`` lines,
    with ``none_P`` (of the lines given no event, the share the annotator coded ``NONE``) and
    ``none_R`` (of the ``NONE`` lines, the share given no event)."""
    gold = json.loads(path.read_text())
    records = _fed_records(gold, dyad, date(2016, 1, 1))
    pairs = list(zip(gold, records, strict=True))
    rows = [(g, r) for g, r in pairs if g["event"] != "NONE"]
    empty = [r for g, r in pairs if g["event"] == "NONE"]
    silent = [g for g, r in pairs if not r.events]
    none_ok = sum(1 for g in silent if g["event"] == "NONE")
    return {"dev": _score(rows, errors),
            "no-event": {"records": len(empty), "with_events": sum(1 for r in empty if r.events),
                         "events": sum(len(r.events) for r in empty),
                         "none_P": none_ok / len(silent) if silent else 0.0,
                         "none_R": none_ok / len(empty) if empty else 0.0}}


def _cameo_table() -> dict[str, str]:
    table = {}
    for line in (PLOVER / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def _plover_of(code: str, table: dict[str, str]) -> str | None:
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def eval_petrarch(dyad: bool) -> dict[str, dict[str, float]]:
    """Return petrarch2 unit-test figures per split: event types only (fictional actors)."""
    table = _cameo_table()
    tree = ET.parse(PETRARCH / "text" / "PETR.UnitTest.records.xml")
    sents = list(tree.getroot().iter("Sentence"))
    items = []
    for i, s in enumerate(sents):
        text = re.sub(r"\s+", " ", (s.findtext("Text") or "")).strip()
        codes = [c.get("eventcode") for c in s.iter("EventCoding") if c.get("eventcode")]
        noev = any(c.get("noevents") for c in s.iter("EventCoding"))
        err = any(c.get("error") for c in s.iter("EventCoding"))
        types = {t for t in (_plover_of(c, table) for c in codes) if t}
        items.append((i, s.get("id"), text, types, noev, err))
    items = [it for it in items if it[2] and not it[5]]
    records = _records([(f"{it[1]}#{it[0]}", it[2]) for it in items], dyad, date(1995, 1, 1))
    out: dict[str, dict[str, float]] = {}
    for split in ("dev", "test"):
        rows = [(it, r) for it, r in zip(items, records, strict=True) if (it[0] % 5 == 4) == (split == "test")]
        tp = npred = ngold = hit = noev_ok = noev_n = exact = 0
        for (i, _id, _t, gtypes, noev, _), rec in rows:
            ptypes = {e.type for e in rec.events}
            tp += len(ptypes & gtypes); npred += len(ptypes); ngold += len(gtypes)
            if gtypes:
                hit += bool(ptypes & gtypes)
            exact += ptypes == gtypes
            if noev:
                noev_n += 1; noev_ok += not ptypes
        p, r, f = _prf(tp, npred, ngold)
        with_gold = sum(1 for (it, _) in rows if it[3])
        out[split] = {"records": len(rows), "type_P": p, "type_R": r, "type_F1": f,
                      "type_acc": hit / with_gold if with_gold else 0.0, "exact_set": exact / len(rows),
                      "noevents_ok": noev_ok / noev_n if noev_n else 1.0}
    return out


def eval_founding(dyad: bool = True) -> dict[str, dict[str, float]]:
    """Return the founding article's event figures (type, actor and target by name)."""
    gold = json.loads(GOLDEN.with_suffix(".gold.json").read_text())
    rec = _records([("kursk-dprk", GOLDEN.with_suffix(".txt").read_text())], dyad, date.fromisoformat(gold["published"]))[0]
    ents = {e.id: e for e in rec.entities}
    aliases = {g["name"]: {a.lower() for a in g["aliases"]} | {g["name"].lower()} for g in gold["entities"]}

    def same(eid: str | None, name: str) -> bool:
        e = ents.get(eid) if eid else None
        return bool(e) and bool(({e.name.lower()} | {a.lower() for a in e.aliases}) & aliases.get(name, {name.lower()}))

    used: set[int] = set()
    tp = trig = 0
    for g in gold["events"]:
        for i, p in enumerate(rec.events):
            if i not in used and p.type == g["type"] and same(p.actor, g["actor"]) and same(p.target, g["target"]):
                used.add(i); tp += 1; trig += p.trigger.lower() == g["trigger"].lower(); break
    p, r, f = _prf(tp, len(rec.events), len(gold["events"]))
    return {"article": {"gold": len(gold["events"]), "predicted": len(rec.events), "P": p, "R": r, "F1": f,
                        "trigger_match": trig / len(gold["events"])}}


def _table(name: str, res: dict[str, dict[str, float]]) -> str:
    lines = []
    for split, row in res.items():
        cols = list(row.keys())
        if not lines or cols != list(next(iter(res.values())).keys()):
            lines.append(f"{name:<10}" + "".join(f"{c:>17}" for c in cols))
        lines.append(f"{split:<10}" + "".join(f"{row[c]:>17.3f}" if isinstance(row[c], float) else f"{row[c]:>17}" for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=["plover", "news", "wide", "wide2", "wide3", "wide4", "wide5", "wide6", "wide7", "wide8", "wide9", "wide10", "wide11", "wide12", "wide13", "wide14", "wide15", "wide16", "wide17", "wide18", "petrarch", "founding"], required=True)
    ap.add_argument("--dyad", action="store_true", help="require a recipient (the article default)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--check", action="store_true",
                    help="plover: also score the uninspected dev-check split (run once, to report; never tune on it)")
    ap.add_argument("--errors", action="store_true", help="plover/news/wide/wide2 … wide7: list dev-tune (news, wide, wide2 … wide7: dev) records missed (type+actor) on stderr")
    ap.add_argument("--flatten", action="store_true", help="feed every text with its line breaks as spaces")
    ap.add_argument("--mojibake", action="store_true", help="feed every text as its UTF-8 bytes read as Windows-1252")
    ap.add_argument("--in-document", action="store_true",
                    help="news, wide … wide8: feed each line after the lines of its document before it; only the line's own events count")
    ap.add_argument("--whole-document", action="store_true",
                    help="with --in-document: feed the whole article (the lines after it too); only the line's own events count")
    ap.add_argument("--no-url", action="store_true",
                    help="news, wide … wide8: do not pass the article's address (re3d sourceUrl) as its url metadata")
    args = ap.parse_args(argv)
    if args.flatten and args.mojibake:
        print("error: --flatten and --mojibake are separate variants; give one", file=sys.stderr)
        return 2
    if args.set == "petrarch" and (args.flatten or args.mojibake):
        print("error: --flatten/--mojibake do not apply to --set petrarch", file=sys.stderr)
        return 2
    global VARIANT, IN_DOCUMENT, WHOLE_DOCUMENT, NO_URL
    NO_URL = args.no_url
    IN_DOCUMENT = args.in_document or args.whole_document
    WHOLE_DOCUMENT = args.whole_document
    VARIANT = "flatten" if args.flatten else "mojibake" if args.mojibake else ""
    if args.set == "plover":
        res = eval_plover(args.dyad, PLOVER_SPLITS if args.check else ("dev-tune",), args.errors)
    elif args.set == "news":
        res = eval_news(args.dyad, args.errors)
    elif args.set == "wide":
        res = eval_wide(args.dyad, args.errors)
    elif args.set == "wide2":
        res = eval_wide2(args.dyad, args.errors)
    elif args.set == "wide3":
        res = eval_wide2(args.dyad, args.errors, WIDE3)
    elif args.set == "wide4":
        res = eval_wide2(args.dyad, args.errors, WIDE4)
    elif args.set == "wide5":
        res = eval_wide2(args.dyad, args.errors, WIDE5)
    elif args.set == "wide6":
        res = eval_wide2(args.dyad, args.errors, WIDE6)
    elif args.set == "wide7":
        res = eval_wide2(args.dyad, args.errors, WIDE7)
    elif args.set == "wide8":
        res = eval_wide2(args.dyad, args.errors, WIDE8)
    elif args.set == "wide9":
        res = eval_wide2(args.dyad, args.errors, WIDE9)
    elif args.set == "wide10":
        res = eval_wide2(args.dyad, args.errors, WIDE10)
    elif args.set == "wide11":
        res = eval_wide2(args.dyad, args.errors, WIDE11)
    elif args.set == "wide12":
        res = eval_wide2(args.dyad, args.errors, WIDE12)
    elif args.set == "wide13":
        res = eval_wide2(args.dyad, args.errors, WIDE13)
    elif args.set == "wide14":
        res = eval_wide2(args.dyad, args.errors, WIDE14)
    elif args.set == "wide15":
        res = eval_wide2(args.dyad, args.errors, WIDE15)
    elif args.set == "wide16":
        res = eval_wide2(args.dyad, args.errors, WIDE16)
    elif args.set == "wide17":
        res = eval_wide2(args.dyad, args.errors, WIDE17)
    elif args.set == "wide18":
        res = eval_wide2(args.dyad, args.errors, WIDE18)
    elif args.set == "petrarch":
        res = eval_petrarch(args.dyad)
    else:
        res = eval_founding(True)
    print(json.dumps(res, indent=1) if args.json else _table(args.set, res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
