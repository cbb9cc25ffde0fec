"""Entities: people and kin: a person's name tokens and grouping key, the full names seeded before
grouping, names NER missed or typed as something else, relatives, and roles.

:func:`_add_person` groups one person mention. Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from hearsay.extract.entities.index import LEADING, EntityIndex, clean_mention
from hearsay.extract.entities.gazetteer import Gazetteer, fold
from hearsay.extract.zones import Zones
from hearsay.model import Mention
from hearsay.extract.entities._vocabulary import (
    COMPASS_WORDS,
    _FUNCTION_WORDS,
    GENERATIONAL_SUFFIXES,
    SURNAME_PARTICLES,
    _MONTHS_DAYS,
    _SURNAME_LABELS,
    admin_units,
    _given_names,
    legal_forms,
    positions,
    titles,
    _wordlist,
)
from hearsay.extract.entities._headlines import _Ordinary, _person_in_prose, _title_case_line
from hearsay.extract.entities._edges import _trim
from hearsay.extract.entities._descriptions import description_spans
from hearsay.extract.entities._nicknames import NICKNAME, nickname_aliases
from hearsay.extract.entities._namesakes import Namesakes, choose_namesake, collect_namesakes
from hearsay.extract.entities._family_names import first_family_name, given_before_family_names


def position_prefix(words: list[str]) -> int:
    """Return how many leading words are a team and an abbreviated position before a full name
    ("Colts QB Andrew Luck" -> 2, "RB Joique Bell" -> 1), else 0. The position must be written
    in capitals, within the first three words, with a name of two or more words after it."""
    for i, word in enumerate(words[:3]):
        bare = word.strip(".,")
        if bare.isupper() and bare.lower() in positions() and len(words) - i - 1 >= 2:
            return i + 1
    return 0


# a nickname in quotes between a given name and a family name: Vincent "The Chin" Gigante,
# Vincent 'Chin' Gigante, Luis Gerardo "Jerry" Ortiz
# (brackets too since round 21: Luis Gerardo (Jerry) Ortiz)
_NICKNAME = NICKNAME
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))?" + _NICKNAME.pattern[len("(?<=\\w)"):-len("(?=\\s+[A-Z])")]
                        + r"\s+[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?\b")


def _name_tokens(text: str) -> list[str]:
    """Return a person's name tokens without titles, a team position or a quoted nickname, lower-cased."""
    raw = _NICKNAME.sub("", clean_mention(text)).split()
    words = [w.strip(".,").lower() for w in raw[position_prefix(raw):]]
    while words and words[0] in titles():
        words.pop(0)
    return words


def _person_key(words: list[str], people: dict[str, list[str]], redirect: dict[str, str] | None = None,
                prominent: dict[str, str] | None = None) -> str:
    """Return the grouping key of a person: the one full name that contains this one, else itself.

    ``people`` is seeded with the article's full names before the first mention is read, so a
    surname in the headline joins the full name given later ("Assange" ... "Julian Assange");
    a surname two full names share ("Kim") stays apart rather than join the wrong one, unless
    one of them is the article's subject (``prominent``: named first and clearly most often,
    as "Tyler Hansbrough" is in a story that also names his father Gene Hansbrough once).
    ``redirect`` maps a longer NER span to the full name it starts or ends with.
    """
    full = " ".join(words)
    if redirect and full in redirect:
        return redirect[full]
    if full in people:
        return full
    containing = [key for key, tokens in people.items()
                  if len(words) < len(tokens) and all(w in tokens for w in words)
                  and (_surname(words) == _surname(tokens) or first_family_name(words, tokens))]  # "Rosselló" (round 30)
    if len(containing) == 1:
        return containing[0]
    subject = (prominent or {}).get(_surname(words))
    if subject in containing and len(words) == 1:
        return subject
    if containing:
        people[full] = words
        return full
    if len(words) == 1:  # a lone given name ("Peter") joins the one full name it starts
        # ... never a "full name" that ends in an institution's head word: "Surrey Police" typed a
        # person is the force, and "a supermarket in Surrey" the county (merge audit 27)
        starts = [key for key, tokens in people.items() if len(tokens) > 1 and tokens[0] == words[0]
                  and tokens[-1] not in _wordlist("organisation_heads.txt")]
        if len(starts) == 1:
            return starts[0]
    people[full] = words
    return full


