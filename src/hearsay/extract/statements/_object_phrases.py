"""Content of cues whose object and one prepositional phrase carry what is said: "credited news
media with keeping the story alive", "ascribed his death to complications from a stroke",
"congratulates former trustee Regina Benjamin on being nominated" (issue 14 round 45).

The ``obj:<p>`` frame of ``lexicon/cues.tsv``: the verb's direct object and its phrase opened by
preposition <p> (hung on the verb or on the object) are the content, from the object's first
token to the phrase's last. Without that phrase the verb says nothing by itself ("the story
credits the radio station", "congratulated Pelosi" before her own words), so no content comes
back, except under the ``obj_common`` frame: an object that is a common noun phrase with a
modifier of its own is the content alone ("Global Voices congratulates all the winners of the
Bake Blog Awards 2012"). A reflexive object is a claim for oneself, not a view of another ("Sea-Eye
credit themselves with around 14,000 lives saved", not annotated in statements-rich17).
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._cues import CueEntry


def _phrase(tok: Token, obj: Token, word: str) -> Token | None:
    """Return the "<word> …" phrase after object ``obj`` of verb ``tok`` that has an object, else None.

    An "on" phrase must name an act or a thing of the object's: a gerund ("on being nominated") or
    a possessed noun ("on his victory"), never a place or a day ("congratulated Pelosi on the floor").
    """
    for host in (tok, obj):
        for c in host.children:
            if c.dep_ != "prep" or c.lower_ != word or c.i < obj.i:
                continue
            objs = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            if word == "on":
                objs = [g for g in objs if g.dep_ == "pcomp" or g.tag_ == "VBG" or any(p.dep_ == "poss" for p in g.children)]
            if objs:
                return c
    return None


def _span(tok: Token, lo: int, hi: int) -> tuple[int, int] | None:
    doc, sent = tok.doc, tok.sent
    hi = min(hi, sent.end - 1)
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return (doc[lo].idx, doc[hi].idx + len(doc[hi])) if hi >= lo else None


def _run_on(tok: Token, hi: int) -> int:
    """Return the last index of the phrases of verb ``tok`` that follow index ``hi`` without a break.

    "ascribed his death [to complications] [from a stroke] [on Monday]": the parser hangs the
    phrases that go on the prepositional object on the verb; each that opens right after the last
    one belongs to the content.
    """
    later = sorted((c for c in tok.children if c.dep_ in {"prep", "npadvmod"} and c.i > hi), key=lambda c: c.i)
    for c in later:
        if c.left_edge.i != hi + 1:
            break
        hi = c.right_edge.i
    return hi


def _common_object(obj: Token) -> bool:
    """True for an object that names a group or thing by a modified common noun ("all the winners
    of the … Awards"), not a person by name or pronoun ("congratulated Pelosi", "congratulated
    him")."""
    if obj.pos_ != "NOUN" or obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    return any(c.dep_ in {"prep", "amod", "compound", "acl", "relcl"} for c in obj.children)


def object_phrase(tok: Token, entry: CueEntry) -> tuple[int, int] | None:
    """Return the content span "<object> <preposition> …" of a cue of the ``obj:<p>`` frame, else None.

    Args:
        tok: the cue verb.
        entry: its lexicon entry; ``obj:<p>`` frames name the prepositions read, ``obj_common``
            allows a modified common-noun object with no phrase.
    Returns:
        The span from the object's first token to the end of its first listed phrase, the object
        alone under ``obj_common``, or None (no object, a pronoun or reflexive object, no phrase).
    """
    words = [f[4:] for f in sorted(entry.frames) if f.startswith("obj:")]
    if not words:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.lower_.endswith(("self", "selves")):
        return None
    phrases = [p for p in (_phrase(tok, obj, w) for w in words) if p is not None]
    lo = obj.left_edge.i if obj.pos_ != "PRON" else obj.i + 1
    if phrases:
        return _span(tok, lo, _run_on(tok, max(p.right_edge.i for p in phrases)))
    if "obj_common" in entry.frames and _common_object(obj):
        return _span(tok, obj.left_edge.i, obj.right_edge.i)
    return None


__all__ = ["object_phrase"]
