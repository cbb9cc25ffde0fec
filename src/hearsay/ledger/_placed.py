"""A country-prefixed name and the bare name its article places in that country (issue 12 round 36).

The rule: a body named with the country (or the intergovernmental organisation) it belongs to in front
of its name is the body an article names without it, when that article places the bare name in the same
country. "United States National Hurricane Center" is the "National Hurricane Center" of a storm story
that names Florida; "United Nations General Assembly" is the "General Assembly" an article names right
after the United Nations ("the United Nations (UN) General Assembly", which NER split in two).

Round 34 built the part for a body every state has ("United States Senate" / a US story's "Senate",
round 9's scoped keys). Round 34's profile found the rest on dev2019 (the hurricane centre, context 0, so
the weak ``placeform`` never joined) and dev2019b (the General Assembly, keyed in Saudi Arabia, the
country named after it); on ECB+ dev the same keys join "U.N. Security Council" / "Security Council"
(topic 12). Two keys meet:

- the prefixed name's rest keyed in its country (``names._country_form``: "national hurricane center
  @usa", "red cross @usa" of "American Red Cross"; "general assembly @un" of "UN General Assembly",
  :func:`body_scope`), an ``alias`` as round 34's scoped state bodies are;
- the bare name keyed in the country its article places it in (:func:`placed_key`, kind ``placed``):
  the country named nearest its mentions, its states and cities counted as their country (Florida,
  ``lexicon/places.tsv``), else the one the article names most (``entities._countries_near``); none
  for a name whose mention goes on with "of" and a capitalised word (:func:`named_on`: "the Medical
  Assn. of the State of Alabama", cut by NER, is Alabama's association, not the American one).

A ``placed`` key meets only such an ``alias`` (``_keys._match_kind``), as an exact match: the country the
article places the bare name in is the evidence the prefix writes out, so the two need no shared
context. It meets no other placed key (two bare names meet by their name already), no spelling
variant, and takes no part in late joins or retyped names. A bare name of a body every state has
("General Assembly", "Senate") is keyed in its place already (round 9); an intergovernmental body places
one only when named near it, never as the article's most named country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from hearsay import lexicon
from hearsay.ledger.names import Name, initials, institutional, name_key, scoped
from hearsay.model import Entity


@functools.lru_cache(maxsize=1)
def _bodies() -> dict[str, str]:
    """Return the intergovernmental organisations of ``lexicon/sectors.tsv`` (``org`` rows of sector
    ``IGO``) that are no country of the gazetteer: name key -> the scope their organs are keyed in, their
    letters ("united nations", "un", "u n" -> "un"; "nato" -> "nato"). A row that ends in a body's word
    ("security council", "UN Security Council", "Gulf Cooperation Council") names an organ, not the
    organisation it belongs to."""
    from hearsay.extract.entities.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    out: dict[str, str] = {}
    for row in lexicon.load("sectors.tsv"):
        if row["kind"] != "org" or row["sector"] != "IGO" or gazetteer.lookup(row["term"]) is not None:
            continue
        key = name_key(row["term"])
        words = key.split()
        if not words or institutional(words[-1]):
            continue
        out[key] = "".join(words) if len(words) == 1 or all(len(w) == 1 for w in words) else initials(key)
    return out


def body_scope(text: str) -> str | None:
    """Return the scope an intergovernmental organisation named ``text`` keys its organs in ("UN",
    "U.N.", "United Nations" -> "un"), else ``None``: a name every state gives a body of its own
    (``institution_words.txt``: "General Assembly", "Security Council") after the organisation's name is
    that organisation's organ, as "U.S. Senate" is the United States' Senate."""
    return _bodies().get(name_key(text))


# the name goes on past the mention with "of" and a capitalised word ("the Medical Assn. of the State of
# Alabama", which NER cut at the abbreviation's point): the body of that place, not the country's
_GOES_ON = re.compile(r"\.?[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def named_on(entity: Entity, text: str) -> bool:
    """True when some mention of ``entity`` is followed by "of" and a capitalised word: the bare name is cut
    from a longer one that names its own place ("Medical Assn" of "the Medical Assn. of the State of
    Alabama", ECB+ dev), so the country its article names is no evidence of which body it is."""
    return any(_GOES_ON.match(text, m.end) for m in entity.mentions)


def placed_key(entity: Entity, main: Name, placed_of: Callable[[Entity], str | None]) -> Name | None:
    """Return an organisation's bare name keyed in the country its article places it in ("national
    hurricane center @usa" for the "National Hurricane Center" of a story that names Florida), else ``None``.

    Only a name of two words or more, no acronym, that no country opens (that one is keyed through its
    own place form) and that is no body every state has (keyed in its country already, round 9).
    """
    if entity.type != "ORG" or not main.specific or main.acronym or " @" in main.key or len(main.key.split()) < 2:
        return None
    if main.place_forms or main.country_keys or institutional(main.key):
        return None
    iso3 = placed_of(entity)
    if not iso3:
        return None
    key = scoped(main.key, iso3)
    return Name(main.text, key, key, True, False)


__all__ = ["body_scope", "named_on", "placed_key"]
