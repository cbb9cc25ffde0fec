"""Titled speakers the parser splits: the name at the end of a title phrase, found over the parse.

A news speaker is often introduced by a title phrase that runs straight into the person's name
("US Ambassador to Germany Richard Grenell alleged …", "said University of California, San Diego's
chancellor, Pradeep Khosla"). The parser does not always make the name the head of that phrase: it
may hang the name on the title's prepositional complement, or coordinate the title with the
organisation before it. The person is the speaker, not the title or the organisation (issue 14
round 32: speaker errors of statements-rich16 and rich17, "names without rank and affiliation").
These functions only read the parse; the resolver looks the returned token up as a name.
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._phrases import _name_shaped
from hearsay.extract.statements._speaker_lexicon import _is_title, speaker_nouns

# prepositions that open a title's complement ("Ambassador to Germany", "Minister of Defence",
# "Secretary for Health", "spokesperson at the embassy")
_TITLE_PREPS = frozenset({"to", "of", "for", "at", "in"})
# what may name the place or body of a title's complement: a state, an organisation, a nationality
_COMPLEMENT_TYPES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _person_role(tok: Token) -> bool:
    """True when ``tok`` is a title (lexicon/titles.txt) or a person noun of lexicon/speaker_nouns.tsv."""
    if _is_title(tok):
        return True
    return speaker_nouns().get(tok.lemma_.lower(), ("", False))[0] == "PERSON"


def _person_span(tok: Token) -> tuple[int, int] | None:
    """Return the token range [start, end) of the PERSON entity ``tok`` ends, else None."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.end - 1 != tok.i:
        return None
    return ent.start, ent.end


def name_after_complement(tok: Token) -> Token | None:
    """Return the name ending a title phrase the parser hung on the title's complement, else None.

    "US Ambassador to Germany Richard Grenell alleged …": the parser reads "Germany Richard Grenell"
    as one noun phrase, the object of "to", so the head of the subject is the title. A person's name
    is never the place of a title's complement ("Ambassador to Richard Grenell" would be a name right
    after the preposition); when the object of a title's preposition is a PERSON name with the
    complement's place or body (GPE/ORG/NORP proper nouns) between the preposition and the name, and
    no punctuation anywhere in the phrase, the complement ends before the name and the name is the
    person the title belongs to (issue 14 round 32, statements-rich16 wn2019-016).
    """
    if tok.pos_ not in {"NOUN", "PROPN"} or not _person_role(tok):
        return None
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _TITLE_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i != prep.right_edge.i:
            continue  # the name must end the phrase
        span = _person_span(obj)
        if span is None or span[0] <= prep.i + 1:
            continue  # a name right after the preposition is the complement itself
        between = tok.doc[prep.i + 1:span[0]]
        if not all(t.lower_ == "the" or t.pos_ == "PROPN" and t.ent_type_ in _COMPLEMENT_TYPES for t in between):
            continue
        if not any(t.ent_type_ in _COMPLEMENT_TYPES for t in between):
            continue
        if any(t.is_punct or t.is_space for t in tok.doc[tok.i:span[1]]):
            continue
        return obj
    return None


def name_apposed_to_joined_role(tok: Token) -> Token | None:
    """Return the name apposed to a role the parser coordinated or apposed with the subject, else None.

    "said University of California, San Diego's chancellor, Pradeep Khosla": the comma inside the
    university's name makes the parser coordinate "chancellor" with "University" (no "and" or "or"),
    or appose it to "University", and the name is apposed to "chancellor". English coordinates two
    noun phrases with a conjunction, and an organisation is no chancellor; a person's role joined to
    the subject with neither, with a name apposed to it, is a title phrase before that name, and the
    person speaks (the apposed name wins, as in "GM's sales vice president, Mark LaNeve"; issue 14
    round 32, statements-rich17 wn2019-029).
    """
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON":
        return None  # a person with a role and a name apposed is described, not retitled
    if any(c.dep_ in {"cc", "preconj"} for t in (tok, *tok.conjuncts) for c in t.children):
        return None  # a list with "and"/"or" anywhere in it is a real coordination
    for role in tok.rights:
        if role.dep_ not in {"conj", "appos"} or role.pos_ != "NOUN" or not _person_role(role):
            continue
        for name in role.rights:
            if name.dep_ != "appos" or name.pos_ != "PROPN":
                continue
            if name.ent_type_ == "PERSON" or _name_shaped(name):
                return name
    return None
