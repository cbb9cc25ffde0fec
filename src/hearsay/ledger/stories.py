"""Stories: two articles that report the same event, so their casualty counts are comparable.

A death toll in one article ("killing 10 people") and one in another ("three people killed") are
about the same thing only when both articles report the same event. Such sentences rarely carry
a date of their own and their subject is the event, not whatever entity stands nearest, so the
variable-and-period rule of :mod:`.contradictions` never compares them. Two articles are taken
to report one event (a *story*) only when all of these hold:

- both are dated -- the publication date, else the article's dateline: a date alone on one of
  the first lines ("November 28, 2005", "Updated 5 / 5 / 2010 1: 41 PM"), on a line a publication
  label opens ("Posted: Nov 27, 2005 8: 20 AM ET Last Updated: ...") or in the address on its first
  line (".../2005/nov/28/..."), else the one calendar date the lead sentence states for the event it
  reports ("Fresh riots were reported in Greece on Saturday December 13 2008"; round 14) -- and the
  dates are at most :data:`STORY_DAYS` apart (numeric dates whose day/month order is ambiguous are
  not read; the date the article was stored on is never used);
- they name a common place more specific than a country (the same canonical entity);
- their words overlap: the cosine of their content-word counts is at least :data:`SIMILARITY_MIN`.

A figure takes part only when its own sentence is about the story: every place it names is
named in the other article too, and every calendar date it names agrees with the story's date
("In February, a quake killed 612 people" is about February, not about the story).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from hearsay.extract.entities.gazetteer import load_gazetteer
from hearsay.ledger.variables import sentence_of
from hearsay.store import schema

STORY_DAYS = 3  # articles dated further apart report different moments, if not different events
SIMILARITY_MIN = 0.3  # cosine of content-word counts
HEAD_LINES = 6  # a dateline stands on one of the first lines
LABEL_LINES = 10  # a labelled one ("PUBLISHED: 16: 05 GMT, 9 June 2013") may follow a headline and a summary of lines
LEAD_MIN_WORDS = 8  # a headline is shorter, or does not end a sentence
# A line a publication stamp opens: it is a dateline however many words the stamp holds (round 14).
_PUBLICATION_LABEL = re.compile(r"\s*(?:last\s+)?(?:posted|published|updated|first published|last modified)(?:\s+on)?\s*:", re.I)
# A lead whose date is a birth's or a span's start dates a life or a period, not the report.
_NOT_THE_EVENT = re.compile(r"\b(?:born|since|until|till)\b", re.I)
PLACE_TYPES = ("GPE", "LOC", "FAC")

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
                r"nov(?:ember)?|dec(?:ember)?")
# In a dateline a month may be misspelt ("Novemer 27, 2005"): its first three letters decide.
_MONTH = r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\.?"
# The year may open a path part or follow a dash inside a slug ("/guilty-verdict-12-2013-04-24-204500", round 6).
_URL_DATE = re.compile(r"[/-]((?:19|20)\d\d)[-/](\d\d?|" + _MONTH_NAMES + r")[-/](\d\d?)(?:[-/_.]|$)", re.I)
_MDY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,|\s[-–])?\s+((?:19|20)\d\d)\b", re.I)
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I)
_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)(?![\d/])")
_WORDS = re.compile(r"[A-Za-z]+")
_STOP = frozenset("""the and for that with this from have has had was were are been will would said says about after
their they them there then than which while when where what who whom into onto over under more most some such also
other only just very its it's his her him she he you your our not but can could may might must shall should said
says told news report reports according people year years day days week weeks time""".split())


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    return _MONTHS[word.lower()[:3]]


def date_in_line(line: str) -> date | None:
    """The date a dateline or an article address gives, or None (ambiguous numeric day/month: None)."""
    flat = re.sub(r"\s*([/:\-])\s*", r"\1", line)  # "5 / 5 / 2010", "/ 2005 / nov / 28 /" (tokenised text)
    m = _URL_DATE.search(flat)
    if m:
        month = int(m.group(2)) if m.group(2).isdigit() else _month(m.group(2))
        return _day(int(m.group(1)), month, int(m.group(3)))
    m = _MDY.search(line)
    if m:
        return _day(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    m = _DMY.search(line)
    if m:
        return _day(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    m = _NUMERIC.search(flat)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year = y if y >= 100 else 2000 + y if y < 50 else 1900 + y
        if a == b or b > 12:
            return _day(year, a, b)  # month/day
        if a > 12:
            return _day(year, b, a)  # day/month
    return None


def dateline(text: str) -> date | None:
    """The date on one of the first lines of an article (a line that is mostly a date, a line a publication label
    opens, or a web address)."""
    for i, line in enumerate(text.split("\n")[:LABEL_LINES]):
        labelled = _PUBLICATION_LABEL.match(line) is not None
        if i >= HEAD_LINES and not labelled:
            continue
        found = date_in_line(line)
        if found is None:
            continue
        is_address = re.match(r"\s*(?:https?\s?:|www\s?\.)", line) is not None
        words = [w for w in _WORDS.findall(line) if w.lower()[:3] not in _MONTHS]
        if is_address or labelled or len(words) <= 6:
            return found
    return None


def _lead(text: str) -> tuple[int, int] | None:
    """The offsets of an article's lead sentence: the first sentence of the first line among the head lines that
    reads as prose (at least :data:`LEAD_MIN_WORDS` words and ending a sentence), not a headline, address or
    dateline."""
    at = 0
    for line in text.split("\n")[:HEAD_LINES]:
        stripped = line.rstrip()
        if len(_WORDS.findall(stripped)) >= LEAD_MIN_WORDS and re.search(r"[.!?][\"”’')]?$", stripped) and \
                re.match(r"\s*(?:https?\s?:|www\s?\.)", line) is None:
            return sentence_of(text, at, at)
        at += len(line) + 1
    return None


def stated_date(conn: Connection, doc_key: int, text: str) -> date | None:
    """The date an undated article's lead sentence states for the event it reports, or None.

    A report with neither publication date nor dateline often names the day in its lead ("Fresh riots were reported
    in Greece on Saturday December 13 2008", "The Syrian Democratic Forces announced ... Nov. 6, 2016"; round 14).
    Only one calendar date (year, month and day) may stand in the lead, and none in a sentence of a birth or of a
    span ("born on April 22, 1923", "since June 1, 2005"), which date a life or a period, not the report. A date in
    brackets is an aside ("(...; died 4 February 2015)"), and a lead that also names a weekday of its own reports
    that day, which the date need not be ("was sentenced Saturday morning ... for the crimes he committed on March
    11, 2005").
    """
    span = _lead(text)
    if span is None:
        return None
    lo, hi = span
    if _NOT_THE_EVENT.search(text[lo:hi]):
        return None
    t = schema.times
    rows = conn.execute(select(t.c.value, t.c.char_start, t.c.char_end).where(
        t.c.document_id == doc_key, t.c.char_start >= lo, t.c.char_end <= hi)).all()
    days = {str(r.value)[:10] for r in rows if re.fullmatch(r"\d{4}-\d\d-\d\d", str(r.value)[:10])
            and text[lo:r.char_start].count("(") <= text[lo:r.char_start].count(")")}
    if len(days) != 1 or any(str(r.value).startswith("XXXX-WXX-") for r in rows):
        return None
    try:
        return date.fromisoformat(days.pop())
    except ValueError:
        return None


def anchor(conn: Connection, doc_key: int, cache: dict[int, date | None] | None = None) -> date | None:
    """The date a story of article ``doc_key`` is anchored on: its publication date, else its dateline."""
    if cache is not None and doc_key in cache:
        return cache[doc_key]
    d = schema.documents
    row = conn.execute(select(d.c.published, d.c.text).where(d.c.id == doc_key)).one()
    found: date | None = None
    if row.published:
        try:
            found = date.fromisoformat(str(row.published)[:10])
        except ValueError:
            found = None
    if found is None:
        found = dateline(row.text)
    if found is None:
        found = stated_date(conn, doc_key, row.text)  # round 14: the event's day as the lead states it
    if cache is not None:
        cache[doc_key] = found
    return found


# A place the event reached, not where it happened: "was felt across the Gulf in the UAE", "were felt in Dubai",
# "the tremor shook Oman", "heard as far away as Leeds" (round 5). It widens the area; it names no other event.
_CAPS = r"(?:[A-Z][\w'’-]*\s+){0,3}"
_REACH_IN = r"(?:in|across|over|throughout|around|as far as|as far away as)\s+(?:the\s+)?"
_REACH = re.compile(r"\b(?:felt|heard)\s+(?:[a-z]+ly\s+)?(?:" + _REACH_IN + r"[A-Z][\w'’-]*\s+" + _CAPS + r")?" + _REACH_IN + _CAPS
                    + r"(?:(?:and|or|,)\s+(?:in\s+)?(?:the\s+)?" + _CAPS + r")?$"
                    r"|\b(?:shook|rattled|jolted)\s+(?:the\s+)?" + _CAPS + r"(?:(?:and|,)\s+(?:the\s+)?" + _CAPS + r")?$")


def reached(before: str) -> bool:
    """True when the words ``before`` a place mention, in its sentence, make it a place the event reached."""
    return _REACH.search(before) is not None


def place_mentions(conn: Connection, doc_key: int, lo: int = 0, hi: int | None = None, *, without_reach: bool = False) -> list[tuple[int, str, bool]]:
    """The place mentions (GPE/LOC/FAC) of article ``doc_key`` between ``lo`` and ``hi``: (canonical id, text, specific).

    A mention is *specific* unless it names a whole country: "Qeshm", "Athens" (a capital is a
    city) and "Persian Gulf" are specific; "Iran", "the European Union" are not. With ``without_reach``,
    a place the event reached (:func:`reached`, judged from ``lo``) is left out.
    """
    m, links, canon, ents = schema.mentions, schema.entity_links, schema.canonical_entities, schema.entities
    q = (select(links.c.canonical_id, canon.c.iso3, m.c.text, m.c.char_start, m.c.char_end)
         .select_from(m.join(ents, ents.c.id == m.c.entity_id).join(links, links.c.entity_id == m.c.entity_id)
                      .join(canon, canon.c.id == links.c.canonical_id))
         .where(m.c.document_id == doc_key, ents.c.type.in_(PLACE_TYPES), m.c.char_start >= lo))
    if hi is not None:
        q = q.where(m.c.char_end <= hi)
    gazetteer = load_gazetteer()
    text = str(conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == doc_key)).scalar_one())
    out = []
    for r in conn.execute(q):
        if without_reach and reached(text[lo:r.char_start]):
            continue
        hit = gazetteer.lookup(str(r.text))
        country = (hit is not None and hit.kind != "capital") or (r.iso3 is not None and (hit is None or hit.kind != "capital"))
        name = str(r.text)
        if _ABBREVIATION.fullmatch(name) and text[r.char_end:r.char_end + 1] == ".":
            name += "."  # "NE Phila." in a headline: an abbreviated name (see :func:`abbreviation_in`)
        out.append((int(r.canonical_id), name, not country))
    return out


# A place name whose last word may be cut short by a dot ("Phila.", "NE Phila.", "Mass."): capitalised words of
# letters only, the last one of 3 to 6 letters.
_ABBREVIATION = re.compile(r"(?:[A-Z][A-Za-z]*\s+){0,2}[A-Z][a-z]{2,5}")
# Compass abbreviations that narrow a place inside the place ("NE Phila." is in Philadelphia).
_COMPASS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West", "Northeast", "Northwest",
                      "Southeast", "Southwest", "Central", "Downtown"})


def abbreviation_in(text: str, name: str) -> bool:
    """True when an abbreviated place name ("NE Phila.") stands for a place ``text`` writes in full ("Philadelphia").

    The dotted last word must begin a longer capitalised word of ``text``; the words before it must be
    written in ``text`` too or be compass words (a part of the place named in full).
    """
    if not name.endswith("."):
        return False
    *lead, last = name[:-1].split()
    if re.search(r"(?<!\w)" + re.escape(last) + r"[a-z]{2,}", text) is None:
        return False
    return all(w in _COMPASS or names_in(text, w) for w in lead)


def abbreviated_in(text: str, name: str) -> bool:
    """True when ``text`` writes place ``name`` abbreviated, a dotted start of its last word of at least four letters
    ("Mich." for "Michigan", "Phila." for "Philadelphia"): :func:`abbreviation_in` the other way round (round 12).
    Shorter stubs ("Gen.", "St.", "Mt.") are titles and street words as often as places, and are not read."""
    words = name.rstrip(".").split()
    if not words or not words[-1][:1].isupper() or len(words[-1]) < 5:
        return False
    last = words[-1]
    for m in re.finditer(r"(?<![\w.])([A-Z][a-z]{3,})\.", text):
        stub = m.group(1)
        if len(stub) < len(last) and last.startswith(stub) and all(names_in(text, w) or w in _COMPASS for w in words[:-1]):
            return True
    return False


def names_in(text: str, name: str) -> bool:
    """True when ``name`` occurs in ``text`` as whole words (case-sensitive: a name, not a word).

    A dot :func:`place_mentions` kept after a name ("Athens." at a sentence end) is not part of it.
    """
    name = name[:-1] if name.endswith(".") else name
    return len(name) >= 3 and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


# The last word of a place named after the place it lies in ("Dubai Media City", "Qeshm Island", "Bandar Abbas Port").
_PLACE_PARTS = frozenset({"City", "Island", "Islands", "Port", "Harbour", "Harbor", "Airport", "Road", "Street", "Avenue",
                          "Square", "Park", "District", "Province", "County", "Bay", "Beach", "Valley", "Centre", "Center",
                          "Mall", "Station", "Bridge", "Village", "Town", "Hospital", "University", "Stadium"})


@functools.lru_cache(maxsize=512)
def _country_names(iso3: str) -> tuple[str, ...]:
    """Every name the gazetteer gives country ``iso3`` ("United Arab Emirates", "UAE")."""
    g = load_gazetteer()
    return tuple({g.countries[iso3].name, *(h.alias for h in g.by_alias.values() if h.country.iso3 == iso3 and h.kind == "name")})


def inside_named(text: str, name: str) -> bool:
    """True when place ``name`` lies inside a place ``text`` names (round 5), by the gazetteer or by its own name.

    - a capital lies in its country: "Tehran" is inside an article that names "Iran" (any of its names);
    - a place named after the place it lies in, ending in a place word: "Dubai Media City" is inside "Dubai",
      "Qeshm Island" inside "Qeshm".
    A place the other article never names, and that none it names contains, stays another place.
    """
    name = name[:-1] if name.endswith(".") else name
    hit = load_gazetteer().lookup(name)
    if hit is not None and hit.kind == "capital":
        country = hit.country
        if any(names_in(text, alias) for alias in _country_names(country.iso3)):
            return True
    words = name.split()
    if len(words) >= 2 and words[-1] in _PLACE_PARTS:
        # the leading words, written in ``text`` as a name of their own ("Dubai", not the "New" of "New Jersey")
        return any(len(lead) >= 3 and re.search(r"(?<!\w)" + re.escape(lead) + r"(?!\w)(?!\s+[A-Z])", text) is not None
                   for lead in (" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)))
    return False


def named_in(mentions: list[tuple[int, str, bool]], ids: set[int], text: str) -> bool:
    """True when every place mention is the same canonical place as one of ``ids``, is written in ``text``, or lies
    inside a place ``text`` names (:func:`inside_named`)."""
    return all(cid in ids or names_in(text, name) or abbreviation_in(text, name) or abbreviated_in(text, name)
               or inside_named(text, name)
               for cid, name, _ in mentions)


_SAME_DAYS = frozenset({"yesterday", "last night", "earlier today", "overnight"})


def time_agrees(value: str, day: date, text: str = "") -> bool:
    """True when a TIMEX3 value (written ``text``) may name the story's day ``day``.

    Weekdays, parts of a day, clock times, "now", "yesterday" and a date within
    :data:`STORY_DAYS` agree. A coarser calendar claim ("in February", "earlier this year",
    "in 2003", "last week"), another date, a past reference ("two years ago", "recently") and a
    span of days or more ("over the past eight days": a running total) are about another time.
    """
    if value in ("PRESENT_REF",) or value.startswith("PT"):
        return True
    if value == "PAST_REF":
        return text.strip().lower() in _SAME_DAYS
    if value == "FUTURE_REF" or value.startswith("P"):
        return False
    if re.fullmatch(r"XXXX-WXX-\d(?:T\w+)?|XXXX-XX-XX(?:T[\w:]+)?|XXXX-WXX-WE|T[\w:]+", value):
        return True  # a weekday, "the day", "this morning", a clock time
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)(?:T[\w:]+)?", value)
    if m is None:
        return False  # a year, a month, a week, a season, a decade: coarser than the story's day
    month, dom = int(m.group(2)), int(m.group(3))
    years = [int(m.group(1))] if m.group(1) != "XXXX" else [day.year - 1, day.year, day.year + 1]
    return any(found is not None and abs((found - day).days) <= STORY_DAYS for found in (_day(y, month, dom) for y in years))


def sentence_times_agree(conn: Connection, doc_key: int, lo: int, hi: int, day: date) -> bool:
    """True when every time expression between ``lo`` and ``hi`` may name the story's day ``day``."""
    t = schema.times
    rows = conn.execute(select(t.c.value, t.c.text).where(t.c.document_id == doc_key, t.c.char_start >= lo, t.c.char_end <= hi))
    return all(time_agrees(str(r.value), day, str(r.text)) for r in rows)


def content_words(text: str) -> Counter[str]:
    """Lower-cased words of four letters or more, stop words left out."""
    return Counter(w for w in (x.lower() for x in _WORDS.findall(text)) if len(w) >= 4 and w not in _STOP)


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two word-count vectors."""
    dot = sum(n * b[w] for w, n in a.items() if w in b)
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(n * n for n in a.values())) * math.sqrt(sum(n * n for n in b.values())))


@dataclass(frozen=True, slots=True)
class Story:
    """Why two articles are taken to report one event."""

    dates: tuple[date, date]
    places: frozenset[int]  # canonical places of either article the other names too (countries included)
    specific: tuple[str, ...]  # the place names more specific than a country that both use
    similarity: float
    texts: tuple[str, str]
    place: int | None  # a canonical specific place of the story (the contradiction's subject)


def same_story(conn: Connection, a: int, b: int, cache: dict[int, date | None] | None = None,
               words: dict[int, Counter[str]] | None = None) -> Story | None:
    """Return the :class:`Story` two articles share, or None when the evidence is insufficient."""
    da, db = anchor(conn, a, cache), anchor(conn, b, cache)
    if da is None or db is None or abs((da - db).days) > STORY_DAYS:
        return None
    d = schema.documents
    ta, tb = (str(conn.execute(select(d.c.text).where(d.c.id == k)).scalar_one()) for k in (a, b))
    ma, mb = place_mentions(conn, a), place_mentions(conn, b)
    ids_a, ids_b = {m[0] for m in ma}, {m[0] for m in mb}
    # a specific place both name: the same canonical entity, or the same name written in the other
    # article (NER missed "Qeshm" in one headline; "Athens" folded into "Greece" as an alias)
    specific = sorted({name.rstrip(".") for cid, name, spec in ma if spec and (cid in ids_b or names_in(tb, name))}
                      | {name.rstrip(".") for cid, name, spec in mb if spec and (cid in ids_a or names_in(ta, name))})
    if not specific:
        return None
    # the story's place: the specific name both articles use most (the contradiction's subject)
    main = max(specific, key=lambda n: (min(ta.count(n), tb.count(n)), len(n), n))
    place_ids = sorted({cid for cid, name, spec in ma + mb if spec and name.rstrip(".") == main})
    places = {cid for cid, name, _ in ma if cid in ids_b or names_in(tb, name)} | \
             {cid for cid, name, _ in mb if cid in ids_a or names_in(ta, name)}
    vectors = words if words is not None else {}
    for key, text in ((a, ta), (b, tb)):
        if key not in vectors:
            vectors[key] = content_words(text)
    sim = cosine(vectors[a], vectors[b])
    if sim < SIMILARITY_MIN:
        return None
    return Story((da, db), frozenset(places), tuple(specific), round(sim, 2), (ta, tb), place_ids[0] if place_ids else None)


__all__ = ["SIMILARITY_MIN", "STORY_DAYS", "Story", "abbreviated_in", "abbreviation_in", "anchor", "content_words", "cosine", "date_in_line", "dateline",
           "inside_named", "named_in", "names_in", "place_mentions", "reached", "same_story", "sentence_times_agree", "stated_date",
           "time_agrees"]
