"""The name apposed between commas right before a subjectless cue (issue 14 round 36).

"Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of Human
Rights, Jamel Msallem, said, “…”" (statements-wn2019 wn2019-069): the parser hangs the description
and its name on the fronted participle's object, so "said" has no subject and round 35's fronted
phrase rule took the last name before the apposition ("Defence of Human Rights"). A person's name
standing alone between the two commas right before the verb is the apposition that names the
speaker; the description before it is what it names.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def apposed_name_before(tok: Token) -> Token | None:
    """Return the last token of a person's name set between commas right before subjectless main
    cue ``tok`` after a description ("the president of X, Jamel Msallem, said"), else None."""
    if tok.dep_ != "ROOT" or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ == "auxpass" for c in tok.children):
        return None
    doc = tok.doc
    start = tok.sent.start
    if tok.i - 2 <= start or doc[tok.i - 1].text != ",":
        return None
    j = tok.i - 2
    while j > start and doc[j].pos_ == "PROPN" and doc[j].ent_type_ == "PERSON":
        j -= 1
    if j == tok.i - 2 or doc[j].text != "," or j - 1 < start:
        return None
    if doc[j + 1].ent_iob_ != "B" or doc[j - 1].pos_ not in {"NOUN", "PROPN"}:
        return None  # the whole name, and a description before its comma
    return doc[tok.i - 2]


def titled_person_of(subj: Token) -> Token | None:
    """Return the person a title names inside an organisation subject, else None.

    "African Export–Import Bank president Okey Oramah said …" (statements-wn2019 wn2019-070): the
    dash splits the bank's name and the parser makes "Export" the subject with "Okey Oramah" its
    apposition; with no comma between them, "<organisation> <title> <person>" is one phrase whose
    head is the person, as "World Bank president Jim Kim" is parsed.
    """
    if subj.pos_ != "PROPN" or subj.ent_type_ != "ORG":
        return None
    for c in subj.children:
        if c.dep_ != "appos" or c.i < subj.i or c.pos_ != "PROPN" or c.ent_type_ != "PERSON":
            continue
        between = subj.doc[subj.i + 1:c.i]
        if any(t.text == "," for t in between) or not any(t.pos_ == "NOUN" and t.dep_ == "compound" for t in between):
            continue
        return c
    return None


__all__ = ["apposed_name_before", "titled_person_of"]
