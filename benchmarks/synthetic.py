"""Synthetic-but-realistic hearsay records for the query-latency benchmark (issue 6).

Running spaCy over 20,000 articles takes hours on two cores, so the records are not analysed:
they are *varied copies* of real analysed records. About 40 real texts (the founding article
``tests/golden/kursk-dprk.txt`` and ``/work/shared/datasets/wikinews-statements/*.txt``) are
analysed once with :func:`hearsay.pipeline.analyze` and cached as hearsay/1 dicts in
``benchmarks/.cache/templates.json`` (git-ignored). Each synthetic record takes one template and

- gives each of its people, organisations and countries a new identity drawn from pools of
  2,000 people, 300 organisations and every country of ``src/hearsay/lexicon/countries.tsv``,
  with Zipf-distributed popularity (rank r drawn with weight 1/r), so a few names appear in
  thousands of articles and most in a handful. A person's mentions become the new full name or
  the new surname (as the original was full or bare); a country's become its name, capital or
  demonym (as the original was);
- jitters figure values (×0.5–2, or kept as reported 40% of the time), rewriting the digits
  in the text when they spell the value;
- shifts the publication date to a random day of 2024–2025 and every TIMEX3 value (times,
  statement and event dates, figure ``as_of``) by the same number of days;
- gets a source from a pool of 40 outlets, a URL and a title with the same substitutions.

Text and spans are built together: every substitution is a (start, end, new text) edit of the
template text, and each span of the record is moved through the same edits, so offsets stay
exact (:func:`hearsay.record.validate` is run on every record the first time a seed is used).
About 5% of the records are near-duplicates of an earlier synthetic record: the same text plus
an agency credit line, another outlet, published up to two days later (the ledger must link
them as copies, MinHash Jaccard well above 0.7).

Entity types other than people, organisations and countries (places, events, products ...) and
time-expression texts are kept from the template: "last Tuesday" keeps its words while its
value moves with the date shift.

``python benchmarks/synthetic.py N`` builds the templates if needed, generates N records and
validates them, printing how many entities, statements and figures they hold.
"""

from __future__ import annotations

import bisect
import copy
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).parent.parent
CACHE = Path(__file__).parent / ".cache"
TEMPLATES = CACHE / "templates.json"
TEMPLATE_VERSION = 1  # bump when the template texts or their analysis change
FOUNDING = ROOT / "tests" / "golden" / "kursk-dprk.txt"
COUNTRIES = ROOT / "src" / "hearsay" / "lexicon" / "countries.tsv"
START = date(2024, 1, 1)
DAYS = 731  # two years of publication dates: 2024-01-01 .. 2025-12-31

# -- templates: real texts analysed once -------------------------------------------------------

def build_templates() -> list[dict[str, Any]]:
    """Analyse the template texts with the real pipeline and cache their hearsay/1 dicts."""
    from corpus import _wikinews

    from hearsay.pipeline import analyze
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article
    from hearsay.record import to_dict

    settings = load_settings()
    rows = [{"text": FOUNDING.read_text(encoding="utf-8"), "id": "kursk-dprk", "published": "2025-05-30", "url": None}]
    rows += list(_wikinews())
    out = []
    for row in rows:
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        article = make_article(text=row["text"], origin=f"template:{row['id']}", published=published,
                               meta={"id": row["id"], "url": row.get("url")} if row.get("url") else {"id": row["id"]})
        out.append(to_dict(analyze(article, settings)))
    CACHE.mkdir(exist_ok=True)
    TEMPLATES.write_text(json.dumps({"version": TEMPLATE_VERSION, "records": out}, ensure_ascii=False), encoding="utf-8")
    return out


def load_templates() -> list[dict[str, Any]]:
    """Return the cached template dicts, analysing the texts first if there is no cache."""
    if TEMPLATES.exists():
        data = json.loads(TEMPLATES.read_text(encoding="utf-8"))
        if data.get("version") == TEMPLATE_VERSION:
            return list(data["records"])
    return build_templates()


