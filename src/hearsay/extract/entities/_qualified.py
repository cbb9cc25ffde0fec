"""Entities: names the text qualifies, read per article so the ledger keys them apart (issue 12 round 35).

1. A maker's name with its model designation is the model, not the maker (``model_after``).

   "a Boeing 737", "the Airbus A380 landed", "a Vickers VC-10 aircraft", "the FTSE 100 dropped": NER gives
   the maker's name alone to an organisation and the designation to a product of its own ("737") or to
   no entity at all ("100"). Linked as it stands, the maker's mention joins the company across articles
   (round 34's profile: dev 2020's "Boeing", MEANTIME's Airbus and Boeing jets, ECB+'s "Public School
   298"). The name keeps its designation in the article, so the ledger meets "Boeing 737" and never the
   company through it, while "FTSE 100" still meets "FTSE 100" in the next article by its whole name.

2. A state the text qualifies as the state, apart from its city of one name (``qualified_state``).

   "White Plains, New York", "Rochester, New York", "reporters in New York, New York", "the state of New
   York": after a town and a comma, or after "the state of", a state's name is the state, the address
   convention of US news. Where the state shares its name with a city ("New York" / New York City,
   "Oklahoma" / Oklahoma City), the article's other mentions of the name may be the city, and
   :func:`_institutions._plan` joins a bare "New York" to the "New York City" the article names
   (round 34's profile: dev 2020's wn2020-083, dev2019b's "New York, New York", GUM's "Rochester, New
   York" all inside a "New York City" entity). The qualified mention is the state, under the state's
   qualified name (``lexicon/places.tsv``: "New York State"), a name the ledger keys
   apart from the city's. An unqualified "New York" stays as it was: the text does not say which.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from hearsay import lexicon
from hearsay.extract.entities.gazetteer import fold

# a designation right after the name: letters then digits ("A380", "VC-10", "KC-45", "MS08-067"), or
# three or four digits ("737", "737-800", "3310"), followed by no further digit or number range
# ("101 - 99" is a score, "2,500" an amount)
_DESIGNATION = re.compile(
    r"[ \t](?:[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,2}|\d{3,4}(?:-\d{1,4})?)(?![\w.,'’]?\d)(?![ \t]*[-–][ \t]*\d)\b")
_YEAR = re.compile(r"[ \t](?:1[89]|20)\d\d\b")
# NER types that read the number as something other than a name's part
_NOT_DESIGNATION = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "PERSON", "GPE", "LOC"})


def model_after(doc: Doc, text: str, start: int, end: int) -> int | None:
    """Return where the model designation right after the name at ``start:end`` ends, else ``None``.

    The designation is one space after the name, in its sentence, no year ("Microsoft 2008") and no
    date, amount or other NER reading; a bare number that counts the plural noun after it ("sold
    Boeing 100 planes") is a count, not a model, unless NER itself calls it a product."""
    match = _DESIGNATION.match(text, end)
    if match is None or _YEAR.match(text, end):
        return None
    span = doc.char_span(end + 1, match.end(), alignment_mode="expand")
    name = doc.char_span(start, end, alignment_mode="expand")
    if span is None or name is None or span.sent.start != name.sent.start or span.start != name.end:
        return None
    if any(tok.ent_type_ in _NOT_DESIGNATION for tok in span):
        return None
    first = span[0]
    if first.like_num and first.ent_type_ != "PRODUCT" and first.dep_ == "nummod" \
            and first.head.i > first.i and first.head.tag_ == "NNS":
        return None
    stop = span.end
    while stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].ent_type_ == span[-1].ent_type_ == "PRODUCT":
        stop += 1  # "Boeing 787 Dreamliner": the product NER named goes on past the designation
    if stop < len(doc) and doc[stop].ent_iob_ == "I":
        return None  # the number opens a longer name of another kind; leave it to NER
    return doc[stop - 1].idx + len(doc[stop - 1].text) if stop > span.end else match.end()


def model_label(doc: Doc, text: str, start: int, end: int, stop: int, label: str) -> str:
    """Return the label of the name ``start:end`` with its designation ``end:stop``: a product when NER
    calls the designation one, when it holds letters ("A380", "VC-10"), or when the maker's name is
    one word ("Boeing 737", "FTSE 100"); a longer name keeps its label ("Air France Flight 447",
    "Public School 298": a numbered flight or school, no product)."""
    span = doc.char_span(end + 1, stop, alignment_mode="expand")
    if (span is not None and any(tok.ent_type_ == "PRODUCT" for tok in span)) or any(c.isalpha() for c in text[end:stop]):
        return "PRODUCT"
    return "PRODUCT" if " " not in text[start:end].strip() else label


# "the state of New York", "State of Washington": the state, named so
_STATE_OF = re.compile(r"\b[Ss]tate of[ \t]+$")
# what may follow a qualifying state: the clause goes on ("White Plains, New York, on Monday", "a
# Manhattan, New York federal court"), never a list's next member ("Chicago, New York and Boston",
# "from Chicago, New York, Boston")
_LIST_GOES_ON = re.compile(r",?[ \t]*(?:(?:and|or|&)[ \t]+)?[A-Z]")


