"""Vocatives: the person a quotation addresses by name is not the one who speaks it.

A name set off by commas inside a quotation ("“Yes, Curtis; you and Florence are …”", "“That you,
Snake?”", "“I still feel quite uneasy about this business, Margaret.”") is a vocative, the
addressee (Zwicky 1974, "Hey, whatsyourname!"; Quirk et al. 1985 §10.52): a speaker does not call
themself by name. Turn-taking (``_turns``) that would give such a quotation to the person it
addresses gives it instead to the other party of the exchange, the latest earlier speaker who is
not addressed. Drawn from LitBank dev, where 8 cue-less turns that addressed their predicted speaker
by name were wrong and 2 were right (two sisters one entity, Vanity Fair); issue 14 round 50.
"""

from __future__ import annotations

from spacy.tokens import Token

_BEFORE = frozenset({",", ";", "--", "—", "“", "\"", "‘", "``", "'"})
_AFTER = frozenset({",", ".", "!", "?", ";", "--", "—", "”", "\"", "''"})
_TITLES = frozenset({"mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "uncle", "aunt", "master", "sister", "brother"})


def addressed_words(tokens: list[Token]) -> set[str]:
    """Return the lower-cased words of the names a quotation's ``tokens`` address: a proper noun, or
    a run of them, with a comma, a semicolon, a dash or the opening mark before it and a comma or
    an end mark after it ("Yes, Curtis;", "business, Margaret.")."""
    out: set[str] = set()
    for k, tok in enumerate(tokens):
        if tok.pos_ != "PROPN" or (k + 1 < len(tokens) and tokens[k + 1].pos_ == "PROPN"):
            continue  # the last word of a name run: "Mr. Fortescue"
        start = k
        while start > 0 and (tokens[start - 1].pos_ == "PROPN" or tokens[start - 1].lower_.rstrip(".") in _TITLES):
            start -= 1
        before = tokens[start - 1].text if start > 0 else "“"
        after = tokens[k + 1].text if k + 1 < len(tokens) else "”"
        if before in _BEFORE and after in _AFTER:
            out.update(t.lower_ for t in tokens[start:k + 1] if t.pos_ == "PROPN" and len(t.text) > 2)
    return out


def names_addressee(name: str, addressed: set[str]) -> bool:
    """True when the entity ``name`` ("Curtis Waring") holds a word the quotation addresses."""
    return bool(addressed) and any(w.lower() in addressed for w in name.replace(".", " ").split()
                                   if w.lower() not in _TITLES and len(w) > 2)


__all__ = ["addressed_words", "names_addressee"]
