"""Probes the per-article entity tests share (rounds 21 and 22): the entities of a text, which
entities hold a word, and the mention texts that cover it."""


def find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    return find_entities(nlp(text), find_zones(text), settings).freeze()


def holders(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    return [e for e in ents if any(m.start <= at < m.end for m in e.mentions)]


def mention_at(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    return [m.text for e in ents for m in e.mentions if m.start <= at < m.end]