# -- name pools ------------------------------------------------------------------------------

_FIRST = """Aaron Abdullah Adele Adrian Ahmed Aiko Alan Alejandro Aleksandr Alice Amara Amir Ana Andrei Angela
Anna Antonio Arjun Ayesha Bao Beatriz Benjamin Bilal Boris Carlos Carmen Catherine Chen Chidi Chloe Claire
Daniel Dmitri Elena Emeka Emma Farid Fatima Felipe Francois Gabriel Giulia Hamid Hana Hassan Helena Hiroshi
Ibrahim Igor Ingrid Ivan Jacob Jae-won James Javier Jean Jin Joao Jonas Jorge Julia Karim Kateryna Kenji Kofi
Lars Laura Leila Li Lucas Luis Maria Mariam Marco Mark Mehmet Mei Miguel Min-jun Mohammed Nadia Natalia Nikolai
Olga Omar Oksana Pablo Paolo Peter Priya Rafael Rahul Rania Ricardo Rosa Samuel Sara Sergio Sofia Sven Tariq
Thomas Valentina Viktor Wei Yasmin Yuki Yusuf Zainab Zhang Zoltan""".split()
_LAST = """Abadi Adeyemi Aguilar Ahn Akhtar Alvarez Amini Andersen Antonov Arslan Baker Banerjee Barros Becker
Belov Bergstrom Bianchi Bondarenko Brennan Castillo Chaudhry Chowdhury Costa Dalton Demir Diallo Dimitrov
Dubois Eriksson Esposito Farouk Fedorov Ferreira Fischer Fonseca Gallagher Garcia Ghani Gonzalez Gupta Haddad
Hakimi Hansen Hashemi Herrera Hoffmann Horvath Hussain Ibekwe Ivanova Jablonski Jansen Jensen Kaminski Kapoor
Karimi Kato Kaya Kim Kowalczyk Kozlov Kuznetsov Lambert Larsen Laurent Lebedev Lindqvist Lopez Maalouf Mahmoud
Malik Marchetti Martins Medina Mendoza Moreau Morozov Mukherjee Nakamura Navarro Nguyen Novak Nwosu Okafor Okonkwo
Olsen Ortega Osei Ozturk Park Pavlenko Petrov Popescu Quispe Rahman Ramirez Rashid Reyes Romano Rossi Sadeghi
Saito Salazar Santos Schmidt Sedykh Shevchenko Silva Sokolov Suzuki Tanaka Tkachenko Torres Usmani Vasquez
Volkov Wagner Watanabe Yilmaz Yamamoto Zaharia Zhukov""".split()
_ORG_FORMS = ["Ministry of {}", "{} Council", "National {} Agency", "{} Institute", "{} Group", "{} Holdings",
              "{} Front", "{} Union", "{} Foundation", "{} Party"]
_ORG_WORDS = """Energy Defence Health Trade Finance Justice Transport Water Grain Steel Maritime Aviation Rail
Mining Labour Security Civic Liberty Unity Progress Harbour Northern Southern Eastern Western Atlantic Pacific
Frontier Horizon Meridian""".split()
OUTLETS = """Reuters;AP;AFP;BBC News;The Guardian;Al Jazeera;Kyiv Independent;Tass;Yonhap;NHK World;Deutsche Welle;
France 24;The New York Times;The Washington Post;Financial Times;Bloomberg;The Times of India;Dawn;The Hindu;
South China Morning Post;ABC News;CBC News;Euronews;Anadolu;Xinhua;Interfax;Meduza;Politico;The Economist;
Le Monde;El Pais;Der Spiegel;Corriere della Sera;Haaretz;The National;Daily Maverick;Nation Africa;
Sydney Morning Herald;Japan Times;Wikinews""".replace("\n", "").split(";")


def _people(rng: random.Random, n: int = 2000) -> list[tuple[str, str]]:
    pairs = sorted({(f, s) for f in _FIRST for s in _LAST})
    rng.shuffle(pairs)
    return pairs[:n]


