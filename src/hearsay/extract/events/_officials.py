"""Events: the country an article gives a named official elsewhere (issue 15 round 14).

"U.S. Secretary of State John Kerry arrived in Geneva. … Kerry urged Russia to withdraw": the
sentence of the event names no country for Kerry, but the article does, in the phrase of another
mention of the same person. PLOVER codes an official by the state they serve, and a reader takes
it from the article, not the sentence. Read only off the article's own entity mentions and their
parse (a title, an of-complement, a possessive or appositive role noun), never from a table of
office holders; docs/events.md, "Issue 15, round 14".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events.actors import STATE_SECTORS, institution_served, load_sectors, phrase_country, phrase_sector


def document_official(entities: EntityIndex, entity_id: str, doc: Doc) -> tuple[str, str] | None:
    """Return ``(iso3, sector)`` that the article gives the named person ``entity_id`` as a state
    official, else ``None``.

    The person's mentions are the entity's own and, for a one-word name ("Kerry", "Najib",
    "Bishop", which the tagger may type ORG), those of the one person of the article whose fuller
    name holds it as a word. A mention counts when its phrase joins a country to a state role: a
    title with a country ("U.S. Secretary of State John Kerry"), a role and an of-country
    ("Foreign Minister Julie Bishop of Australia"), a role noun in apposition whose phrase names
    the country ("Malaysia's Prime Minister, Najib Razak"), or a title naming a national institution
    ("State Department spokesman Jeff Rathke", :func:`~hearsay.extract.events.actors.institution_served`).
    The mentions must agree on one country;
    two countries, or two persons sharing the name, give nothing.
    """
    persons = _same_person(entities, entity_id)
    if not persons:
        return None
    found: dict[str, str] = {}  # country -> sector
    for eid in persons:
        for mention in entities.entity(eid).mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            hit = _official_phrase(entities, span.root, eid) or institution_served(entities.entity(eid).roles, span.root)
            if hit is not None:
                found.setdefault(*hit)
    if len(found) != 1:
        return None
    (iso3, sector), = found.items()
    return iso3, sector


def _same_person(entities: EntityIndex, entity_id: str) -> list[str]:
    """Return the entity and, for a one-word name, the one person whose fuller name holds it."""
    draft = entities.entity(entity_id)
    own = [entity_id] if draft.type == "PERSON" else []
    words = draft.name.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return own
    fuller = [eid for eid in entities.ids() if eid != entity_id and entities.entity(eid).type == "PERSON"
              and len(entities.entity(eid).name.split()) > 1 and words[0] in entities.entity(eid).name.split()]
    if len(fuller) > 1:
        return []  # two persons of the article share the name: not knowable
    return own + fuller


def _official_phrase(entities: EntityIndex, head: Token, entity_id: str) -> tuple[str, str] | None:
    """Return ``(iso3, sector)`` when the phrase at ``head`` names a country and a state role."""
    sectors = load_sectors()
    phrases = [head]
    if head.dep_ == "appos":  # "Malaysia's Prime Minister, Najib Razak": the role is the appositive's head
        phrases.append(head.head)
    phrases += [c for c in head.children if c.dep_ == "appos"]  # "Najib Razak, Malaysia's Prime Minister"
    for tok in phrases:
        sector = phrase_sector(tok, sectors)
        if sector not in STATE_SECTORS:
            continue
        country = phrase_country(entities, tok, skip=entity_id)
        iso3 = entities.entity(country).ids.get("iso3") if country is not None else None
        if iso3 is not None and sector is not None:
            return iso3, sector
    return None
