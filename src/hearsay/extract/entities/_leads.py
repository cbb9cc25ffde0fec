"""A lead that describes a person before naming them: the description is a mention of that person.

News leads often hold a name back ("delayed identification"): the first sentence makes the
person a description, and the next names them:

    A suspected Mafia boss arrested in a high-profile police raid has been found dead in his cell.
    Gaetano Lo Presti, who had been previously convicted of mob-related crimes, was found dead …

The description is no name (issue 12, rule 1: never a key), but it is a *mention* of the person
the next sentence names (round 22, found on ECB+ dev: "Mafia boss" had been the Mafia's mention).
It is read only where the parse makes it plain:

- the description is the subject of its sentence's main verb (or of the clause a closing
  attribution reports: "…, police said"), a singular common noun for a person
  (``lexicon/person_nouns.txt``, titles, positions) with an article ("a", "an", "the");
- no person is named in the article before the end of that sentence (the description is the
  first a reader learns of anyone), and the sentence holds no other singular person noun ("A judge
  … sentenced the man who killed four people. Brian Nichols, 37, was found guilty …": either);
- the next sentence names exactly one person in full (two words or more) for the first time as
  the subject of a verb, and
  that verb reports nothing: no verb of saying (``lexicon/cues.tsv``) and no complement clause
  ("Police chief John Smith said …" is a source, not the one described).

The mention is the head with its left modifiers ("suspected Mafia boss"), added when the entities
are frozen, as round 20's role descriptions are.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.extract.entities._descriptions import _common_head, _head_phrase
from hearsay.extract.entities.index import EntityIndex

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARTICLES = frozenset({"a", "an", "the"})


@functools.lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in lexicon.load("cues.tsv") if r["pos"] == "verb" and r["kind"] == "speech")


def _reports(verb: Token) -> bool:
    """True when ``verb`` makes its subject a source: a verb of saying, or any verb with a
    complement clause ("John Smith said …", "Smith believes the man …")."""
    return verb.lemma_.lower() in _speech_verbs() or any(c.dep_ == "ccomp" for c in verb.children)


def _described_subject(sent: Span) -> Token | None:
    """Return the head noun of a singular person description that is the subject of the
    sentence's main verb, or of the clause a closing attribution reports ("A suspected Mafia boss
    … has hanged himself …, police sources said"), if any."""
    found = None
    for tok in sent:
        main = tok.head == sent.root or tok.head.dep_ == "ccomp" and tok.head.head == sent.root
        if (tok.dep_ in _SUBJECTS and main and tok.tag_ == "NN" and _common_head(tok)
                and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in tok.children)):
            found = tok
            break
    if found is None:
        return None
    if any(t.tag_ == "NN" and t != found and _common_head(t) for t in sent):
        return None  # "A judge … sentenced the man who killed …": the name after may be either
    return found


def _first_mentions(index: EntityIndex) -> dict[str, int]:
    """Return where each person of the article is first named."""
    firsts: dict[str, int] = {}
    for eid in index.ids():
        entity = index.entity(eid)
        if entity.type == "PERSON" and entity.mentions:
            firsts[eid] = min(m.start for m in entity.mentions)
    return firsts


def _named_subject(doc: Doc, sent: Span, index: EntityIndex, firsts: dict[str, int]) -> str | None:
    """Return the one person ``sent`` names for the first time as the subject of a verb that
    reports nothing ("Gaetano Lo Presti … was found dead"), else ``None``."""
    found: set[str] = set()
    for start, end, eid in index.mentions_in(sent.start_char, sent.end_char):
        if firsts.get(eid) != start or len(index.entity(eid).name.split()) < 2:
            continue  # a name held back is given in full ("Gunfire was reported": NER's one-word "person")
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in _SUBJECTS and root.head.pos_ in {"VERB", "AUX"} and not _reports(root.head):
            found.add(eid)
    return found.pop() if len(found) == 1 else None


def lead_descriptions(doc: Doc, index: EntityIndex) -> list[tuple[str, int, int]]:
    """Return ``(entity id, start, end)`` for a description that stands for the person the next
    sentence names (see the module's docstring); at most one per article.

    Args:
        doc: the parsed article.
        index: the article's entities so far.

    Returns:
        The description's character span with the person it describes, or an empty list.
    """
    firsts = _first_mentions(index)
    if not firsts:
        return []
    first_named = min(firsts.values())
    sents = [sent for sent in doc.sents if sent.text.strip()]  # a line break may be a "sentence"
    for i, sent in enumerate(sents[:-1]):
        if sent.end_char > first_named:
            return []  # someone is named already: no name is held back
        head = _described_subject(sent)
        if head is None:
            continue
        eid = _named_subject(doc, sents[i + 1], index, firsts)
        if eid is None:
            return []
        start, end = _head_phrase(head)
        return [(eid, start, end)]
    return []


__all__ = ["lead_descriptions"]
