"""An office named without its holder's name: a mention of the one person the article names in it.

Issue 12 round 27. News names a person once with the office ("Prime Minister Abhisit Vejjajiva",
"Jon Owen, the city's public safety director", "Ross is the director") and then by the office
alone ("the Prime Minister", "the caretaker Prime Minister", "the director"). The bare office is a
*description* of that person (as round 20's role descriptions are), never a key of its own, and
only where the article names exactly one person in that office: with two presidents, or none,
the office names no one.

An office is compared by its title words (``lexicon/titles.txt``) read back from the phrase's
last word: "the caretaker Prime Minister" and "Thai Prime Minister Abhisit" are both "prime
minister", "the city's police chief" and "Police Chief Scott Russell" both "chief", while "the
foreign minister" ("foreign minister") is no "prime minister". Honorifics and words that only
modify an office ("Mr", "vice", "deputy", "state") are no office of their own.

The phrases are read on the text's words, not the parse: the parser splits "President-elect"
into three tokens and hangs "the" on "caretaker" in "the caretaker Prime Minister". It imports
only ``_vocabulary.py``; ``mentions.py`` calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from hearsay.extract.entities._vocabulary import _FUNCTION_WORDS, titles

# title words that are no office when they end the phrase: honorifics, kin, modifiers of an
# office ("vice", "deputy", "state"), and words too general to name one holder ("official")
_NOT_OFFICES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "father", "fr", "rev", "reverend",
    "hon", "vice", "deputy", "prime", "foreign", "defence", "defense", "interior", "finance", "state",
    "official", "head", "executive", "analyst", "correspondent", "editor", "general", "founder",
})
# modifiers that point to another holder of the office than the one named ("the new surgeon
# general", "the late president", "the former chief executive")
_OTHER_HOLDER = frozenset({"new", "former", "late", "next", "previous", "outgoing", "incoming", "then", "future", "ex"})
# honorifics, which end no office however many title words stand before them
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "father", "fr", "rev", "hon"})
# the determiners before a bare office that point back to one holder ("the president", "its chief")
_DEFINITE = frozenset({"the", "its", "their", "his", "her"})
_WORD = re.compile(r"[\w'’.-]+")
_EDGE = ".,;:!?\"'“”‘’()"


def _bare(word: str) -> str:
    return word.strip(_EDGE).lower()


def _title_word(word: str) -> bool:
    bare = _bare(word)
    return bare in titles() or "-" in bare and bare.split("-")[0] in titles()  # "President-elect"


def office_key(words: list[str]) -> str | None:
    """Return the office a phrase's words end in, as its title words in lower case, else None.

    Args:
        words: the phrase's words in order ("the", "caretaker", "Prime", "Minister").

    Returns:
        "prime minister" for that phrase; None when the last word is no office.
    """
    run: list[str] = []
    for word in reversed(words):
        if not _title_word(word):
            break
        run.insert(0, _bare(word))
    if not run or len(run) == 1 and run[0] in _NOT_OFFICES or run[-1] in _HONORIFICS:
        return None
    return " ".join(run)


# the phrase after a name and a comma, up to the next comma or stop, or "of"/"for"/"at" after the
# office ("Jon Owen, the city's public safety director, said"; "X, the Prime Minister of Y")
_AFTER = re.compile(r",\s+((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+?)(?=\s*[,.;:)]|\s+(?:of|for|at|in|and)\b)")
# the phrase before a name and a comma, back to a stop or comma ("the director, Gary Ross")
_BEFORE = re.compile(r"(?:^|[.;:!?,(]\s+|\n)((?:[\w'’.-]+\s+){0,5}[\w'’.-]+),\s+$")


def _linked(doc: Doc, name: Span | None, office_end: int) -> bool:
    """True when the parse links the office phrase ending at ``office_end`` to the name as an
    apposition, either way: "According to Rathbun, a detective for the … office was provided"
    makes the detective a clause's subject, not Rathbun's office (GUM dev news_defector)."""
    last = doc.char_span(office_end - 1, office_end, alignment_mode="expand")
    if name is None or last is None:
        return False
    tok, root = last.root, name.root
    return (tok.dep_ in {"appos", "conj"} and name.start <= tok.head.i < name.end
            or root.dep_ in {"appos", "conj"} and root.head.i == tok.i)


def _appositive(words: list[str]) -> str | None:
    """Return the office of a noun phrase set off by a comma beside a name, else None: it opens
    with a determiner, a possessive, a title or a capitalised word ("the city's public safety
    director", "Malaysia's Prime Minister") and holds no preposition or verb-like opener, so
    "undersecretary to the prime minister" holds no prime minister's office, nor "told the
    detective" a detective's (GUM dev news_taxes, news_defector)."""
    if not words:
        return None
    first = words[0]
    if not (_bare(first) in _DEFINITE | {"a", "an"} or re.search(r"['’]s$", first) or _title_word(first) or first[:1].isupper()):
        return None
    if any(_bare(w) in _FUNCTION_WORDS for w in words[1:]):
        return None
    return office_key(words)


def holder_offices(doc: Doc, doc_text: str, start: int, end: int) -> set[str]:
    """Return the offices the article gives the person named at ``start..end``.

    The office may stand right before the name ("President Barack Obama"; "Greek Prime Minister
    George Papandreou"), open the name's own span, follow it after a comma ("Jon Owen, the city's
    public safety director"; "X, the Prime Minister of Y"), stand before it and a comma ("the
    director, Gary Ross") or be the name's copula attribute ("Ross is the director").
    """
    found: set[str] = set()
    words = doc_text[start:end].split()
    lead = 0
    while lead < len(words) - 1 and _title_word(words[lead]):
        lead += 1
    keys = [office_key(words[:lead]) if lead else None]
    if doc_text[start - 1:start] == " ":
        keys.append(office_key(doc_text[max(0, start - 60):start].split()))
    span = doc.char_span(start, end, alignment_mode="expand")
    after = _AFTER.match(doc_text, end, min(len(doc_text), end + 120))
    if after and not doc_text.startswith(" and ", after.end()) and _linked(doc, span, after.end(1)):
        keys.append(_appositive(after.group(1).split()))
    before = _BEFORE.search(doc_text, max(0, start - 120), start)
    if before and not doc_text[end:end + 5].startswith(" and ") and _linked(doc, span, before.end(1)):
        keys.append(_appositive(before.group(1).split()))
    if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.lemma_ == "be":
        for attr in (c for c in span.root.head.rights if c.dep_ == "attr"):
            keys.append(office_key(doc_text[attr.left_edge.idx:attr.idx + len(attr)].split()))
    found.update(k for k in keys if k)
    return found


def bare_offices(doc: Doc, doc_text: str, taken: list[tuple[int, int, str]],
                 person_starts: set[int]) -> list[tuple[str, int, int]]:
    """Return the offices the article names without a name: (office, start, end) of each.

    A bare office is a run of title words ending an office (:func:`office_key`) after "the", a
    possessive pronoun or a possessive noun, with up to two modifiers between ("the caretaker
    Prime Minister", "the company's chief executive", "the Greek prime minister"); outside every
    name but a place or nationality among the modifiers (``taken``: the candidates' spans and
    labels); not before a person's name (``person_starts``: "President Obama" is the name's title)
    nor before "of"/"for" ("the president of the medical association" may be another office);
    not plural, and no copula's attribute ("Ross is the director" names the office's holder).
    The mention is the modifiers and the office, after the determiner and any place.
    """
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(doc_text)]

    def joined(k: int) -> bool:  # words k and k + 1 stand side by side, spaces only between
        return k + 1 < len(words) and not doc_text[words[k][1]:words[k + 1][0]].strip() and words[k][2][-1] != "."

    out: list[tuple[str, int, int]] = []
    end_of_text = len(doc_text)
    for i, (s, e, w) in enumerate(words):
        if not _title_word(w) or re.search(r"['’]s?$", w) or doc_text.startswith(("’s", "' s", "’ s"), e):
            continue  # "Sheriff's deputies": the office's people, not its holder
        if i + 1 < len(words) and not doc_text[e:words[i + 1][0]].strip(". "):
            nxt = words[i + 1][2]
            if (joined(i) and (_title_word(nxt) or _bare(nxt) in {"of", "for", "and", "or"})
                    or words[i + 1][0] in person_starts or w.endswith(".") and nxt[:1].isupper()):
                continue  # the run goes on, a name follows ("Dist. Atty. Steve Cooley"), or an "of" phrase
        j = i
        while j > 0 and joined(j - 1) and _title_word(words[j - 1][2]):
            j -= 1
        key = office_key([x[2] for x in words[j:i + 1]])
        if key is None:
            continue
        first = None
        for k in range(j - 1, max(-1, j - 4), -1):
            word = words[k][2]
            if not joined(k) or _bare(word) in _OTHER_HOLDER:
                break
            if _bare(word) in _DEFINITE or re.search(r"['’]s$", word):
                first = k + 1
                break
            if not word.islower() and not any(ts <= words[k][0] and words[k][1] <= te and lab in {"GPE", "NORP"} for ts, te, lab in taken):
                break  # another name before the office ("the Microsoft chief"): not read here
        if first is None:
            continue  # no determiner within reach
        start = words[first][0]
        for ts, te, lab in taken:
            if ts <= start < te and lab in {"GPE", "NORP"}:
                # after "Greek"; a place over the office's own words leaves no office to read
                start = next((words[k][0] for k in range(first, i + 1) if words[k][0] >= te), end_of_text)
        end = s + len(w.rstrip(_EDGE))
        if start >= end or any(ts < end and start < te for ts, te, _ in taken):
            continue
        span = doc.char_span(s, end, alignment_mode="expand")
        if span is None or span[-1].tag_ not in {"NN", "NNP"} or span[-1].dep_ in {"attr", "appos"}:
            continue
        out.append((key, start, end))
    return out


def office_span(doc_text: str, start: int, end: int, is_place: Callable[[str], bool], person_starts: set[int]) -> str | None:
    """Return the office a name NER found is, when it is an office alone ("US President-elect",
    "President"): its words are title words after any determiner and places ("US"), else None.

    Args:
        doc_text: the document's text.
        start, end: the name's offsets.
        is_place: tells whether a word is a place's or demonym's name.
        person_starts: where the article's people's names start ("Atty. Steve Cooley": a title).
    """
    after = end + len(doc_text[end:end + 4]) - len(doc_text[end:end + 4].lstrip(". "))
    if after in person_starts:
        return None
    words = doc_text[start:end].split()
    key = office_key(words)
    if key is None or re.match(r"\s*(?:['’]\s?s\b|and\b|or\b)", doc_text[end:end + 6]):
        return None  # "Sheriff's deputies", "Founder and CEO": no holder's description
    rest = words[:len(words) - len(key.split())]
    return key if all(w.lower() in _DEFINITE or is_place(w) for w in rest) else None


__all__ = ["bare_offices", "holder_offices", "office_key", "office_span"]