def _orgs(rng: random.Random, n: int = 300) -> list[str]:
    names = sorted({form.format(w) for form in _ORG_FORMS for w in _ORG_WORDS})
    rng.shuffle(names)
    return names[:n]


def _countries() -> list[dict[str, Any]]:
    out = []
    with open(COUNTRIES, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            out.append({k: [v for v in (row.get(k) or "").split("|") if v] for k in ("aliases", "capitals", "demonyms")}
                       | {"iso3": row["iso3"], "name": row["name"]})
    return out


class _Zipf:
    """Draw items with weight 1/rank (s = 1): a few very common, a long tail of rare ones."""

    def __init__(self, items: list[Any], rng: random.Random) -> None:
        self.items, self.rng = items, rng
        total, self.cum = 0.0, []
        for r in range(1, len(items) + 1):
            total += 1.0 / r
            self.cum.append(total)

    def draw(self) -> Any:
        return self.items[bisect.bisect_left(self.cum, self.rng.random() * self.cum[-1])]


# -- one record --------------------------------------------------------------------------------

def _mover(edits: list[tuple[int, int, str]]) -> Any:
    """Return ``move(offset, is_end)`` for sorted, non-overlapping edits of the template text.

    An offset at an edit's start stays at the start of the new text, one at its end goes to the
    new end; an offset inside an edited stretch (the edit partly overlaps a span) is clamped to
    the edit's new start (for a start) or end (for an end).
    """
    starts = [e[0] for e in edits]
    delta_before = []
    d = 0
    for s, e, new in edits:
        delta_before.append(d)
        d += len(new) - (e - s)

    def move(pos: int, is_end: bool) -> int:
        i = bisect.bisect_right(starts, pos) - 1  # last edit starting at or before pos
        if i < 0:
            return pos
        s, e, new = edits[i]
        base = delta_before[i]
        if pos == s:
            # an end at an edit's start belongs to the text before it
            return s + base
        if pos < e:
            return s + base + (len(new) if is_end else 0)
        return pos + base + len(new) - (e - s)

    return move


_PRONOUNS = frozenset("he she him her his hers they them their it its we us our i me my".split())
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _fmt_like(value: float, original: str) -> str:
    if "." in original:
        decimals = len(original.split(".")[1])
        return f"{value:.{decimals}f}"
    return f"{round(value):,}" if "," in original else str(round(value))


def _shift_timex(value: str | None, days: int) -> str | None:
    """Shift a TIMEX3 value by ``days`` (whole dates), or by the equivalent months/years."""
    if not value:
        return value
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            moved = date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=days)
        except ValueError:
            return value
        return moved.isoformat() + value[10:]
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        try:
            moved = date.fromisocalendar(int(m[1]), int(m[2]), 1) + timedelta(days=days)
        except ValueError:
            return value
        year, week, _ = moved.isocalendar()
        return f"{year:04d}-W{week:02d}" + value[8:]
    m = re.match(r"^(\d{4})-(\d{2})(?!\d)", value)
    if m:
        months = int(m[1]) * 12 + int(m[2]) - 1 + round(days / 30.44)
        return f"{months // 12:04d}-{months % 12 + 1:02d}" + value[7:]
    m = re.match(r"^(\d{4})(?![\d-])", value)
    if m:
        return f"{int(m[1]) + round(days / 365.25):04d}" + value[4:]
    return value


