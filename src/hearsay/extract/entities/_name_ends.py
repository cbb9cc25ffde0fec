"""Entities: an organisation called by the end of its name ("the Court", "the House") is that organisation.

News names an institution in full once and then by the last words of its name or by the noun
before its "of": "the US Supreme Court" … "the Court", "the United States House of
Representatives" … "the House", "the Indian National Congress" … "Congress". NER types the
short form an organisation of its own, so the article had two entities for one body
(identity-wikinews dev2019 wn2019-073/074, dev2019b wn2019-118, 2020 dev wn2020-090; issue 12
round 32). The ledger's institution rule (``ledger/_roles.institution_head``) reads only
descriptions it cannot key ("police", "the navy"), never a capitalised name NER found.

The rule is per article and asks for one body: a short form two organisations of the article
end in ("the Chess Federation" beside the US and the Iranian Chess Federation) names neither.
"""

from __future__ import annotations

import re

from hearsay.extract.entities.gazetteer import Gazetteer, fold

# words a name's end never starts with: a part of the name's grammar, not a name
_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
_JOINS = frozenset({"and", "&"})


def _ends(words: list[str]) -> set[str]:
    """Return the folded short forms a name of ``words`` offers: each run of the last words of its
    head part, the words before its first "of", "for", "on", "in" or "to" ("US Supreme Court" →
    "Supreme Court", "Court"; "House of Representatives" → "House"), that starts with a capitalised
    word and goes back no further than an "and" or "&"; the name itself apart. What follows "of"
    or "for" is the name's complement, not the body ("Anime North" of "the Toronto Congress Centre
    for Anime North" is the convention the centre hosts), and a word before "and" is no head
    ("Interior" of "US Interior and Commerce"). A name that repeats a word ("Boston Red Sox Boston
    Red Sox", a title line run into the text) offers nothing."""
    if len({w.lower() for w in words}) < len(words):
        return set()
    head = words
    for i, word in enumerate(words):
        if i > 0 and word.lower() in _LINKS - _JOINS:
            head = words[:i]
            break
    out = set()
    for i in range(len(head)):
        tail = head[i:]
        if tail == words or not tail[0][:1].isupper() or any(w.lower() in _JOINS for w in tail):
            continue
        out.add(fold(" ".join(tail)))
    return out


def _nested(names: set[str]) -> bool:
    """True when every two of the folded names are one the other's last words ("supreme court",
    "us supreme court"): one body written longer or shorter, not two bodies."""
    ordered = sorted(names, key=len)
    return all((" " + longer).endswith(" " + shorter) for i, shorter in enumerate(ordered) for longer in ordered[i + 1:])


def name_ends(doc_text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[tuple[int, int], tuple[int, int]]:
    """Return each organisation mention that is the end of a longer organisation's name named
    before it, with the span of that name's first mention.

    A longer name is an ORG or FAC candidate of two words or more (a leading "the" aside); its
    short forms are the runs of its last words and of the words before its "of" (``_ends``). A
    one- or more-word ORG candidate is such a short form when every longer name offering it is one
    body (``_nested``), the first of them comes before the article first writes the short form, and
    it is no gazetteer name and no word of a person's name in the article ("Stanley" of a Stanley
    beside "Morgan Stanley").
    """
    offered: dict[str, set[str]] = {}
    first: dict[str, tuple[int, int]] = {}
    for start, end, label in candidates:
        words = [w for w in doc_text[start:end].split()]
        if words and words[0].lower() == "the":
            words = words[1:]
        if label not in {"ORG", "FAC"} or len(words) < 2:
            continue
        name = fold(" ".join(words))
        first.setdefault(name, (start, end))
        for short in _ends(words):
            offered.setdefault(short, set()).add(name)
    person_words = {fold(w) for s, e, label in candidates if label == "PERSON" for w in doc_text[s:e].split()}
    shorts = [(start, end, label, fold(doc_text[start:end].removeprefix("the ").removeprefix("The ")))
              for start, end, label in candidates]
    opened: dict[str, int] = {}  # where the article first writes each short form, as any name
    for start, _end, _label, short in shorts:
        opened.setdefault(short, start)
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for start, end, label, short in shorts:
        names = offered.get(short)
        if label != "ORG" or not names or not _nested(names):
            continue
        if gaz.lookup(doc_text[start:end]) is not None or any(w in person_words for w in short.split()):
            continue
        whole = min(first[name] for name in names)
        bare = doc_text[start:end].removeprefix("the ").removeprefix("The ")
        if whole[1] <= opened[short] and not re.search(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", doc_text[:whole[0]]):
            # a short form the article wrote on its own before the longer name ("Parliament" …
            # "Parliament the Communist Party", "Surgeon General" … "U.S. Surgeon General") keeps
            # its own entity throughout (one sense per discourse; ECB+ dev), written as a
            # candidate or not: the acronym of "Major League Baseball (MLB)" is none (GUM dev)
            out[(start, end)] = whole
    return out
