"""People who report someone else's words keep a statement of their own (issue 14 round 36).

docs/annotation.md rule 7: "According to investigators, Zhukovskyy said he had over-corrected …"
is two statements, the investigators' (the whole clause) and Zhukovskyy's, via the
investigators; only an outlet or a document that merely relays ("according to The Playlist",
"according to the report") is a ``via`` with no row of its own (statements-wn2019 wn2019-067).
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate
from hearsay.extract.statements._sources import _people_nouns


def reporting_people(outer: Candidate) -> bool:
    """True when an "according to X" candidate names people ("investigators", "police", "officials",
    a person's name), who report what they were told rather than relay a publication."""
    if outer.rule != "according_to" or outer.source is None:
        return False
    src: Token = outer.source
    if src.ent_type_ == "PERSON":
        return True
    return src.pos_ == "NOUN" and src.ent_type_ == "" and src.lemma_.lower() in _people_nouns()


__all__ = ["reporting_people"]