@functools.lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Return the US states and other first-level divisions of ``lexicon/places.tsv`` (kind ``state``):
    folded name -> the state's qualified name when the table also holds "<name> State" ("new york"
    -> "New York State"), else its own name. A "<name> State" row whose bare name the table leaves out
    gives that name too ("washington" -> "Washington State": "Washington" alone is the capital's name,
    countries.tsv, but after a town's comma or "the state of" it is the state; round 36)."""
    rows = {fold(row["name"]): row["name"] for row in lexicon.load("places.tsv") if row["kind"] == "state"}
    out = {folded: rows.get(folded + " state", name) for folded, name in rows.items() if not folded.endswith(" state")}
    for folded, name in rows.items():
        if folded.endswith(" state"):
            out.setdefault(folded[: -len(" state")], name)
    return out


@functools.lru_cache(maxsize=1)
def namesake_cities() -> dict[str, str]:
    """Return the states of ``lexicon/places.tsv`` whose city is named "<state> City" in the table:
    folded state name -> the city's name ("new york" -> "New York City", "oklahoma" -> "Oklahoma City")."""
    cities = {fold(row["name"]): row["name"] for row in lexicon.load("places.tsv") if row["kind"] == "city"}
    return {folded: cities[folded + " city"] for folded in state_names() if folded + " city" in cities}


def namesake_city(text: str, start: int, end: int, candidates: list[tuple[int, int, str]]) -> str | None:
    """Return the city's name when the text at ``start:end`` is a town the state of its own name
    qualifies ("reporters in New York, New York": the first is New York City, the second the state), else
    ``None``: the address convention names the town, then its state (round 36, dev2019b)."""
    folded = fold(text[start:end])
    city = namesake_cities().get(folded)
    if city is None or text[end:end + 2] != ", ":
        return None
    after = [(s, e) for s, e, _label in candidates if s == end + 2]
    if not after or fold(text[after[0][0]:after[0][1]]) != folded:
        return None
    return city if qualified_state(text, after[0][0], after[0][1], candidates) is not None else None


def qualified_state(text: str, start: int, end: int, candidates: list[tuple[int, int, str]]) -> str | None:
    """Return the state's qualified name when the text at ``start:end`` names a state as the state, else
    ``None``: after "the state of", or right after another place's name and a comma ("White Plains, New
    York") that is no state itself and no list's member, and before no further list member."""
    name = state_names().get(fold(text[start:end]))
    if name is None:
        return None
    if _STATE_OF.search(text, max(0, start - 12), start):
        return name
    if text[max(0, start - 4):start] == " of " and _members_state(text, start - 4, candidates):
        return None if _LIST_GOES_ON.match(text, end) and text[end:end + 1] == "," else name
    if text[max(0, start - 2):start] != ", ":
        return None
    before = [(s, e) for s, e, label in candidates if e == start - 2 and label in {"GPE", "LOC", "FAC", "ORG"}]
    place = fold(text[before[0][0]:before[0][1]]) if before else ""
    if not before or place in state_names() and place != fold(text[start:end]):
        return None  # "Texas, New York and Ohio": states listed; "New York, New York" is the city, then the state
    town = before[0][0]
    if text[max(0, town - 2):town] == ", " and any(e == town - 2 for _s, e, _l in candidates):
        return None  # "Boston, Chicago, New York": a list of places, the last one among them
    if _LIST_GOES_ON.match(text, end):
        return None
    return name


# a city's office before a person's name: "Mayor Bill de Blasio of New York" is the city's mayor
_CITY_OFFICE = re.compile(r"\b(?:mayor|mayor-elect|mayoral|borough president|city council(?:lor|man|woman)?|councilman|councilwoman"
                          r"|council member|police commissioner)\b[^.!?\n]{0,40}$", re.IGNORECASE)


# a party or a member's office before a person's name, in its sentence: "Democratic committee chairman
# Jerrold Nadler", "Senator Chuck Schumer", "Rep. Adam Schiff", "Republican Doug Collins"
_MEMBER = re.compile(r"\b(?:senator|sen\.|representative|rep\.|congressman|congresswoman|congressmember|lawmaker|legislator"
                     r"|assemblyman|assemblywoman|assembly member|delegate|governor|gov\.|lieutenant governor|attorney general"
                     r"|chairman|chairwoman|chair|ranking member|committee member|democrat|democratic|republican|gop)\b"
                     r"[^.!?\n]{0,40}$", re.IGNORECASE)


def _members_state(text: str, end: int, candidates: list[tuple[int, int, str]]) -> bool:
    """True when a member's name ends at ``end``, right before "of" and a state's name: a person's name
    with a party or a member's office before it in its sentence, and no city's office. "Democratic
    committee chairman Jerrold Nadler of New York", "Senator Chuck Schumer of New York" name the member's
    state, the convention of US political writing for members of Congress and state officials (round 36,
    dev2019b); "Mayor Bill de Blasio of New York" is the city's mayor, and a name with no office ("the
    Grand Lodge of New York", a lodge NER called a person, GUM dev) says nothing of which."""
    person = [s for s, e, label in candidates if e == end and label == "PERSON"]
    if not person:
        return False
    before = max(0, person[0] - 60)
    return _MEMBER.search(text, before, person[0]) is not None and _CITY_OFFICE.search(text, before, person[0]) is None


__all__ = ["model_after", "model_label", "namesake_city", "namesake_cities", "qualified_state", "state_names"]
