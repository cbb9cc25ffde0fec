"""Entities: a party's members named as a group ("Democrats", "Democratic") are the party.

An article that names a party ("the Democratic Party") and then its members as a group ("Democrats
in the House", "Democratic lawmakers") speaks of one actor; NER types the party ORG and the group
NORP, and the identity-wikinews labels give both the party (issue 12 round 31, dev2019b
wn2019-113). The rule is per article: "Democrats" of one country and of another are different
parties, so a group name alone, in an article that names no such party, stays as it was.
"""

from __future__ import annotations

from hearsay.extract.entities.gazetteer import Gazetteer, fold


def _member_forms(stem: str) -> set[str]:
    """Return the folded group names of a party named "<stem> Party": the adjective itself and its
    plural ("Republican", "Republicans"; "Green", "Greens"), and for an adjective in "-ic" the
    noun it comes from ("Democratic" → "Democrat", "Democrats")."""
    words = stem.split()
    last = words[-1]
    lasts = {last, last + "s"}
    if last.lower().endswith("ic") and len(last) > 4:
        lasts |= {last[:-2], last[:-2] + "s"}
    return {fold(" ".join(words[:-1] + [form])) for form in lasts}


def party_members(doc_text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[str, tuple[int, int]]:
    """Return each folded group name of a party the article names, with the span of the party's
    first mention.

    A party is an ORG candidate whose last word is "Party" after capitalised words ("Democratic
    Party", "the Liberal Democratic Party"); a name that is a gazetteer alias ("Scottish" of a
    national party) is no group name of it, and a group name two parties share is left out.
    """
    found: dict[str, tuple[int, int]] = {}
    shared: set[str] = set()
    for start, end, label in candidates:
        words = doc_text[start:end].split()
        if label != "ORG" or len(words) < 2 or words[-1] != "Party":
            continue
        stem = [w for w in words[:-1] if w.lower() != "the"]
        if not stem or not all(w[:1].isupper() and w.isalpha() for w in stem):
            continue
        for form in _member_forms(" ".join(stem)):
            if gaz.lookup(form) is not None:
                continue
            if form in found and fold(doc_text[slice(*found[form])]) != fold(doc_text[start:end]):
                shared.add(form)
            found.setdefault(form, (start, end))
    return {form: span for form, span in found.items() if form not in shared}