_BEFORE_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")


def _missed_full_names(doc: Doc, text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Add a person's full name NER missed where it found the family name alone elsewhere.

    NER often misses an unfamiliar full name ("Wladimir Klitschko won his 16th straight fight")
    while it finds "Klitschko" alone in later sentences, under any label. A capitalised word
    written just before such a one-word name is its given name when the pair occurs at least
    twice, or the word is a known given name, and the text never writes it in lower case (so
    not "When Klitschko ..."). Only for a name no full name of the article ends in already. NER
    may also have cut the full name into two one-word names ("Jermayne" PRODUCT, "Timmons"
    PERSON): the pieces give way to the full name.
    """
    singles: dict[str, int] = {}
    fulls: set[str] = set()
    for start, end, label in candidates:
        words = fold(text[start:end]).split()
        if len(words) == 1 and (label == "PERSON" or label in _SURNAME_LABELS) and text[start:start + 1].isupper():
            singles[text[start:end]] = singles.get(text[start:end], 0) + 1
        elif len(words) >= 2:
            fulls.add(words[-1])
    singles = {w: n for w, n in singles.items() if fold(w) not in fulls and w.isalpha() and gaz.lookup(w) is None}
    if not singles:
        return candidates
    covered = sorted(candidates)
    starts = [s for s, _, _ in covered]
    found: dict[str, list[tuple[int, int, list[tuple[int, int, str]]]]] = {}
    for word in singles:
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text):
            before = _BEFORE_NAME.search(text, max(0, m.start() - 40), m.start())
            if before is None or before.group(1).lower() in _MONTHS_DAYS | _FUNCTION_WORDS:
                continue
            start, end = before.start(1), m.end()
            first = doc.char_span(start, before.end(1))
            if first is None or first.root.pos_ not in {"PROPN", "X"} and first.text.lower() not in _given_names():
                continue  # "When Klitschko ...", "Today Apple ...": no name opens with a common word
            inside = [c for c in covered[max(0, bisect.bisect_left(starts, start) - 8):bisect.bisect_left(starts, end)]
                      if c[1] > start]
            if any((s, e) not in {(start, before.end(1)), (m.start(), end)} or lab == "ORG" for s, e, lab in inside):
                continue  # NER read something else there (an organisation stays one: "Today Apple
                # unveiled"); two one-word pieces of a person's name are the name
            found.setdefault(text[start:end], []).append((start, end, inside))
    if not found:
        return candidates
    ordinary = _Ordinary(doc, text)
    added: list[tuple[int, int, str]] = []
    pieces: set[tuple[int, int, str]] = set()
    for name, spans in found.items():
        given = name.split()[0]
        # NER cut the name itself, a place right before a person ("Dallas" GPE + "Clark" PERSON)
        split = any(len(inside) == 2 and inside[0][2] in {"GPE", "LOC"} and inside[1][2] == "PERSON" for _, _, inside in spans)
        if (len(spans) >= 2 or given.lower() in _given_names() or split) and not ordinary(given):
            added.extend((s, e, "PERSON") for s, e, _ in spans)
            pieces.update(c for _, _, inside in spans for c in inside)
    return sorted([c for c in candidates if c not in pieces] + added) if added else candidates


# a capitalised word, then one or two particles written in lower case, then a capitalised family
# name: "Arnel dela Vega", "Robin van der Berg" (the particles are SURNAME_PARTICLES)
_PARTICLE_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) ((?:(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r") ){1,2})"
                            r"([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)(?![\w'’-])")


def _particle_full_names(doc: Doc, text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Add a person's full name with a family-name particle that NER missed or cut.

    NER reads "Arnel dela Vega" as nothing, or as "Vega" alone, while it finds "Dela Vega" at a
    sentence's start; the family name then stood for the person and the given name was lost
    (issue 12 round 27). A capitalised word, lower-case particles (``SURNAME_PARTICLES``) and a
    capitalised word are one person where the family name, with its particle or without, is a
    name NER calls a person elsewhere in the article, the first word is a proper noun by the parse
    and no ordinary word or place, and no name of another type covers any of it.
    """
    families = {fold(text[s:e]) for s, e, label in candidates if label == "PERSON"}
    out = list(candidates)
    for found in _PARTICLE_NAME.finditer(text):
        particles = found.group(2).split()
        family = found.group(3)
        if fold(family) not in families and fold(" ".join([*particles, family])) not in families:
            continue
        given = found.group(1)
        first = doc.char_span(found.start(1), found.end(1))
        if (first is None or first.root.pos_ != "PROPN" or given.lower() in _FUNCTION_WORDS | _MONTHS_DAYS
                or gaz.lookup(given) is not None or given.lower() in titles()):
            continue
        a, b = found.span()
        inside = [c for c in out if c[0] < b and c[1] > a]
        if (a, b, "PERSON") in inside or any(lab != "PERSON" or s < a or e > b for s, e, lab in inside):
            continue  # NER has the name already, or read something else there ("Stade de Suisse")
        out = [c for c in out if c not in inside] + [(a, b, "PERSON")]
    return sorted(out)


_AND = re.compile(r"\s+(?:and|&)\s+")


def _nicknamed_people(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return the candidates with each name written with a quoted nickname inside (Vincent "The Chin"
    Gigante, Vincent 'Chin' Gigante) as one person, where NER cut it at the quotes into "Vincent" and
    "Chin" Gigante" and one of the parts is a person's; spans that run past the name are left alone
    (issue 12 round 18, ECB+ dev topic 26)."""
    out = list(candidates)
    for found in _NICKNAMED.finditer(text):
        a, b = found.span()
        if "\n" in text[a:b] or _title_case_line(text, a) or found.group(0).split()[0].lower() not in _given_names():
            continue  # "Gary Ross 'Catching Fire' Negotiations …": a headline's title after a name
        inside = [c for c in out if c[0] < b and c[1] > a]
        if (not inside or any(s < a or e > b for s, e, _ in inside) or not any(lab == "PERSON" for _, _, lab in inside)
                or inside == [(a, b, "PERSON")]):
            continue
        out = [c for c in out if c not in inside] + [(a, b, "PERSON")]
    return sorted(out)


def _split_people(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split a span that joins two of the article's people with "and" ("Lopez and Carrasquillo",
    which NER calls one organisation or person) into the two people. Both sides must be names
    the text gives a person elsewhere, so "Procter and Gamble" or "Marks & Spencer" stay whole."""
    people = {w for s, e, label in candidates if label == "PERSON" and not _AND.search(text, s, e)
              for w in (fold(text[s:e]), fold(text[s:e]).split()[-1] if text[s:e].split() else "")}
    out: list[tuple[int, int, str]] = []
    for start, end, label in candidates:
        found = list(_AND.finditer(text, start, end)) if label in {"PERSON", "ORG"} else []
        if len(found) == 1:
            parts = [(start, found[0].start()), (found[0].end(), end)]
            if all(fold(text[a:b]) in people for a, b in parts):
                out.extend((a, b, "PERSON") for a, b in parts)
                continue
        out.append((start, end, label))
    return out


def _role_of(ent_root: Token, start: int, end: int, doc_text: str) -> str | None:
    """Return the title phrase attached to a person's name, else None."""
    for child in ent_root.lefts:
        if child.idx >= start or child.dep_ not in {"compound", "nmod", "amod"}:
            continue
        sub = list(child.subtree)
        if sub[-1].idx + len(sub[-1]) > start:
            continue
        if not any(t.pos_ == "NOUN" or t.lower_ in titles() for t in sub):
            continue
        if len(sub) == 1 and sub[0].lower_ in titles():
            continue  # a bare title ("Secretary Shoigu") says nothing new
        first = sub[0]
        return doc_text[first.idx:sub[-1].idx + len(sub[-1])]
    for child in ent_root.rights:
        # "Shoigu, the council's secretary"; a title the tagger calls a proper noun too ("Jeff
        # Rathke, the State Department Spokesperson"; issue 12 round 16)
        if child.dep_ == "appos" and (child.pos_ == "NOUN" or child.pos_ == "PROPN" and child.lower_ in titles()):
            sub = list(child.subtree)
            text = doc_text[sub[0].idx:sub[-1].idx + len(sub[-1])]
            return LEADING.sub("", text)
    return _title_before(ent_root, start, doc_text)


def _title_before(ent_root: Token, start: int, doc_text: str) -> str | None:
    """Return the title written before a person's name and a comma ("Malaysia's Prime Minister,
    Najib Razak said"), which the parser hangs the name on as an apposition or a conjunct: the
    title's head is a title word, nothing but the comma stands between, and the title is no
    name of its own (issue 12 round 16; events round 14 had to read it for the country)."""
    head = ent_root.head
    if ent_root.dep_ not in {"appos", "conj"} or head.i >= ent_root.i or head.lower_ not in titles() or head.ent_type_ == "PERSON":
        return None
    if doc_text[head.idx + len(head):start].strip() != ",":
        return None
    if any(t.dep_ == "cc" for t in (*head.children, *ent_root.children)):
        return None  # a list ("the president, John Smith and Mary Jones"): the title may be a third person's
    first = min(t.i for t in head.subtree if t.i <= head.i)
    text = LEADING.sub("", doc_text[head.doc[first].idx:head.idx + len(head)])
    return text if len(text.split()) > 1 else None


def _surname(words: list[str]) -> str:
    """Return the family name of a person's name tokens: the last word before Jr, Sr, III ..."""
    for word in reversed(words):
        if word not in GENERATIONAL_SUFFIXES:
            return word
    return words[-1]


def _inner_mention(doc_text: str, start: int, end: int, n_words: int, words: list[str], inner: list[str]) -> Mention:
    """Return the part of a mention that is the inner full name it was redirected to."""
    tokens = list(re.finditer(r"\S+", doc_text[start:end]))[-n_words:]
    part = tokens[:len(inner)] if words[:len(inner)] == inner else tokens[-len(inner):]
    s, e = start + part[0].start(), start + part[-1].end()
    s, e = _trim(doc_text, s, e)
    return Mention(s, e, doc_text[s:e])


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _after_title(text: str, start: int) -> bool:
    """True when a title or position is written right before ``start`` ("President Hollande",
    "Mr. Putin"): what follows is a person's name."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in titles() | positions()


# "the Bishop", "a Judge": a title word used as a noun, not a family name
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")
# a family noun right after a family name: the family, not one person ("the Palin family")
_FAMILY_AFTER = re.compile(r"(?:\s+crime)?\s+(?:family|families|clan|dynasty|household)\b", re.IGNORECASE)
# "the elder" / "the younger" before a family name, a title between them allowed
_KIN_BEFORE = re.compile(r"\b(?:the|The)[ \t]+(?:elder|younger)[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?[ \t]+)?$")
# a family noun and a list of first names after it: "a son, Mark", "his eight children, Vincent,
# Lucia and Carmella Esposito", "his widow Audrey"
_KIN_LIST = re.compile(
    r"\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|mother|father|children|grandsons?|granddaughters?"
    r"|grandchildren|nephews?|nieces?|cousins?|widow|widower|stepsons?|stepdaughters?|stepfather|stepmother)"
    r"(?:,|:)?[ \t]+(?:[A-Z][\w'’-]*,?[ \t]+(?:and[ \t]+)?){0,4}$")
# titles that say a person's sex, before a family name
_GENDERED_TITLE = re.compile(r"\b(Mrs|Ms|Miss|Mme|Madame|Mr|Monsieur|Sir|Lord|Lady)\.?[ \t]+$")
_TITLE_OPENING = re.compile(r"(Mrs|Ms|Miss|Mme|Madame|Mr|Monsieur|Sir|Lord|Lady)\.?[ \t]+(?=\S)")
_TITLE_GENDER = {"mrs": "f", "ms": "f", "miss": "f", "mme": "f", "madame": "f", "lady": "f",
                 "mr": "m", "monsieur": "m", "sir": "m", "lord": "m"}


# degrees written after a person's name ("Regina Benjamin, MD, MBA"), which NER may call a place
_CREDENTIALS = frozenset({"md", "phd", "mba", "rn", "dds", "jd", "esq", "dvm", "mph", "llm", "do"})


# the last words of place and facility names, which a place is not called by alone
_PLACE_HEADS = _wordlist("place_heads.txt")
_ORG_WORDS = _wordlist("organisation_heads.txt") | _wordlist("facility_heads.txt")
_INSTITUTION_WORDS = _wordlist("institution_words.txt")



def _retype_people(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Type as a person a two- or three-word name NER called a place or group that the text
    also calls by its last word alone ("Wladimir Klitschko" tagged GPE, then "Klitschko used
    his jab"): places are not named by their last word, people are named by their surname.

    Not for organisations (firms are named after people: "Morgan Stanley", then "Morgan"), nor
    for a name the gazetteer knows, one ending in a place word ("Palm Springs", "Mount Cook") or
    one opening with a compass word ("Southern California", then "California").
    """
    singles = {fold(text[s:e]) for s, e, _ in candidates if " " not in text[s:e].strip()}
    as_person: dict[str, int] = {}  # each one-word name: NER's PERSON tags minus its other tags
    first_alone: dict[str, int] = {}  # where the text first names it alone
    for s, e, label in candidates:
        if " " not in text[s:e].strip():
            key = fold(text[s:e])
            as_person[key] = as_person.get(key, 0) + (1 if label == "PERSON" else -1)
            first_alone.setdefault(key, s)
    out = []
    for s, e, label in candidates:
        words = text[s:e].split()
        if (label in _SURNAME_LABELS and 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
                and fold(words[-1]) in singles and words[-1].lower() not in _PLACE_HEADS | admin_units()
                and words[0].lower() not in COMPASS_WORDS  # "Southern California", then "California": the state
                and gaz.lookup(text[s:e]) is None and gaz.lookup(words[-1]) is None
                and (label != "ORG" or s < first_alone.get(fold(words[-1]), -1) and _person_named_org(text, s, words, as_person, gaz))):
            label = "PERSON"
        out.append((s, e, label))
    return out


def _person_named_org(text: str, start: int, words: list[str], as_person: dict[str, int], gaz: Gazetteer | None = None) -> bool:
    """True when a name NER typed ORG is a person's: the text names it by its last word alone
    and NER types that word a person more often than anything else ("Bettie Page" ORG, then
    "Page" PERSON thirteen times; "Peyton Manning" ORG, then "Manning ... threw").

    A firm named after its founder is called by the founder's name with the firm's words
    ("Morgan Stanley", then "Morgan"): NER types those one-word forms ORG, so the majority
    holds them apart. Only a first name and a surname, with at most a middle initial between
    ("Mark J. Heller"), none of them an organisation's, a legal form's or an institution's word,
    and no "the" before it (a title, "The Notorious Bettie Page", is no person). The caller asks
    only for a full name that comes before the surname alone, as a story introduces a person:
    where "Miss Pinkerton" came first, "Jemima Pinkerton" may be her sister. Nor a team
    named after its place ("Indianapolis Colts", then "Colts" tagged PERSON): no word of it is
    a place the gazetteer knows or one the text names alone as something else than a person
    ("Indianapolis" GPE).
    """
    if as_person.get(fold(words[-1]), 0) <= 0:
        return False
    if any(as_person.get(fold(w), 0) < 0 or gaz is not None and gaz.lookup(w) is not None for w in words[:-1]):
        return False
    if len(words) == 3 and not re.fullmatch(r"[A-Z]\.", words[1]):
        return False
    lowered = {w.lower().strip(".,") for w in words}
    if lowered & (_ORG_WORDS | legal_forms() | _INSTITUTION_WORDS):
        return False
    return not re.search(r"\b(?:the|The)\s+$", text[max(0, start - 5):start])


_SPLIT_NAME_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _join_split_names(doc: Doc, text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Join into one person's name two one-word place or group spans NER cut a name into
    ("Valeska Paris, an Australian woman, says she was held": "Valeska" GPE + "Paris" GPE).

    Only where nothing but a space stands between them, the parse makes the first a compound of
    the second, the first word is no name the gazetteer knows, and the pair is a person's: a
    known given name first, or the prose's subject with "he" or "she" after it (the evidence
    :func:`_person_in_prose` reads). Then "Paris claims ..." is her surname, not France (issue 12
    round 16, GUM dev news_imprisoned).
    """
    out: list[tuple[int, int, str]] = []
    ordered = sorted(candidates)
    skip = -1
    for i, (s, e, label) in enumerate(ordered):
        if i == skip:
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (nxt is not None and label in _SPLIT_NAME_LABELS and nxt[2] in _SPLIT_NAME_LABELS and text[e:nxt[0]] == " "
                and " " not in text[s:e] and " " not in text[nxt[0]:nxt[1]]
                and text[s:s + 1].isupper() and text[nxt[0]:nxt[0] + 1].isupper() and gaz.lookup(text[s:e]) is None):
            first, second = doc.char_span(s, e), doc.char_span(nxt[0], nxt[1])
            if (first is not None and second is not None and len(first) == 1 and len(second) == 1
                    and first[0].dep_ == "compound" and first[0].head.i == second[0].i
                    and (text[s:e].lower() in _given_names() or _person_in_prose(doc, text, text[s:nxt[1]]))):
                out.append((s, nxt[1], "PERSON"))
                skip = i + 1
                continue
        out.append((s, e, label))
    return out


def _seed_people(doc_text: str, candidates: list[tuple[int, int, str]], people: dict[str, list[str]], redirect: dict[str, str],
                 zones: Zones, prominent: dict[str, str] | None = None) -> dict[str, int]:
    """Put the article's full personal names into ``people`` before any mention is grouped.

    Fills ``prominent`` with each surname several full names share and the one of them that is
    the article's subject: named first and at least twice as often as any other.

    Returns:
        each one-word surname (folded) with how many different full names end in it.
    """
    owners: dict[str, set[str]] = {}
    seen: list[str] = []  # each full-name mention in text order
    relatives: set[str] = set()  # "X Jr." named in a list of the family: "two children, Joan Felt and Mark Felt Jr."
    for start, end, label in candidates:
        if label != "PERSON" or zones.kind_at(start, end) in {"credit", "rights", "residue", "social"}:
            continue
        words = _name_tokens(doc_text[start:end])
        if len(words) >= 2:
            people.setdefault(" ".join(words), words)
            seen.append(" ".join(words))
            if words[-1] in GENERATIONAL_SUFFIXES and _KIN_LIST.search(doc_text, max(0, start - 80), start):
                relatives.add(" ".join(words))
    # A family name with its particle ("dela Vega", "van der Berg") is the one full name that ends
    # in it ("Arnel dela Vega"), not a full name of its own (issue 12 round 27)
    for full, words in list(people.items()):
        if words[0] in SURNAME_PARTICLES:
            longer = [k for k, t in people.items() if len(t) > len(words) and t[-len(words):] == words
                      and t[0] not in SURNAME_PARTICLES]
            if len(longer) == 1:
                redirect[full] = longer[0]
                del people[full]
    # "Yulín Cruz" beside "Carmen Yulín Cruz": two family names alone are the full name their
    # given name opens (round 32), not a span run on over a neighbour's word as below
    for full, words in list(people.items()):
        alone = " ".join(words[1:])
        if alone in people and given_before_family_names(words, people[alone]):
            redirect[alone] = full
            del people[alone]
    # An NER span that runs past a name other mentions give alone is that name: a headline
    # verb after it ("Esther Williams Dies") or a neighbour's name before it ("Howard Tony Blair");
    # never a family name with its particle: "Robin van der Berg" is no "van der Berg" run on
    for full, words in list(people.items()):
        if full in relatives:
            continue  # "Joan Felt and Mark Felt Jr." beside the father, Mark Felt: the son, not a longer span
        inner = [k for k, t in people.items() if 2 <= len(t) < len(words)
                 and (words[:len(t)] == t or words[-len(t):] == t and t[0] not in SURNAME_PARTICLES)]
        if len(inner) == 1:
            redirect[full] = inner[0]
            del people[full]
    # "Jerry Ortiz" after Luis Gerardo "Jerry" Ortiz: the nickname and the family name are the
    # full name, not a second person sharing its family name (round 21)
    person_spans = [(start, end) for start, end, label in candidates if label == "PERSON"]
    for alias, full_words in nickname_aliases(doc_text, person_spans).items():
        target = redirect.get(" ".join(full_words), " ".join(full_words))
        if target in people and alias != target:
            redirect[alias] = target
            people.pop(alias, None)
            nick = alias.split()[0]
            if len(alias.split()) == 2 and not any(words[0] == nick for words in people.values()):
                redirect.setdefault(nick, target)  # "bring Jerry back": the nickname alone
    for full, words in people.items():
        owners.setdefault(_surname(words), set()).add(full)
        if first_family_name(words[1:2], words):
            # "Rosselló" is the family name of "Ricardo Rosselló Nevares" too (round 30)
            owners.setdefault(words[1], set()).add(full)
    if prominent is not None:
        named = [redirect.get(full, full) for full in seen]
        for surname, fulls in owners.items():
            if len(fulls) < 2:
                continue
            counts = sorted(((named.count(f), -named.index(f), f) for f in fulls), reverse=True)
            (top, first, subject), (second, _, _) = counts[0], counts[1]
            if top >= 2 * max(1, second) and -first == min(named.index(f) for f in fulls):
                prominent[surname] = subject
    return {surname: len(full) for surname, full in owners.items()}


def _person_roles(doc: Doc, doc_text: str, index: EntityIndex, zones: Zones, eid: str, start: int, end: int) -> None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        role = _role_of(span.root, start, end, doc_text)
        if role:
            index.add_role(eid, role)
        if zones.kind_at(start, end) not in {"credit", "rights", "residue", "social"}:
            for s, e in description_spans(span.root, start, end, doc_text):
                index.add_description(eid, Mention(s, e, doc_text[s:e]))
    if zones.kind_at(start, end) == "bio" and re.search(r"about the (author|writer)\W*$", doc_text[max(0, start - 40):start], re.I):
        index.add_role(eid, "author")


def _clause_subject(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is the subject of a verb, not in apposition to a family
    noun before it: "After calling … to speak with his mother, Montalvo was put through" (GUM dev
    news_defector: the kin list had made "Montalvo" the mother; issue 12 round 26)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"}


def _add_person(doc: Doc, doc_text: str, index: EntityIndex, zones: Zones, people: dict[str, list[str]],
                redirect: dict[str, str], prominent: dict[str, str], start: int, end: int, text: str, mention: Mention,
                namesakes: Namesakes | None = None, person_starts: list[int] | None = None) -> None:
    """Group one mention of a person (a name that is no place, organisation or known key) into ``index``.

    The mention loses a team and position before the name ("Colts QB Andrew Luck"); initials alone
    name no one; a one-word name after "the elder", in a list of kin or before "family", or after a
    title of the other sex than the full name's given name, is another of the family; a family name
    two people named in full share joins the one the text points to (:func:`choose_namesake`);
    otherwise the name joins the full name :func:`_person_key` finds, with the roles around it.
    """
    cut = position_prefix(text.split())
    if cut:  # "Colts QB Andrew Luck": the mention is the name after the team and position
        start += list(re.finditer(r"\S+", text))[cut].start()
        text = doc_text[start:end]
        mention = Mention(start, end, text)
    words = _name_tokens(text)
    if not words and " " not in text.strip() and not _DETERMINER_BEFORE.search(doc_text, max(0, start - 5), start):
        # a family name that is also a title word ("Bishop said" after "Julie Bishop"): the
        # surname of the one person the article names in full with it, not a title (issue 12 round 16)
        bare = clean_mention(text).strip(".,").lower()
        # the full name's other words are no title nor administrative unit: "Genesee County
        # Sheriff" (NER's person) is an office, and "Sheriff" alone no surname of it
        if sum(tokens[-1] == bare and not set(tokens[:-1]) & (titles() | admin_units())
               for tokens in people.values() if len(tokens) > 1) == 1:
            words = [bare]
    if not words or all(len(w.strip(".")) <= 1 for w in words):
        return  # initials alone ("D. A. Will Now Seek Death Penalty") name no one
    if len(words) == 1 and any(words[0] in tokens for tokens in people.values() if len(tokens) > 1) and (
            _KIN_BEFORE.search(doc_text, max(0, start - 30), start)
            or _KIN_LIST.search(doc_text, max(0, start - 80), start) and not _clause_subject(doc, start, end)):
        # "the elder Mr. LaRue", "the younger Bush", "a daughter, Joan, and a son, Mark",
        # "his eight children, Vincent, Lucia and ...": another of the family than the one
        # named in full. A word no full name of the article holds ("his older brother, Vitali")
        # could join no one wrongly: it is grouped as any name, with its later bare mentions
        index.add("person:kin:" + words[0], clean_mention(text.split()[-1]), "PERSON", mention)
        return
    if len(words) == 1 and text[:1].isupper() and _FAMILY_AFTER.match(doc_text, end):
        # "members of the Palin family", "the Genovese crime family": the family, not the
        # one of its members the article names in full
        index.add("family:" + words[0], f"{clean_mention(text)} family", "ORG", mention)
        return
    title = _GENDERED_TITLE.search(doc_text, max(0, start - 8), start) or _TITLE_OPENING.match(text)
    chosen = None
    if len(words) == 1 and namesakes is not None:
        # a family name two people of the story share: the one the text points to (round 18)
        chosen = choose_namesake(doc, doc_text, start, end, words[0], namesakes, people,
                                 title.group(1) if title else None, person_starts or [])
    key = "person:" + (chosen or _person_key(words, people, redirect, prominent))
    if len(words) == 1 and title:
        from hearsay.extract.statements.speakers import given_names

        given = people.get(key[len("person:"):], words)[0]
        if given_names().get(given, "any") not in {"any", _TITLE_GENDER[title.group(1).lower()]}:
            # "surgery needed by Mrs. Gigante" in Vincent Gigante's obituary: his mother
            index.add("person:kin:" + title.group(1).lower() + " " + words[0], clean_mention(text), "PERSON", mention)
            return
    inner = people.get(key[len("person:"):], words)
    if " ".join(words) in redirect and (words[:len(inner)] == inner or words[-len(inner):] == inner):
        # the mention is the inner name only, and never renames it (a nickname's redirect is no
        # inner name: "Jerry Ortiz", "LiLo" stay whole)
        mention = _inner_mention(doc_text, start, end, len(words), words, inner)
        eid = index.add(key, " ".join(mention.text.split()), "PERSON")
        index.add_mention(eid, mention)
    else:
        eid = index.add(key, " ".join(text.split()[-len(words):]), "PERSON", mention)
    _person_roles(doc, doc_text, index, zones, eid, start, end)


def _namesakes(doc_text: str, candidates: list[tuple[int, int, str]], people: dict[str, list[str]],
               redirect: dict[str, str], zones: Zones) -> Namesakes:
    """Return the article's full-name mentions of people by family name, each under the key it is
    grouped by (:func:`_person_key` on a copy of ``people``, which it must not grow)."""
    seen, alone = [], []
    for start, end, label in candidates:
        words = _name_tokens(doc_text[start:end])
        if len(words) == 1:
            alone.append((start, words[0]))
        if label != "PERSON" or zones.kind_at(start, end) in {"credit", "rights", "residue", "social"}:
            continue
        if len(words) >= 2:
            key = _person_key(words, dict(people), redirect)
            if key in people:
                seen.append((start, end, people[key], key))
    return collect_namesakes(doc_text, seen, alone)