class Generator:
    """Make synthetic records from the templates; the same seed gives the same records."""

    def __init__(self, seed: int = 6, templates: list[dict[str, Any]] | None = None) -> None:
        self.rng = random.Random(seed)
        self.templates = templates if templates is not None else load_templates()
        pool_rng = random.Random(seed + 1)
        self.people = _Zipf(_people(pool_rng), self.rng)
        self.orgs = _Zipf(_orgs(pool_rng), self.rng)
        countries = _countries()
        pool_rng.shuffle(countries)
        self.countries = _Zipf(countries, self.rng)
        self.by_iso3 = {c["iso3"]: c for c in countries}
        self.outlets = _Zipf(OUTLETS, self.rng)
        self.made: list[dict[str, Any]] = []  # recent records, for near-duplicates

    def records(self, n: int, dup_rate: float = 0.05) -> Iterator[dict[str, Any]]:
        """Yield ``n`` hearsay/1 dicts, about ``dup_rate`` of them near-duplicates of earlier ones."""
        for i in range(n):
            if self.made and self.rng.random() < dup_rate:
                out = self._near_duplicate(self.rng.choice(self.made), i)
            else:
                out = self._variant(self.rng.choice(self.templates), i)
                self.made.append(out)
                if len(self.made) > 500:
                    self.made.pop(0)
            yield out

    # -- variation --------------------------------------------------------------------------
    def _identity(self, entity: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]] | None:
        """Return the entity's new name/aliases/ids and a map from old mention text to new."""
        etype = entity["type"]
        iso3 = (entity.get("ids") or {}).get("iso3")
        if iso3 and iso3 in self.by_iso3 and etype in ("GPE", "NORP", "LOC"):
            old, new = self.by_iso3[iso3], self.countries.draw()

            def swap(text: str) -> str:
                for col in ("demonyms", "capitals"):
                    if text in old[col] and new[col]:
                        return str(new[col][0])
                return str(new["name"])

            mapping = {m["text"]: swap(m["text"]) for m in entity["mentions"]}
            ids = dict(entity.get("ids") or {}) | {"iso3": new["iso3"]}
            return {"name": swap(entity["name"]), "aliases": sorted({swap(a) for a in entity.get("aliases", [])} - {swap(entity["name"])}),
                    "ids": ids}, mapping
        # A person's or organisation's ids may carry the country it is affiliated with (for event
        # actor codes: {"iso3": "RUS", "sector": "GOV"}); the ledger's entity linker joins any
        # entity with an iso3 to that country's canonical entity, so one such person would merge
        # every affiliated person and organisation into the country (reported in
        # docs/perf-query.md). Synthetic people and organisations are unaffiliated.
        ids = {k: v for k, v in (entity.get("ids") or {}).items() if k != "iso3"}
        if etype == "PERSON":
            first, last = self.people.draw()

            def swap(text: str) -> str:
                return last if len(text.split()) == 1 else f"{first} {last}"

        elif etype == "ORG":
            org = self.orgs.draw()

            def swap(text: str) -> str:
                return str(org)

        else:
            return None
        mapping = {m["text"]: swap(m["text"]) for m in entity["mentions"]}
        name = swap(entity["name"])
        return {"name": name, "aliases": sorted({swap(a) for a in entity.get("aliases", [])} - {name}), "ids": ids}, mapping

    def _variant(self, template: dict[str, Any], i: int) -> dict[str, Any]:
        rec = copy.deepcopy(template)
        text = rec["document"]["text"]
        spans = _spans(rec)
        edits: list[tuple[int, int, str]] = []
        title_swaps: dict[str, str] = {}
        for entity in rec["entities"]:
            found = self._identity(entity)
            if found is None:
                continue
            values, mapping = found
            entity.update(values)
            for m in entity["mentions"]:
                if m["text"][:1].isupper() and m["text"].lower() not in _PRONOUNS:
                    edits.append((m["start"], m["end"], mapping[m["text"]]))
            title_swaps.update(mapping)
        factors = {}
        for f in rec["figures"]:
            if f.get("value") is None or self.rng.random() < 0.4:
                continue
            factor = self.rng.uniform(0.5, 2.0)
            digits = [m for m in _NUMBER.finditer(f["text"]) if _as_float(m[0]) == f["value"]]
            if not digits:
                continue
            m = digits[0]
            new_value = round(f["value"] * factor, 1 if "." in m[0] else 0)
            edits.append((f["start"] + m.start(), f["start"] + m.end(), _fmt_like(new_value, m[0])))
            factors[f["id"]] = new_value / f["value"] if f["value"] else 1.0
        edits = _non_overlapping(edits, spans)
        new_text = _apply(text, edits)
        move = _mover(edits)
        _move_spans(rec, text, new_text, move)
        for f in rec["figures"]:
            k = factors.get(f["id"])
            if k is not None and _NUMBER.search(f["text"]):
                for key in ("value", "low", "high"):
                    if f.get(key) is not None:
                        f[key] = _int_if_whole(f[key] * k)
        self._date_shift(rec)
        doc = rec["document"]
        title = doc.get("title") or new_text.split("\n", 1)[0][:120]
        for old, new in sorted(title_swaps.items(), key=lambda kv: -len(kv[0])):
            title = title.replace(old, new)
        outlet = self.outlets.draw()
        doc.update(text=new_text, title=title, source=outlet, id=f"syn-{i:06d}",
                   url=f"https://news.example/{outlet.lower().replace(' ', '-')}/{i:06d}", origin=f"synthetic:{i}")
        doc.pop("sha256", None)  # derived from the new text by hearsay.record.from_dict
        return rec

    def _date_shift(self, rec: dict[str, Any]) -> int:
        doc = rec["document"]
        new = START + timedelta(days=self.rng.randrange(DAYS))
        old = date.fromisoformat(doc["published"]) if doc.get("published") else new
        days = (new - old).days
        doc["published"] = new.isoformat()
        for t in rec["times"]:
            t["value"] = _shift_timex(t["value"], days)
            t["anchor"] = _shift_timex(t.get("anchor"), days)
        for s in rec["statements"]:
            s["date"] = _shift_timex(s.get("date"), days)
        for e in rec["events"]:
            e["date"] = _shift_timex(e.get("date"), days)
        for f in rec["figures"]:
            f["as_of"] = _shift_timex(f.get("as_of"), days)
        return days

    def _near_duplicate(self, original: dict[str, Any], i: int) -> dict[str, Any]:
        rec = copy.deepcopy(original)
        doc = rec["document"]
        outlet = self.outlets.draw()
        credit = self.rng.choice(["Reuters", "AP", "AFP", "Yonhap", "Tass", "Xinhua"])
        doc["text"] = doc["text"].rstrip("\n") + f"\n(Reporting by {credit}; republished by {outlet}.)"
        published = date.fromisoformat(doc["published"]) + timedelta(days=self.rng.randrange(3))
        doc.update(published=published.isoformat(), source=outlet, id=f"syn-{i:06d}", origin=f"synthetic:{i}",
                   url=f"https://news.example/{outlet.lower().replace(' ', '-')}/{i:06d}")
        doc.pop("sha256", None)
        return rec


