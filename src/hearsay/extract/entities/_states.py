"""Entities: a state the text qualifies as the state, apart from its city of one name (issue 12 round 35).

"White Plains, New York", "Rochester, New York", "reporters in New York, New York", "the state of New
York": after a town and a comma, or after "the state of", a state's name is the state, the address
convention of US news. Where the state shares its name with its largest city ("New York" / New York
City, "Washington" / the capital), the article's other mentions of the name may be the city, and
:func:`_institutions._plan` joins a bare "New York" to the "New York City" the article names
(round 34's profile: dev 2020's wn2020-083, dev2019b's "New York, New York", GUM's "Rochester, New
York" all inside a "New York City" entity). The qualified mention is the state, under the state's
qualified name (``lexicon/places.tsv``: "New York State", "Washington State"), a name the ledger keys
apart from the city's. An unqualified "New York" stays as it was: the text does not say which.
"""

from __future__ import annotations

import functools
import re

from hearsay import lexicon
from hearsay.extract.entities.gazetteer import fold

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
    -> "New York State"), else its own name."""
    rows = {fold(row["name"]): row["name"] for row in lexicon.load("places.tsv") if row["kind"] == "state"}
    return {folded: rows.get(folded + " state", name) for folded, name in rows.items() if not folded.endswith(" state")}


def qualified_state(text: str, start: int, end: int, candidates: list[tuple[int, int, str]]) -> str | None:
    """Return the state's qualified name when the text at ``start:end`` names a state as the state, else
    ``None``: after "the state of", or right after another place's name and a comma ("White Plains, New
    York") that is no state itself and no list's member, and before no further list member."""
    name = state_names().get(fold(text[start:end]))
    if name is None:
        return None
    if _STATE_OF.search(text, max(0, start - 12), start):
        return name
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


__all__ = ["qualified_state", "state_names"]