def _as_float(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _int_if_whole(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 3)


def _spans(rec: dict[str, Any]) -> list[tuple[int, int]]:
    """Every (start, end) the record points at: an edit may lie inside one, not across its edge."""
    out = [(s["start"], s["end"]) for s in rec["statements"]]
    out += [(s["speaker_start"], s["speaker_end"]) for s in rec["statements"] if s.get("speaker_start") is not None]
    out += [(s["cue_start"], s["cue_end"]) for s in rec["statements"] if s.get("cue_start") is not None]
    out += [(x["start"], x["end"]) for key in ("figures", "times", "events", "rejected") for x in rec[key]]
    out += [(e["sentence_start"], e["sentence_end"]) for e in rec["events"] if e.get("sentence_start") is not None]
    out += [(m["start"], m["end"]) for e in rec["entities"] for m in e["mentions"]]
    return out


def _non_overlapping(edits: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Keep the edits that overlap no earlier edit and cross no span's edge.

    A span may hold an edit (a quote naming a person) or lie within one, never straddle it.
    """
    kept: list[tuple[int, int, str]] = []
    for s, e, new in sorted(set(edits)):
        if kept and s < kept[-1][1]:
            continue
        if all(e <= a or b <= s or (a <= s and e <= b) or (s <= a and b <= e) for a, b in spans):
            kept.append((s, e, new))
    return kept


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for s, e, new in edits:
        parts += [text[pos:s], new]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _move_spans(rec: dict[str, Any], old_text: str, new_text: str, move: Any) -> None:
    """Move every offset of ``rec`` through the edits and re-read each span's text."""
    def pair(obj: dict[str, Any], start: str, end: str, text_key: str | None) -> None:
        if obj.get(start) is None:
            return
        obj[start], obj[end] = move(obj[start], False), move(obj[end], True)
        if text_key:
            obj[text_key] = new_text[obj[start]:obj[end]]

    for s in rec["statements"]:
        pair(s, "start", "end", "content")
        pair(s, "speaker_start", "speaker_end", "speaker_text")
        pair(s, "cue_start", "cue_end", "cue")
    for f in rec["figures"]:
        pair(f, "start", "end", "text")
    for t in rec["times"]:
        pair(t, "start", "end", "text")
    for e in rec["events"]:
        pair(e, "start", "end", "trigger")
        pair(e, "sentence_start", "sentence_end", None)
    for r in rec["rejected"]:
        pair(r, "start", "end", "text")
    for e in rec["entities"]:
        for m in e["mentions"]:
            pair(m, "start", "end", "text")


def to_record(data: dict[str, Any]) -> Any:
    """Return the :class:`hearsay.model.Record` of a synthetic dict (hash and id derived from its text)."""
    from hearsay.record import from_dict

    return from_dict(data)


_VALIDATOR: list[Any] = []


def check(data: dict[str, Any], *, with_schema: bool = True) -> None:
    """Validate a synthetic dict as :func:`hearsay.record.validate` does, with its JSON Schema
    validator built once (``jsonschema.validate`` re-checks the schema itself on every call,
    which costs ~0.1 s a record) and the same offset rules, plus the speaker and cue spans.
    ``with_schema=False`` checks the offsets only (~1 ms instead of ~25 ms).

    Raises:
        jsonschema.ValidationError, ValueError: as :func:`hearsay.record.validate`.
    """
    import jsonschema

    from hearsay.record import schema, to_dict

    if not _VALIDATOR:
        cls = jsonschema.validators.validator_for(schema())
        cls.check_schema(schema())
        _VALIDATOR.append(cls(schema()))
    out = to_dict(to_record(data))
    if with_schema:
        _VALIDATOR[0].validate(out)
    text = out["document"]["text"]
    spans = [(s["start"], s["end"], s.get("content")) for s in out["statements"]]
    spans += [(f["start"], f["end"], f["text"]) for f in out["figures"]]
    spans += [(t["start"], t["end"], t["text"]) for t in out["times"]]
    spans += [(e["start"], e["end"], e["trigger"]) for e in out["events"]]
    spans += [(r["start"], r["end"], r["text"]) for r in out["rejected"]]
    spans += [(m["start"], m["end"], m["text"]) for e in out["entities"] for m in e["mentions"]]
    spans += [(s["speaker_start"], s["speaker_end"], s["speaker_text"]) for s in out["statements"] if s["speaker_start"] is not None]
    spans += [(s["cue_start"], s["cue_end"], s["cue"]) for s in out["statements"] if s["cue_start"] is not None]
    for start, end, expected in spans:
        if expected is not None and text[start:end] != expected:
            raise ValueError(f"offsets {start}..{end} give {text[start:end]!r}, record says {expected!r}")


if __name__ == "__main__":
    from hearsay.record import to_dict, validate

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    gen = Generator()
    counts = {"entities": 0, "statements": 0, "figures": 0, "near-duplicates": 0}
    for d in gen.records(n):
        validate(to_dict(to_record(d)))  # the library's own check, slow but exact
        check(d)
        for k in ("entities", "statements", "figures"):
            counts[k] += len(d[k])
        counts["near-duplicates"] += "Reporting by" in d["document"]["text"][-80:]
    print(f"{n} records from {len(gen.templates)} templates, all valid: {counts}")
