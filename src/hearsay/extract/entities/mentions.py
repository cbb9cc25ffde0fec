"""Entities: spaCy NER grouped under canonical names.

Three rules group mentions (docs/entities.md):

1. the bundled country gazetteer maps names, capitals, seats of government, demonyms and
   nicknames to one country (North Korea = DPRK = Pyongyang = North Korean = the Hermit
   Kingdom), with fuzzy matching for misspellings ("Kreamlin" -> Kremlin -> Russia);
2. within a document, a person's shorter mentions join the full name whose tokens contain
   theirs once titles are stripped ("Secretary Shoigu" -> "Sergey Shoigu"); an organisation's
   parenthesised acronym and its later uses join the full name (MSMT); a place followed by an
   administrative-unit word is the place ("Kursk Oblast" = "Kursk");
3. everything else groups by its folded text.

Roles come from the noun phrase a person's name heads ("Secretary of the Russian Security
Council Sergey Shoigu", "Russian President Vladimir Putin") and from appositions ("Shoigu, the
secretary of ..."); the person named after "About the Author" gets the role "author".
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.config import Settings
from hearsay.extract.entities.index import LEADING, POSSESSIVE, EntityIndex, clean_mention
from hearsay.extract.entities.gazetteer import Gazetteer, fold, load_gazetteer
from hearsay.extract.zones import Zones
from hearsay.model import Mention
from hearsay.paragraphs import paragraph_at

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW"}
# NER labels whose span may be trimmed to a gazetteer alias inside it ("North Korea Grows
# Stronger" in a heading, "The Relationship Between Russia").
_TRIMMABLE = {"GPE", "LOC", "NORP", "WORK_OF_ART", "PERSON", "FAC"}
# a leading determiner, or possessive debris NER keeps in front of a name ("’s Haqqani")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&.\-]{1,11})\)")


def _wordlist(name: str) -> frozenset[str]:
    return lexicon.words(name)


@functools.lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """The trades a company's name states after its own name ("Kraft Foods", "Ford Motor")."""
    return _wordlist("trade_words.txt")


@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Return the title and honorific words (lexicon/titles.txt)."""
    return _wordlist("titles.txt")


@functools.lru_cache(maxsize=1)
def admin_units() -> frozenset[str]:
    """Return the administrative-unit words (lexicon/admin_units.txt)."""
    return _wordlist("admin_units.txt")


# quote marks NER takes into a name's edge, PTB-style (`` '') in tokenised corpora: punctuation
# debris, never part of the name. A quote that opens a nickname inside the name ('"Chin" Gigante')
# is kept; one that encloses the whole name goes with its partner.
_QUOTE = re.compile(r"``|''|[\"“”‘]")


def _trim_quotes(doc_text: str, start: int, end: int) -> tuple[int, int]:
    span = doc_text[start:end]
    marks = list(_QUOTE.finditer(span))
    if not marks:
        return start, end
    first, last = marks[0], marks[-1]
    opens = first.start() == 0 and len(span[first.end():].strip()) > 0
    closes = last.end() == len(span) and len(span[:last.start()].strip()) > 0
    if opens and (len(marks) == 1 or closes and len(marks) == 2):
        start += first.end() + len(span[first.end():]) - len(span[first.end():].lstrip())
    if closes and (len(marks) == 1 or opens and len(marks) == 2):
        end -= len(span) - last.start() + len(span[:last.start()]) - len(span[:last.start()].rstrip())
    return start, end


def _trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Return character offsets of the mention without edge quote marks, determiner and possessive."""
    start, end = _trim_quotes(doc_text, start, end)
    lead = LEADING.match(doc_text[start:end])
    if lead:
        start += lead.end()
        start, end = _trim_quotes(doc_text, start, end)  # the `` Hunger Games
    tail = POSSESSIVE.search(doc_text[start:end])
    if tail and end - start > len(tail.group(0)):
        end -= len(tail.group(0))
    return start, end


# the tags of a sentence's first word that NER takes into a name after it when it is
# capitalised only because it starts the sentence ("Unemployed John Jenkin", "Considering
# Lionsgate", "Stunning Williams")
_OPENER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN", "RB"})


def _trim_common_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop ordinary words NER ran into a name at its edges.

    At the end: lower-case words ("USAF officials" -> "USAF", "Ross doesn" -> "Ross",
    "Thompson in" -> "Thompson"): a name does not end in one. At the start: a sentence's
    first word capitalised only for that reason and tagged as an adjective, participle or
    adverb ("Unemployed John Jenkin", "Considering Lionsgate"), unless it is a title or a
    given name, a word names begin with ("North Korean", "New Zealand": lexicon/name_adjectives.txt)
    or part of a name the gazetteer knows.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start, end
    first, last = 0, len(span)
    while last > 1 and span[last - 1].is_lower and span[last - 1].is_alpha:
        last -= 1
    head = span[0]
    sentence_start = all(t.is_punct for t in doc[head.sent.start:head.i])
    if (last - first >= 2 and sentence_start and head.tag_ in _OPENER_TAGS and head.is_title
            and span[1].text[:1].isupper() and head.lower_ not in titles() | _given_names() | _wordlist("name_adjectives.txt")
            and load_gazetteer().lookup(span.text) is None):
        first = 1
    if (first, last) == (0, len(span)):
        return start, end
    return span[first].idx, span[last - 1].idx + len(span[last - 1])


_DATELINE = re.compile(r"(?:[A-Z][\w.&'’]*\s+){0,2}[A-Z][\w.&'’]*\s+[-–—]\s+(?=[A-Z])")


def _past_dateline(text: str, start: int, end: int) -> int:
    """Return where a name starts once a dateline NER ran into it is cut off: "Computerworld -
    Microsoft today said", "WASHINGTON - Obama said" open a paragraph with a place or an outlet
    and a dash, then the text; the name is what follows the dash."""
    if start != paragraph_at(text, start)[0]:
        return start
    m = _DATELINE.match(text, start, end)
    return m.end() if m and m.end() < end else start


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return _wordlist("given_names_male.txt") | _wordlist("given_names_female.txt")


@functools.lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """Return the abbreviated team positions written before a name (lexicon/positions.txt)."""
    return _wordlist("positions.txt")


def position_prefix(words: list[str]) -> int:
    """Return how many leading words are a team and an abbreviated position before a full name
    ("Colts QB Andrew Luck" -> 2, "RB Joique Bell" -> 1), else 0. The position must be written
    in capitals, within the first three words, with a name of two or more words after it."""
    for i, word in enumerate(words[:3]):
        bare = word.strip(".,")
        if bare.isupper() and bare.lower() in positions() and len(words) - i - 1 >= 2:
            return i + 1
    return 0


def _name_tokens(text: str) -> list[str]:
    """Return a person's name tokens without titles or a team position, lower-cased."""
    raw = clean_mention(text).split()
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
                  if len(words) < len(tokens) and all(w in tokens for w in words) and _surname(words) == _surname(tokens)]
    if len(containing) == 1:
        return containing[0]
    subject = (prominent or {}).get(_surname(words))
    if subject in containing and len(words) == 1:
        return subject
    if containing:
        people[full] = words
        return full
    if len(words) == 1:  # a lone given name ("Peter") joins the one full name it starts
        starts = [key for key, tokens in people.items() if len(tokens) > 1 and tokens[0] == words[0]]
        if len(starts) == 1:
            return starts[0]
    people[full] = words
    return full


def _candidates(doc: Doc, text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Return ``(start, end, label)`` mention candidates from NER plus gazetteer matches."""
    cands: list[tuple[int, int, str]] = []
    alias_hits = _alias_matches(doc, text)
    absorbed = -1  # where the last name extended past its NER span ends
    people = {fold(e.text) for e in doc.ents if e.label_ == "PERSON"}
    for ent in doc.ents:
        if ent.label_ not in LABELS or ent.end_char <= absorbed:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        start, end = _trim_common_words(doc, start, end)
        start = _past_dateline(text, start, end)
        label = ent.label_
        if label in _CUTTABLE and (longer := _continued_name(doc, text, start, end)) != end:
            label = "PERSON" if fold(text[start:longer]) in people else _continued_label(text[start:end], text[end:longer], label)
            end = absorbed = longer
        if start >= end or not any(c.isupper() or c.isdigit() for c in text[start:end]):
            continue  # "statement", "joint statement": NER noise, not a name
        if _degree(text, start, end):
            continue  # "received her MD degree", "an MBA from Tulane": a degree, not Maryland
        if label in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"} and not _INSTITUTIONAL.search(text[start:end]) and (
                _COMPASS_BEFORE.search(text, max(0, start - 16), start) or _LANDFORM_AFTER.match(text, end)):
            label = "LOC"  # "the northern Sierra Nevada", "Sierra Nevada foothills": the range, not the company
        if label == "PERSON" and " " in text[start:end].strip() and \
                text[start:end].split()[-1].lower().strip(".,") in _COMPANY_WORDS | _PART_WORDS | _wordlist("facility_heads.txt"):
            label = "ORG"  # "McAfee Avert Labs", "Saturn Corporation", "Betty Ford Center": no person's name ends so
        score = _TRAILING_SCORE.search(text, start, end)
        if score and score.start() > start:  # "Evansville 51 - 50": NER ran a game's score into the team's name
            cands.append((start, score.start(), "ORG"))
            continue
        inner = [(s, e) for s, e in alias_hits if s >= start and e <= end and (s, e) != (start, end)]
        if inner and label in _TRIMMABLE and not gaz.lookup(text[start:end]):
            rest = _rest_words(text[start:end], [text[s:e] for s, e in inner])
            if (label == "PERSON" and rest and all(w[:1].isupper() for w in rest)
                    and not _title_case_line(text, start)):
                # a person whose given name is a place ("Paris Hilton", "protester Paris
                # Kyriakides"): in running text NER's PERSON span is the name, not a heading
                cands.append((start, end, "PERSON"))
                continue
            if not rest or not all(w.lower() in admin_units() for w in rest):
                for s, e in inner:
                    cands.append((s, e, "GPE"))
                continue
        cands.append((start, end, label))
        if label in {"ORG", "FAC", "EVENT", "LAW"}:
            cands.extend((s, e, "GPE") for s, e in inner)  # "the Russian Security Council" also names Russia
    covered = [(s, e) for s, e, _ in cands]
    for s, e in alias_hits:
        if not any(cs < e and s < ce for cs, ce in covered):
            cands.append((s, e, "GPE"))
    return sorted(set(cands))


@functools.lru_cache(maxsize=1)
def degree_abbreviations() -> frozenset[str]:
    """Return the abbreviations of academic degrees (lexicon/degree_abbreviations.txt)."""
    return _wordlist("degree_abbreviations.txt")


_DEGREE_AFTER = re.compile(r"\s+degrees?\b", re.I)
_DEGREE_BEFORE = re.compile(r"\b(?:an?|her|his|their|my|your|our)\s+$", re.I)


def _degree(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is a degree's abbreviation used as the degree: before
    "degree" ("received her MD degree") or after an article or a possessive ("an MBA from
    Tulane", "his PhD"). After a town ("Bethesda, MD") the same letters are the state."""
    name = text[start:end].replace(".", "").strip().lower()
    if name not in degree_abbreviations():
        return False
    return bool(_DEGREE_AFTER.match(text, end)) or bool(_DEGREE_BEFORE.search(text[max(0, start - 8):start]))


@functools.lru_cache(maxsize=1)
def _vessel_pattern() -> re.Pattern[str]:
    prefixes = "|".join(sorted((w.upper() for w in _wordlist("vessel_prefixes.txt")), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{prefixes})\.? (?:[A-Z][a-z’'-]+|[0-9]+)(?: (?:[A-Z][a-z’'-]+|[0-9]+)){{0,2}}\b")


def _vessels(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A ship's prefix and the capitalised words after it are one vessel ("marine commandos from
    INS Tabar", "the tanker MV Sirius Star", "HMS Belfast"): NER gives the prefix to an
    organisation ("INS" had joined the Indian Naval Services) and the name to a place (Belfast).
    The name stops before a title ("INS Commissioner Doris Meissner" is the agency's head) and
    before the line's end; a prefix after a capitalised word is part of another name."""
    found: list[tuple[int, int]] = []
    people = {s for s, _e, label in candidates if label == "PERSON"}
    for m in _vessel_pattern().finditer(text):
        start, words = m.start(), m.group(0).split(" ")
        if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha() and \
                (text[max(0, start - 30):start].split() or [""])[-1][:1].isupper():
            continue
        keep, at = 1, start + len(words[0]) + 1
        for word in words[1:]:
            if word.lower() in titles() | positions() | _MONTHS_DAYS or at in people:
                break
            keep, at = keep + 1, at + len(word) + 1
        if keep < 2:
            continue
        end = start + len(" ".join(words[:keep]))
        found.append((start, end))
    if not found:
        return candidates
    kept = [(s, e, lab) for s, e, lab in candidates if not any(s < fe and fs < e for fs, fe in found)]
    return sorted(kept + [(s, e, "PRODUCT") for s, e in found])


# a lower-case compass adjective before a name, or a landform noun after it, makes it a place
_COMPASS_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern"
                             r"|southwestern|upstate|downstate)[ \t]+$")
_LANDFORM_AFTER = re.compile(r"[ \t]+(?:foothills|mountains|range|peaks|slopes|highlands|lowlands|basin|valley|plateau"
                             r"|coast|coastline|delta|watershed)\b")
# words that make a name an institution's whatever stands around it ("the central Bank of Canada")
_INSTITUTIONAL = re.compile(r"\b(?:of|Bank|Ministry|Department|Council|Committee|Court|Party|Army|Police|Company|Corp\.?"
                            r"|Inc\.?|Group|University|College|School|Hospital|Agency|Authority|Commission|Office)\b")
_CUTTABLE = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"}
# words that end a product model's name after the product line's ("AirPods Pro", "Pro Max")
_MODEL_WORDS = frozenset({"Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "XL", "SE"})
_CAMPUS_HEADS = frozenset({"university", "college"})


def _continued_name(doc: Doc, text: str, start: int, end: int) -> int:
    """Return where a name NER cut short really ends: a capitalised proper noun right after the
    span that the span modifies and NER left outside every entity is the name's last word
    ("North Carolina Central dropped to 0-13", "a Hawaiian Gardens gang member", "The Hollywood
    Reporter says"); linked on its own, the cut span would join another entity (the state, Hawaii).

    Not in a title-case line (headline verbs: "Microsoft Issues Patch"), nor for a title before a
    person's name ("Superior Court Judge James Bodiford", "Highway Patrol Officer Brad Baehr").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return end
    nxt = doc[span.end]
    if nxt.text in _MODEL_WORDS and nxt.ent_iob_ != "B" and nxt.idx - end == 1:
        # "Apple AirPods Pro", "iPhone 11 Pro Max": a model word ends the product's name, even in
        # a headline; the cut name is another product (the round-13 audit)
        while nxt.i + 1 < len(doc) and doc[nxt.i + 1].text in _MODEL_WORDS and doc[nxt.i + 1].idx == nxt.idx + len(nxt) + 1:
            nxt = doc[nxt.i + 1]
        return nxt.idx + len(nxt)
    comma = nxt.text == "," or span[-1].text == ","
    after_comma = span.end + 1 if nxt.text == "," else span.end
    if comma and after_comma < len(doc) and span.root.lower_ in _CAMPUS_HEADS:
        # "the University of Alabama, Birmingham": a campus named after its university, which
        # the parse makes an apposition of the name's head (a list gives a conjunct: "the
        # University of Alabama, Auburn and LSU")
        place = doc[after_comma]
        # the parse makes the campus an apposition of the university's head or, in a longer
        # article, its conjunct; a conjunct in a list ("Auburn and LSU") has a coordinator
        listed = any(c.dep_ == "cc" for c in (*span.root.children, *place.children))
        if (place.dep_ == "appos" or (place.dep_ == "conj" and not listed)) and place.head.i == span.root.i \
                and place.ent_type_ == "GPE" and place.ent_iob_ == "B":
            while place.i + 1 < len(doc) and doc[place.i + 1].ent_iob_ == "I":
                place = doc[place.i + 1]
            return place.idx + len(place)
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if (span.root.head.i == nxt.i and span.root.dep_ in {"compound", "nmod"} and nxt.pos_ == "PROPN" and nxt.is_alpha
            and nxt.is_title and nxt.ent_iob_ == "O" and not nxt.is_sent_start and nxt.idx - end == 1
            and text[end] == " " and nxt.lower_ not in titles() | positions()
            and not (after is not None and after.ent_type_ == "PERSON") and not _title_case_line(text, start)):
        return nxt.idx + len(nxt)
    return end


# words that end a street's or a facility's name ("Albany Ave", "Queens Plaza")
_STREET_WORDS = frozenset("ave avenue st street rd road blvd boulevard lane drive plaza place gardens square park".split())


def _continued_label(name: str, added: str, label: str) -> str:
    """The type of a name NER cut short, once its last word is back: a given name goes on into a
    person's family name ("Kathina" typed a place, "Kathina Thomas"); a place's name goes on into
    a street or a facility ("Albany Ave") or, before any other word, an organisation ("North
    Carolina Central", "Indianapolis Colts", "The Hollywood Reporter")."""
    if " " not in name.strip() and name.strip().lower() in _given_names():
        return "PERSON"
    if label in {"ORG", "FAC"}:
        return label
    return "FAC" if added.strip().lower().rstrip(".") in _STREET_WORDS else "ORG"


def _place_prefixed_tails(text: str, candidates: list[tuple[int, int, str]],
                          gaz: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """Return ``(tails, heads)`` of the organisations whose name begins with a place: tails
    "colts" -> key of "Indianapolis Colts", the rest of the name by which the text may call it
    ("the Colts", "the Tar Heels" of "North Carolina Tar Heels"), and heads "indianapolis" -> the
    same key, the place a team's name begins with (:func:`team_nickname`); each only when one
    organisation of the text has it."""
    places = {fold(text[s:e]) for s, e, label in candidates if label in {"GPE", "LOC"}}
    out: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for start, end, label in candidates:
        words = fold(text[start:end]).split()
        if label != "ORG" or len(words) < 2:
            continue
        for cut in range(len(words) - 1, 0, -1):
            head = " ".join(words[:cut])
            if head in places or gaz.lookup(" ".join(text[start:end].split()[:cut])) is not None:
                out.setdefault(" ".join(words[cut:]), set()).add(" ".join(words))
                if team_nickname(words[cut:]):
                    heads.setdefault(head, set()).add(" ".join(words))
                break
    return ({tail: "name:" + next(iter(keys)) for tail, keys in out.items() if len(keys) == 1},
            {head: "name:" + next(iter(keys)) for head, keys in heads.items() if len(keys) == 1})


# A game score or a season record right after a name: "defeated Evansville 51 - 50",
# "Indianapolis (10 - 5) clinched", "Creighton's 65-53 victory".
_SCORE = r"\d{1,3}[ \t]*[-–][ \t]*\d{1,3}"
_SCORE_AFTER = re.compile(r"(?:['’]s?)?[ \t]*(?:\(" + _SCORE + r"(?:[ \t]*[-–][ \t]*\d{1,2})?\)|" + _SCORE + r"(?![\d-]))")
_TRAILING_SCORE = re.compile(r"[ \t]+" + _SCORE + r"$")
_NEXT_WORDS = re.compile(r"(?:['’]s?)?[ \t]+([a-z][a-z-]*)(?:[ \t]+([a-z][a-z-]*))?")
# A team's name as subject or object of what teams do in a game ("Indianapolis lost a lead",
# "holding Indianapolis to three and out" is left alone: too many other senses).
_TEAM_SUBJECT_VERBS = frozenset({"beat", "defeat", "edge", "rout", "clinch", "rally", "outscore", "trail", "score", "win", "lose"})
_TEAM_OBJECT_VERBS = frozenset({"beat", "defeat", "edge", "rout", "outscore", "upset"})


def team_nickname(rest: list[str]) -> bool:
    """True when the words after a place in an organisation's name may be a team's nickname: they
    end in a plural ("colts", "tar heels", "bluejays") that is not an institution's ("police",
    "times", "airlines": lexicon/not_team_names.txt)."""
    last = rest[-1]
    # "plus", "campus", "analysis" end in an s and are no plural ("Note 10 Plus" had joined Disney+)
    return (len(last) > 3 and last.isalpha() and last.endswith("s") and not last.endswith(("ss", "us", "is"))
            and last not in _wordlist("not_team_names.txt"))


@functools.lru_cache(maxsize=1)
def team_parts() -> frozenset[str]:
    """Return the words that make a place's name before them a team's (lexicon/team_parts.txt)."""
    return _wordlist("team_parts.txt")


def team_context(doc: Doc, text: str, start: int, end: int) -> bool:
    """True when the name ``text[start:end]`` stands for a sports team in its sentence: a score
    or season record follows it, or a team part ("defense", "head coach", "fans", "lead"), or it
    does what teams do in a game ("Indianapolis lost a 10-point halftime lead")."""
    if _SCORE_AFTER.match(text, end):
        return True
    nxt = _NEXT_WORDS.match(text, end)
    if nxt and (nxt.group(1) in team_parts() or f"{nxt.group(1)} {nxt.group(2)}" in team_parts()):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return ((root.dep_ == "nsubj" and root.head.lemma_ in _TEAM_SUBJECT_VERBS)
            or (root.dep_ == "dobj" and root.head.lemma_ in _TEAM_OBJECT_VERBS))


_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][^\s]*")


# "<Capitalised word> of " right before a name: the name may be the tail of a longer title
_TITLE_OF = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) of $")
# a sentence or line start before the capitalised word: its capital proves nothing
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?:;]['\"’”]?\s+|\n\s*)$")


def _cut_titles(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a name NER cut from the end of a longer title it missed: "Web of Angels was the first
    novel she ever sold" gave "Angels", which then met the Los Angeles Angels. The name is such a
    tail when "<Word> of" opens the sentence right before it, <Word> is part of no other name
    ("Alex Kohner of Morris"), and the article also writes "<Word> of <name>" inside a sentence
    of prose, where the capital of <Word> can only mean a name ("his first novel, Web of Angels,
    ..."). Places and nationalities stay (the "Bank of England" also names England), and
    so does a name after a title ("the President of Microsoft, Brad Smith")."""
    out = []
    for start, end, label in candidates:
        before = _TITLE_OF.search(text, max(0, start - 40), start)
        if (before is not None and label not in {"GPE", "LOC", "NORP", "FAC"}
                and _STARTS_SENTENCE.search(text, max(0, before.start() - 4), before.start())
                and not any(s < before.end(1) and before.start(1) < e for s, e, _ in candidates)  # "Alex Kohner of Morris"
                and before.group(1).lower() not in titles() | positions()):  # "the President of Microsoft"
            phrase = f"{before.group(1)} of {text[start:end]}"
            inside = any(not _STARTS_SENTENCE.search(text, max(0, m.start() - 4), m.start()) and not _title_case_line(text, m.start())
                         for m in re.finditer(re.escape(phrase) + r"(?![\w'’-])", text))
            if inside:
                continue
        out.append((start, end, label))
    return out


def _repeated_names(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add every other occurrence, written exactly so, of a name of two or more words NER found in
    the article, where NER found nothing: a headline or a dateline run into the first sentence
    of flattened text ("... / Ellen DeGeneres To Host Oscars AUGUST 2 ..."), a name in a list.
    The name keeps the label NER gave it most often."""
    covered = sorted((s, e) for s, e, _ in candidates)
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))  # reach[i]: the furthest end of covered[:i + 1]
    labels: dict[str, Counter[str]] = {}
    for start, end, label in candidates:
        name = text[start:end]
        if " " in name.strip() and name[:1].isupper() and len(name) >= 5:
            labels.setdefault(name, Counter())[label] += 1
    by_first: dict[str, list[str]] = {}  # one pass over the text's capitalised words, not one per name
    for name in labels:
        by_first.setdefault(name.split()[0], []).append(name)
    added: list[tuple[int, int, str]] = []
    for word in _CAPITALISED_WORD.finditer(text):
        for name in by_first.get(word.group(), ()):
            start, end = word.start(), word.start() + len(name)
            if not text.startswith(name, start) or (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                continue
            if text[end:end + 1] == " " and text[end + 1:].split(" ", 1)[0].rstrip(".,;:") in _MODEL_WORDS:
                continue  # "Apple AirPods Pro" is another product than "Apple AirPods"
            i = bisect.bisect_left(starts, end)  # the candidates starting before this occurrence ends
            if i == 0 or reach[i - 1] <= start:  # none of them reaches into it
                added.append((start, end, labels[name].most_common(1)[0][0]))
    return sorted(set(candidates) | set(added)) if added else candidates


# prepositions and verbs whose object is a place one goes to, stays at or leaves
_PLACE_PREPS = frozenset({"into", "at", "to", "in", "from", "inside", "outside", "near", "of"})
_PLACE_VERBS = frozenset({"enter", "leave", "exit", "quit", "visit", "reach"})


def _short_forms(doc: Doc, text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer,
                 variants: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Return the article's short forms of an institution's name: folded short form -> (key, label).

    An organisation or facility named after a person or place is called by that first part
    alone once the article has named it in full ("checked into the Betty Ford Center", then
    "her stay at Betty Ford"; "Morningside Recovery", then "she never entered Morningside").
    NER calls the short form a person. It is the institution when the article names exactly one
    longer organisation or facility beginning with it, no one by a longer personal name ending
    in it, and somewhere writes it as a place one goes into, stays at or leaves; the article then
    means the institution by it throughout (one sense per discourse). Not for a name NER also
    calls a place, a group or an organisation: a city named in a team's name stays the city, and
    "Microsoft" is the company, not the "Microsoft Fix It" tool. An organisation's label is no
    bar when the short form is the whole of a facility's name but its ``facility_heads.txt``
    words: NER calling "Morningside" an organisation beside "Morningside Recovery" agrees it is
    the clinic ("Microsoft" is not the "Microsoft Security Response Center").
    """
    longer: dict[str, set[tuple[str, str]]] = {}
    people: set[str] = set()
    for start, end, label in candidates:
        words = fold(text[start:end]).split()
        if label == "PERSON" and len(words) >= 2:
            people.update(" ".join(words[i:]) for i in range(1, len(words)))
        if label in {"ORG", "FAC", "WORK_OF_ART"} and len(words) >= 2:
            full = variants.get(" ".join(words), " ".join(words))
            for k in range(1, len(words)):
                longer.setdefault(" ".join(words[:k]), set()).add((full, label))
    places = {fold(text[s:e]) for s, e, label in candidates if label in {"GPE", "LOC", "NORP"}}
    organisations = {fold(text[s:e]) for s, e, label in candidates if label in {"ORG", "FAC"}}
    out: dict[str, tuple[str, str]] = {}
    for start, end, label in candidates:
        short = fold(text[start:end])
        if (short in out or len(longer.get(short, ())) != 1 or short in people | places
                or short in organisations and _facility_core(next(iter(longer[short]))[0].split()) != short
                or gaz.lookup(text[start:end]) is not None):
            continue  # "far from Indianapolis" in an article on the Colts; "a patch from Microsoft"
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        head = root.head
        if ((root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS and (head.lower_ != "of" or head.i > 0 and head.nbor(-1).lower_ == "out"))
                or (root.dep_ == "dobj" and head.lemma_.lower() in _PLACE_VERBS)):
            name, full_label = next(iter(longer[short]))
            out[short] = ("name:" + name, "ORG" if full_label == "WORK_OF_ART" else full_label)
    return out


_BEFORE_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
_MONTHS_DAYS = frozenset("january february march april may june july august september october november december "
                         "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight".split())


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


def _majority_labels(text: str, candidates: list[tuple[int, int, str]]) -> dict[str, str]:
    """Return each name's most frequent NER label in the text, the first mention's on a tie."""
    labels: dict[str, Counter[str]] = {}
    first: dict[str, dict[str, int]] = {}
    for order, (start, end, label) in enumerate(sorted(candidates)):
        folded = fold(text[start:end])
        labels.setdefault(folded, Counter())[label] += 1
        first.setdefault(folded, {}).setdefault(label, order)
    return {name: min(counts, key=lambda label: (-counts[label], first[name][label])) for name, counts in labels.items()}


_AND = re.compile(r"\s+(?:and|&)\s+")


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


def _prose(text: str, offset: int) -> bool:
    """True when ``offset`` lies in a paragraph of sentences, not a headline or a caption line."""
    start, end = paragraph_at(text, offset)
    return text[start:end].rstrip()[-1:] in {".", "!", "?", '"', "”", "’", "'", ")"}


def _rest_words(text: str, parts: list[str]) -> list[str]:
    for p in parts:
        text = text.replace(p, " ")
    return [w for w in re.findall(r"[\w’'-]+", text) if w.lower() not in {"the", "of"}]


def _token_key(lower: str) -> str:
    """Fold a lower-cased token for alias matching: curly apostrophes are straight ones."""
    return lower.replace("’", "'").replace("‘", "'")


@functools.lru_cache(maxsize=1)
def _alias_token_index() -> tuple[frozenset[tuple[str, ...]], int]:
    """Return every gazetteer alias as a tuple of lower-cased spaCy tokens, and the longest length.

    Built once per process with spaCy's English tokenizer (the same rules as the trained
    pipeline's), so matching a document is a set lookup per token position instead of
    folding a string for every candidate span (issue 7: entities were the costliest extractor).
    """
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    keys = set()
    for alias in load_gazetteer().by_alias:
        keys.add(tuple(_token_key(t.lower_) for t in tokenizer(alias)))
    return frozenset(keys), max(len(k) for k in keys)


def _alias_matches(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Return character spans of capitalised gazetteer aliases in the text (longest match wins)."""
    keys, longest = _alias_token_index()
    lowers = [_token_key(t.lower_) for t in doc]
    out: list[tuple[int, int]] = []
    i, n_tokens = 0, len(doc)
    while i < n_tokens:
        if not doc[i].text[:1].isupper():
            i += 1
            continue
        found = 0
        for n in range(min(longest, n_tokens - i), 0, -1):
            if tuple(lowers[i:i + n]) in keys and _proper(doc[i:i + n]):
                found = n
                break
        if found:
            last = doc[i + found - 1]
            s, e = _trim(text, doc[i].idx, last.idx + len(last.text))
            out.append((s, e))
            i += found
        else:
            i += 1
    return out


def _proper(span: Span) -> bool:
    """True when every word of an alias match is capitalised as a name would be."""
    return all(t.text[:1].isupper() or t.lower_ in {"of", "the", "and", "'s", "’s", "-"} or t.is_punct for t in span)


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
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            sub = list(child.subtree)
            text = doc_text[sub[0].idx:sub[-1].idx + len(sub[-1])]
            return LEADING.sub("", text)
    return None


# last words of a name for something an organisation runs, awards or holds rather than the
# organisation itself: "the Academy" is not the Academy Awards, "McAfee" not McAfee Avert Labs
_PART_WORDS = frozenset("awards award prize prizes medal labs lab laboratory laboratories research division unit "
                        "foundation festival games cup trophy championship championships ceremony conference summit "
                        "studios pictures records institute museum".split())


def facility_reductions(words: list[str]) -> set[str]:
    """The name without a trailing facility head, with and without the qualifiers before it
    ("betty ford treatment center" -> {"betty ford treatment", "betty ford"}); a name without
    such a head is its own reduction ("morningside recovery")."""
    heads = _wordlist("facility_heads.txt")
    if not words or words[-1] not in heads:
        return {" ".join(words)}
    core = words[:-1]
    out = {" ".join(core)}
    while core and "+" + core[-1] in heads:
        core = core[:-1]
        out.add(" ".join(core))
    return out


def _facility_variants(text: str, candidates: list[tuple[int, int, str]]) -> dict[str, str]:
    """Return the article's other names of one institution: folded variant -> folded first name.

    Outlets and even one article swap the head of an institution's name ("the Betty Ford Center",
    then "the Betty Ford Clinic"; "Morningside Recovery" and "Morningside Recovery Center"):
    two organisation or facility names that differ only in ``facility_heads.txt`` words and
    share at least two other words are one institution, named as the article first names it.
    """
    names: list[list[str]] = []
    for start, end, label in candidates:
        words = fold(text[start:end]).split()
        if label in {"ORG", "FAC"} and len(words) >= 2 and words not in names:
            names.append(words)
    out: dict[str, str] = {}
    for i, first in enumerate(names):
        if " ".join(first) in out:
            continue
        for other in names[i + 1:]:
            if " ".join(other) not in out and same_facility(first, other):
                out[" ".join(other)] = " ".join(first)
    return out


def _facility_core(words: list[str]) -> str:
    """Return a name (folded words) without its trailing ``facility_heads.txt`` heads and
    qualifiers: "betty ford center" -> "betty ford", "morningside recovery" -> "morningside"; a
    name with none is returned whole ("microsoft security response center" keeps "microsoft
    security response", never "microsoft")."""
    heads = _wordlist("facility_heads.txt")
    core = list(words)
    while len(core) > 1 and (core[-1] in heads or "+" + core[-1] in heads):
        core.pop()
    return " ".join(core)


def same_facility(a: list[str], b: list[str]) -> bool:
    """True when two names (folded words) differ only in ``facility_heads.txt`` words, one of
    them ends in a head, and they share at least two other words ("betty ford clinic" / "betty
    ford treatment center"; not "cleveland clinic" / "cleveland center")."""
    heads = _wordlist("facility_heads.txt")
    if a == b or (a[-1:] and a[-1] not in heads and b[-1:] and b[-1] not in heads):
        return False
    return any(len(r.split()) >= 2 for r in facility_reductions(a) & facility_reductions(b))


def _plan(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer,
          variants: dict[str, str]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """First pass: grouping keys that later mentions may need before their full form appears.

    Returns ``(places, acronyms, org_heads)``: "kursk" -> key of "Kursk Oblast"; "MSMT" ->
    key of the organisation it abbreviates; "northrop" -> key of the one organisation whose
    name starts with that word ("Northrop Grumman").
    """
    units = admin_units()
    places: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}  # each folded name's first offset in a paragraph of prose
    for start, end, label in candidates:
        name = text[start:end]
        words = fold(name).split()
        if " ".join(words) not in first_seen and _prose(text, start):
            first_seen[" ".join(words)] = start
        if label in {"GPE", "LOC", "FAC"} and len(words) > 1 and words[-1] in units:
            places.setdefault(" ".join(words[:-1]), "name:" + " ".join(words))
        if label == "ORG":
            acr = _ACRONYM.match(text, end)
            if acr:
                acronyms.setdefault(acr.group(1), "name:" + fold(name))
            if len(words) > 1 and words[-1] not in _PART_WORDS:
                heads.setdefault(words[0], set()).add(" ".join(words))
    for initials, key in _initialisms(text, candidates, gaz).items():
        acronyms.setdefault(initials, key)
    for variant, first in variants.items():
        places.setdefault(variant, "name:" + first)  # "Betty Ford Clinic" after "Betty Ford Center"
    # "Northrop" is "Northrop Grumman" when the text introduced the full name first; a bare
    # name the text uses before any longer one ("Microsoft has released ...", later "the
    # Microsoft Fix-It tool") is that name, and the longer one something else
    # Only a trade or legal form after the bare name ("Kraft" ... "the Kraft Foods family", "Ford"
    # ... "Ford Motor Company") makes the longer name the company's own, whichever comes first.
    org_heads = {w: "name:" + next(iter(keys)) for w, keys in heads.items()
                 if len(keys) == 1 and (first_seen.get(w, len(text)) >= first_seen.get(next(iter(keys)), len(text))
                                        or _trade_name(next(iter(keys)).split()[1:]))}
    return places, acronyms, org_heads


_LEGAL_WORDS = frozenset({"inc", "incorporated", "co", "company", "corp", "corporation", "ltd", "limited", "llc", "plc"})


def _trade_name(rest: list[str]) -> bool:
    """True when the words after a company's own name are its trade and legal form only
    ("foods", "motor company", "computer inc"): the longer name is the company's full name."""
    text = " ".join(w.strip(".,") for w in rest)
    for trade in sorted(trade_words(), key=len, reverse=True):
        if text == trade or text.startswith(trade + " "):
            return all(w in _LEGAL_WORDS for w in text[len(trade):].split())
    return False


# an acronym as news writes it: two to six capitals ("CDC", "CBP", "AT&T"), no dots
_BARE_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# a capitalised word and a comma right before an acronym: the acronym is the town's state or
# country ("Xfinity Center, Mansfield, MA"), not an organisation's initials
_AFTER_TOWN = re.compile(r"\b[A-Z][a-z]+,\s*$")
_INITIAL_SKIP = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})


def _initials_of(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _INITIAL_SKIP).upper()


def _initialisms(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[str, str]:
    """Acronyms the article uses without spelling them out in parentheses, each joined to the
    one organisation it names in full whose initials the acronym is ("the Centers for Disease
    Control ... the CDC requirement"). The initials are those of the name's words other than
    function words; a leading country or demonym ("the Chinese Center for Disease Control and
    Prevention", called "the CDC") and a final "and ..." member ("... and Prevention") may be
    left out, as agencies drop them. An acronym the gazetteer knows ("US") or that two of the
    article's organisations share is left alone.
    """
    names: dict[str, set[str]] = {}
    for start, end, label in candidates:
        words = fold(text[start:end]).replace("-", " ").split()
        if label != "ORG" or len(words) < 2:
            continue
        full = _initials_of(words)
        forms = set()
        if gaz.lookup(words[0]) is not None:
            forms.add(_initials_of(words[1:]))
        if "and" in words[1:-1]:
            cut = len(words) - 1 - words[::-1].index("and")
            forms |= {_initials_of(words[:cut]), _initials_of(words[1:cut]) if gaz.lookup(words[0]) is not None else ""}
        # a shortened form needs three letters: two left after dropping "American" from the
        # American Music Awards ("MA") are as likely any state's postal code
        for form in {f for f in forms if len(f) >= 3} | ({full} if len(full) >= 2 else set()):
            names.setdefault(form, set()).add(fold(text[start:end]))
    out: dict[str, str] = {}
    for start, end, _label in candidates:
        acr = text[start:end].strip()
        if _BARE_ACRONYM.fullmatch(acr) and len(names.get(acr, ())) == 1 and gaz.lookup(acr) is None \
                and not _AFTER_TOWN.search(text, max(0, start - 40), start):  # "Mansfield, MA": a state
            out[acr] = "name:" + next(iter(names[acr]))
    return out


def find_entities(doc: Doc, zones: Zones, settings: Settings) -> EntityIndex:
    """Return the document's entities, grouped under canonical names.

    Args:
        doc: the parsed article.
        zones: page furniture (the author biography gives the author role).
        settings: ``fuzzy_threshold`` for misspelt gazetteer names.
    """
    gaz = load_gazetteer()
    index = EntityIndex()
    people: dict[str, list[str]] = {}
    types: dict[str, dict[str, int]] = {}
    doc_text = doc.text  # spaCy re-joins every token on each .text call: read it once
    candidates = _retype_people(doc_text, _trim_headline_spans(doc, doc_text, _candidates(doc, doc_text, gaz)), gaz)
    candidates = _cut_titles(doc_text, _split_people(doc_text, candidates))
    candidates = _repeated_names(doc_text, candidates)
    candidates = _vessels(doc_text, _missed_full_names(doc, doc_text, candidates, gaz))
    variants = _facility_variants(doc_text, candidates)  # the Betty Ford Clinic is the Betty Ford Center
    places, acronyms, org_heads = _plan(doc_text, candidates, gaz, variants)
    short_forms = _short_forms(doc, doc_text, candidates, gaz, variants)
    tails, team_heads = _place_prefixed_tails(doc_text, candidates, gaz)
    majority = _majority_labels(doc_text, candidates)
    redirect: dict[str, str] = {}
    prominent: dict[str, str] = {}
    surnames = _seed_people(doc_text, candidates, people, redirect, zones, prominent)
    firsts: dict[str, set[str]] = {}  # each given name with the family names it opens
    for words in people.values():
        if words[-1].strip(".") not in _COMPANY_WORDS:  # "Saturn Corporation" NER called a person
            firsts.setdefault(words[0], set()).add(re.sub(r"['’]s?$", "", words[-1]))
    credentials: set[int] = set()  # where a degree after a person's name ends
    towns = _capitals_as_towns(doc, doc_text, candidates, gaz)
    # each word NER writes in a person's name, with how many such mentions: a word another
    # mention calls a person is no misspelt place (one mention alone may be: "the Kreamlin")
    person_words = Counter(fold(w) for s, e, label in candidates if label == "PERSON" for w in doc_text[s:e].split())
    for start, end, label in candidates:
        if zones.kind_at(start, end) in {"credit", "rights", "residue", "social"}:
            continue  # page furniture names photo agencies and social handles, not actors
        text = doc_text[start:end]
        mention = Mention(start, end, text)
        team = team_heads.get(fold(text)) if label in {"GPE", "LOC"} else None
        if team is not None and team_context(doc, doc_text, start, end):
            # "the Indianapolis defense", "Indianapolis (10 - 5) clinched": in an article about the
            # Indianapolis Colts the place's name stands for the team (issue 12: a city joined to its team)
            index.add(team, clean_mention(text), "ORG", mention)
            continue
        series = _SERIES_AFTER.match(doc_text, end)
        if series and label not in {"GPE", "LOC", "NORP", "FAC"}:
            # "Meyer's 'Twilight' series", "the American Pie franchise", "the Harry Potter books": the
            # series, not the film, the person or the book the series is named after
            name = f"{clean_mention(text).strip(_QUOTE_MARKS)} {series.group(1).lower()}"
            index.add("work:" + fold(name), name, "WORK_OF_ART", mention)
            continue
        if _quoted_work(doc_text, start, end) or _named_work(doc, start, end):
            # 'her own daytime talk show "Ellen,"': the show, not the host it is named after
            index.add("work:" + fold(text), clean_mention(text), "WORK_OF_ART", mention)
            continue
        hit = gaz.lookup(text)
        if (hit is None and label in {"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"} and " " not in text
                and person_words[fold(text)] <= (label == "PERSON") and not _after_title(doc_text, start)):
            # a misspelt place ("the Kreamlin"), never a person's name one letter from one
            # ("President Hollande", "Hollande said": not Holland)
            hit = gaz.lookup_fuzzy(text, settings.fuzzy_threshold)
        if hit is not None and hit.kind == "demonym" and _individual(doc, start, end):
            continue  # "the 40-year-old American", "an Iranian": a person, not the country
        if text.replace(".", "").lower() in _CREDENTIALS and any(
                (label2 == "PERSON" or e2 in credentials) and 0 <= start - e2 <= 3 and doc_text[e2:start].strip() in {",", ""}
                for _, e2, label2 in candidates):
            credentials.add(end)
            continue  # "Regina Benjamin, MD, MBA": degrees after a person's name, not Maryland
        if hit is not None and hit.kind == "capital" and (fold(text) in towns or _locative(doc, start, end)):
            # "in Athens" is the city; "Moscow said", "aid to Pyongyang" stand for the state
            index.add("name:" + fold(text), clean_mention(text), "GPE", mention, {"iso3": hit.country.iso3})
            continue
        if hit is not None:
            index.add(f"gpe:{hit.country.iso3}", hit.country.name, "GPE", mention, {"iso3": hit.country.iso3}, fixed_name=True)
            continue
        folded = fold(text)
        key = acronyms.get(text) or places.get(folded)
        if (key is None and label in _SURNAME_LABELS and surnames.get(folded, 0) >= 1 and not index.by_key("name:" + folded)
                and not (label == "ORG" and folded in org_heads)):
            # NER called the surname of a person named in full an organisation ("Assange"); not
            # when it is also the first word of the one organisation the article named in full
            # before: "Ford" is Ford Motor Company, not its chairman William Clay Ford Jr.
            label = "PERSON"
        elif not surnames.get(folded):
            # NER may type one name differently in two places ("Colts" ORG four times, PERSON
            # once; "Bettie Page" PERSON, then ORG): every mention takes the name's majority
            # type, the first mention's on a tie, so the article has one entity per name; a
            # surname of someone named in full is left to the rule above
            label = majority.get(folded, label)
            if (key is None and label in _SURNAME_LABELS - {"ORG"} and len(firsts.get(folded, ())) == 1 and " " not in folded
                    and not index.by_key("name:" + folded) and not _place_object(doc, start, end)):
                # the given name of the one person the article names in full with it, which NER
                # called a place or a product ("Kathina", "Jermayne" of Kathina Thomas and
                # Jermayne Timmons); not where it is a place one is in or goes to, nor for an
                # organisation's name ("Saturn" beside a "Saturn Corporation" NER called a person)
                label = "PERSON"
        if key is None and folded in short_forms:
            key, label = short_forms[folded]  # "at Betty Ford": the Betty Ford Center the article named
        if key is None and label != "PERSON" or index.by_key("name:" + folded):
            # a name already known as an organisation or place stays one even when NER
            # calls a later mention a person ("Northrop Grumman")
            key = key or (org_heads.get(folded) if label == "ORG" else None) or tails.get(folded) or "name:" + folded
        if key is None:
            cut = position_prefix(text.split())
            if cut:  # "Colts QB Andrew Luck": the mention is the name after the team and position
                start += list(re.finditer(r"\S+", text))[cut].start()
                text = doc_text[start:end]
                mention = Mention(start, end, text)
            words = _name_tokens(text)
            if not words or all(len(w.strip(".")) <= 1 for w in words):
                continue  # initials alone ("D. A. Will Now Seek Death Penalty") name no one
            if len(words) == 1 and (_KIN_BEFORE.search(doc_text, max(0, start - 30), start)
                                    or _KIN_LIST.search(doc_text, max(0, start - 80), start)):
                # "the elder Mr. LaRue", "the younger Bush", "a daughter, Joan, and a son, Mark",
                # "his eight children, Vincent, Lucia and ...": another of the family than the one
                # named in full
                index.add("person:kin:" + words[0], clean_mention(text.split()[-1]), "PERSON", mention)
                continue
            if len(words) == 1 and text[:1].isupper() and _FAMILY_AFTER.match(doc_text, end):
                # "members of the Palin family", "the Genovese crime family": the family, not the
                # one of its members the article names in full
                index.add("family:" + words[0], f"{clean_mention(text)} family", "ORG", mention)
                continue
            key = "person:" + _person_key(words, people, redirect, prominent)
            title = _GENDERED_TITLE.search(doc_text, max(0, start - 8), start) or _TITLE_OPENING.match(text)
            if len(words) == 1 and title:
                from hearsay.extract.statements.speakers import given_names

                given = people.get(key[len("person:"):], words)[0]
                if given_names().get(given, "any") not in {"any", _TITLE_GENDER[title.group(1).lower()]}:
                    # "surgery needed by Mrs. Gigante" in Vincent Gigante's obituary: his mother
                    index.add("person:kin:" + title.group(1).lower() + " " + words[0], clean_mention(text), "PERSON", mention)
                    continue
            inner = people.get(key[len("person:"):], words)
            if " ".join(words) in redirect:  # the mention is the inner name only, and never renames it
                mention = _inner_mention(doc_text, start, end, len(words), words, inner)
                eid = index.add(key, " ".join(mention.text.split()), "PERSON")
                index.add_mention(eid, mention)
            else:
                eid = index.add(key, " ".join(text.split()[-len(words):]), "PERSON", mention)
            _person_roles(doc, doc_text, index, zones, eid, start, end)
            continue
        eid = index.add(key, clean_mention(text), label, mention)
        types.setdefault(eid, {}).setdefault(label, 0)
        types[eid][label] += 1
        acr = _ACRONYM.match(doc_text, end) if label == "ORG" else None
        if acr and acronyms.get(acr.group(1)) == key:
            index.add(key, clean_mention(text), "ORG", Mention(acr.start(1), acr.end(1), acr.group(1)))
    for eid, counts in types.items():  # NER may label one name differently in two places
        current = index.entity(eid).type
        index.set_type(eid, max(counts, key=lambda label: (counts[label], label == current)))
    _add_acronym_uses(doc_text, index, acronyms)
    return index


# generational suffixes after a family name (Arcade Joseph Comeaux Jr.), also used by the ledger
GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


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


# prepositions that make a capital a place where something happens, not its government
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "throughout", "within", "across", "into",
                             "through", "toward", "towards", "downtown", "over"})


# nouns a capital modifies as the state's government ("Moscow officials", "the Beijing regime")
_STATE_NOUNS = frozenset({"government", "regime", "administration", "leadership", "official", "officials", "diplomat",
                          "diplomats", "envoy", "envoys", "policy", "policies", "delegation", "negotiator", "negotiators",
                          "ally", "allies", "leader", "leaders", "ministry", "authorities", "establishment", "elite"})


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _after_title(text: str, start: int) -> bool:
    """True when a title or position is written right before ``start`` ("President Hollande",
    "Mr. Putin"): what follows is a person's name."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in titles() | positions()


def _locative(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start..end`` is the city, not its state: the object of a locative
    preposition ("in Athens") or a modifier of a thing in the city ("a Paris jewellery store",
    "Athens police"), but not of its government ("Moscow officials")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _CITY_PARTS:
        return True  # "the streets of Athens", "the heart of Paris", "residents of Kyiv"
    if root.dep_ == "poss" and root.head.lemma_.lower() in _CITY_PARTS | {"street"} or any(
            t.lemma_.lower() in _CITY_PARTS for t in root.head.subtree if root.dep_ == "poss" and t.i > root.i and t.dep_ == "compound"):
        return True  # "Wellington's High Street", "Athens's streets", "Paris's mayor"; "Kyiv's forces" stays the state
    if root.dep_ == "appos" and root.head.lemma_.lower() in _CITY_WORDS or any(
            child.dep_ in {"appos", "compound"} and child.lemma_.lower() in _CITY_WORDS for child in root.children):
        return True  # "the capital, Athens", "the capital Athens": named as a city
    if _dateline(doc.text, start, end):
        return True  # "PARIS (AP) - ...": where the story is filed from
    if root.dep_ == "appos" and (root.head.ent_type_ in {"FAC", "LOC", "GPE"} or root.head.lemma_.lower() in _CITY_PARTS):
        return True  # "the store in High Street, Wellington": an address names a town
    after = span.doc[span.end:span.end + 2] if span.end + 2 <= len(span.doc) else None
    if after is not None and after[0].text == "," and after[1].ent_type_ == "GPE" and after[1].ent_iob_ == "B":
        return True  # "Wellington, Somerset", "Paris, Texas": a town placed in its region
    return root.dep_ in {"compound", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"} and root.head.lower_ not in _STATE_NOUNS


def _capitals_as_towns(doc: Doc, text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> set[str]:
    """The capitals' names the article uses for a town all through: one of its mentions is a
    place one is in ("a fire at Waitrose in Wellington") and the article names the capital's
    country by no other name, so its other mentions ("aged 24 and from Wellington", a web
    address) are the town too: a capital stands for its state only in a story about that state.
    """
    capitals: dict[str, str] = {}
    named: set[str] = set()  # countries named other than by a capital
    located: set[str] = set()
    for start, end, _label in candidates:
        hit = gaz.lookup(text[start:end])
        if hit is None:
            continue
        if hit.kind != "capital":
            named.add(hit.country.iso3)
            continue
        capitals[fold(text[start:end])] = hit.country.iso3
        if _locative(doc, start, end):
            located.add(fold(text[start:end]))
    return {name for name in located if capitals[name] not in named}


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


# nouns that a work's title in quotation marks follows ('the talk show "Ellen"', 'the film "Milk"')
_WORK_NOUNS = frozenset("show series sitcom film movie book novel memoir album song single play musical documentary "
                        "programme program podcast column magazine opera".split())
_OPEN_QUOTE = re.compile(r"\b(\w+)[ \t]*(?:[\"“‘]|``)[ \t]*$")
_CLOSE_QUOTE = re.compile(r"[ \t]*[,.]?[ \t]*(?:[\"”’]|'')")


_QUOTE_MARKS = "\"'`“”‘’ "
_SERIES_AFTER = re.compile(r"(?:[\"”’']|'')?[ \t]+(series|saga|franchise|trilogy|books|novels)\b")


def _quoted_work(text: str, start: int, end: int) -> bool:
    """True when the name is a title in quotation marks right after a noun for a work ('her own
    daytime talk show "Ellen,"', 'the film "Milk"')."""
    before = _OPEN_QUOTE.search(text, max(0, start - 30), start)
    return bool(before and before.group(1).lower() in _WORK_NOUNS and _CLOSE_QUOTE.match(text, end))


def _named_work(doc: Doc, start: int, end: int) -> bool:
    """True when the parse names a work by the name without quotation marks: an apposition of a
    noun for a work ("its 1965 television series The FBI") or after one as its compound ("the
    film Milk")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in _WORK_NOUNS and root.head.i < root.i:
        return True
    return span.start > 0 and doc[span.start - 1].lower_ in _WORK_NOUNS and doc[span.start - 1].dep_ == "compound" \
        and doc[span.start - 1].head.i == root.i


def _place_object(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start..end`` is the object of a preposition of place ("in Regina")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in _LOCATIVE_PREPS


# degrees written after a person's name ("Regina Benjamin, MD, MBA"), which NER may call a place
_CREDENTIALS = frozenset({"md", "phd", "mba", "rn", "dds", "jd", "esq", "dvm", "mph", "llm", "do"})
# nouns a city is called by, and parts and people of a city ("the streets of Athens")
_CITY_WORDS = frozenset({"capital", "city", "town"})
_CITY_PARTS = frozenset({"street", "centre", "center", "heart", "outskirt", "suburb", "district", "neighbourhood",
                         "neighborhood", "downtown", "resident", "mayor", "skyline", "airport", "part", "area", "square"})
# a dash, not a colon: "Moscow: sanctions are illegal" is a headline quote of the state
_DATELINE_TAIL = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][\w. ]{1,30})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[-–—](?=\s)")


def _dateline(text: str, start: int, end: int) -> bool:
    """True when the name opens a line and a dash follows it, past a region or an agency in
    brackets: a dateline ("MOSCOW (Reuters) - ..."), the city the story is filed from."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _DATELINE_TAIL.match(text, end) is not None


_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
# the roles of a noun phrase of its own (the tagger may still call the demonym JJ there)
_NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "dative", "ROOT"})


def _individual(doc: Doc, start: int, end: int) -> bool:
    """True when the demonym at ``start..end`` is a singular noun phrase of its own: one person.

    A demonym modifying a noun ("American troops") or naming a people ("the Americans",
    "Russians said") stands for the country in the ledger; a singular one heading its own
    noun phrase with a determiner ("the 40-year-old American", "an Iranian") is a person
    the article describes by nationality, not a mention of the country.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ not in _NOMINAL_ROLES or root.tag_ in {"NNS", "NNPS"}:
        return False  # a modifier ("American troops") or a people ("the Americans")
    return any(child.dep_ == "det" and child.lower_ in _DETERMINERS for child in root.children)


def _title_case_line(text: str, start: int) -> bool:
    """True when the line holding ``start`` is written in title case, as headlines are."""
    line_start, line_end = paragraph_at(text, start)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[line_start:line_end])
    if len(words) < 4:
        return False
    content = [w for w in words if w.lower() not in {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with"}]
    upper = sum(w[0].isupper() for w in content)
    if upper < len(content) and text[line_start:line_end].rstrip().endswith((".", '."', ".”")):
        # a sentence full of names ("They are Yolanda Fyfe, Roseanne D'Cola and Rita Gigante,
        # and Salvatore and Andrew."): a lower-case verb and a full stop make it prose
        return False
    return bool(content) and upper >= 0.8 * len(content)


def _trim_headline_spans(doc: Doc, text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut a headline's NER span back to the name in it.

    In title case NER runs names into the words around them ("Microsoft Rushes Fix",
    "Thoughts on Why the Academy Picked Ellen DeGeneres", "Lindsay Lohan Checks Into"): when
    such a span begins or ends with a name the article has as a candidate of its own, the span
    is that name; otherwise words at its edges that the article writes in lower case elsewhere
    ("checks" / "checked", "into") are ordinary words, not part of the name, and a span made
    only of them ("Driver Charged") is no name at all.
    """
    names: dict[str, str] = {}
    in_prose: set[str] = set()  # names NER found in a line that is no title-case headline
    for s, e, label in candidates:
        names.setdefault(fold(text[s:e]), label)
    ordinary: _Ordinary | None = None
    out = []
    headline: list[tuple[int, int, str]] = []
    for s, e, label in candidates:
        if _title_case_line(text, s):
            headline.append((s, e, label))
        else:
            in_prose.add(fold(text[s:e]))
            out.append((s, e, label))
    for s, e, label in headline:
        words = list(re.finditer(r"\S+", text[s:e]))
        if fold(text[s:e]) in in_prose:
            # a headline span the article's prose names as a whole is that name, whatever shorter
            # name it begins with ("Beatles' Apple Corps sues Apple Computer": not "Apple" twice)
            out.append((s, e, label))
            continue
        longer = _headline_longer_name(text, s, e, names)
        if longer is not None:
            out.append(longer)  # "Checks Out Of [Betty Ford] Treatment Center": the name the text gives in full
            continue
        cut = None
        for k in range(len(words) - 1, 0, -1):
            head = fold(text[s:s + words[k - 1].end()])
            tail = fold(text[s + words[len(words) - k].start():e])
            if head in names:
                cut = (s, s + words[k - 1].end(), names[head])
                if k == 1 and names[head] == "PERSON":
                    # "Lindsay Lohan Checks Out Of Rehab" where the text says "Lindsay" alone: the
                    # one-word name goes on into a family name, a capitalised word the text never
                    # writes in lower case nor names as something else
                    ordinary = ordinary or _Ordinary(doc, text)
                    nxt = words[1].group()
                    if nxt[:1].isupper() and nxt.isalpha() and not ordinary(nxt) and names.get(fold(nxt), "PERSON") == "PERSON":
                        cut = (s, s + words[1].end(), "PERSON")
            elif tail in names:
                cut = (s + words[len(words) - k].start(), e, names[tail])
            if cut:
                break
        if cut is None and label not in {"GPE", "LOC", "FAC"}:
            ordinary = ordinary or _Ordinary(doc, text)
            first, last = 0, len(words)
            if all(ordinary(w.group()) for w in words):
                continue  # "Driver Charged", "Swimmer And Actress Dies Aged": ordinary words only
            while last > first and ordinary(words[last - 1].group(), edge=True):
                last -= 1
            while first < last and ordinary(words[first].group(), edge=True):
                first += 1
            if (first, last) != (0, len(words)):
                cs, ce = s + words[first].start(), s + words[last - 1].end()
                name = fold(text[cs:ce])
                given = text[cs:ce].split()[0].lower() in _given_names()
                cut = (cs, ce, names.get(name) or ("PERSON" if given and label == "WORK_OF_ART" else label))
        cs, ce, clabel = cut or (s, e, label)
        if clabel not in {"GPE", "LOC", "FAC"} and _headline_clause(text, cs, ce):
            continue  # "Teen Arrested in Shooting of Hero Brooklyn Mom": NER took the headline for a name
        out.append((cs, ce, clabel))
    return sorted(set(out))


# a span of a title-case headline this long that covers this much of its line, and that the
# article never writes again, is the headline itself, not a name
_HEADLINE_CLAUSE_WORDS = 5
_HEADLINE_CLAUSE_SHARE = 0.6


def _headline_clause(text: str, start: int, end: int) -> bool:
    """True when a headline's NER span is most of the headline: five words or more and at least
    three fifths of its line ("Naval Ship Interdicts Three Pirate Vessels In A Single Operation",
    "IE Zero Day Flaw Affects All Versions"). A long organisation's name the body writes again
    comes back as a repeated name (``_repeated_names`` runs after)."""
    n_words = len(text[start:end].split())
    if n_words < _HEADLINE_CLAUSE_WORDS:
        return False
    line_start, line_end = paragraph_at(text, start)
    return n_words >= _HEADLINE_CLAUSE_SHARE * len(text[line_start:line_end].split())


def _headline_longer_name(text: str, start: int, end: int, names: dict[str, str]) -> tuple[int, int, str] | None:
    """Return the longer name of the article a headline's NER span begins ("Lindsay Lohan Checks
    Out Of Betty Ford Treatment Center": NER took "Betty Ford" for a person; the text names the
    "Betty Ford Treatment Center"), taking up to four more capitalised words of the same line."""
    line_end = text.find("\n", end)
    following = list(re.finditer(r"\S+", text[end:line_end if line_end != -1 else len(text)]))[:4]
    found = None
    for word in following:
        if not word.group()[:1].isupper():
            break
        stop = end + word.end()
        if fold(text[start:stop]) in names:
            found = (start, stop, names[fold(text[start:stop])])
    return found


_FUNCTION_WORDS = frozenset("a an the of in into on onto at to for from by with as after over out up off and or but "
                            "vs vs. amid against about before under".split())


class _Ordinary:
    """Which headline words are ordinary words of the article rather than parts of a name.

    A word is ordinary when the article writes it, or another form of it, in lower case
    ("Checks" in a headline, "checked" in the text) and never capitalises it inside a
    sentence of its body ("Fix" stays a name part when the text speaks of a "Fix-It" tool).
    At the edge of a longer name only a word the text uses as something other than a noun is
    cut: "Clinic" of "Betty Ford Clinic" is the name's head even where the text says "the clinic".
    """

    def __init__(self, doc: Doc, text: str) -> None:
        lower: dict[str, set[str]] = {}
        capitalised: set[str] = set()
        headings: dict[tuple[int, int], bool] = {}
        address, address_line = False, (-1, -1)  # inside a web address: its lower-case slug words are no use of a word
        for sent in doc.sents:
            line = paragraph_at(text, sent.start_char)
            if line not in headings:
                headings[line] = _title_case_line(text, sent.start_char)
            heading = headings[line]
            if line != address_line:
                address, address_line = False, line
            for tok in sent:
                if tok.lower_.startswith(("http", "www")) or tok.like_url:
                    address = True
                elif address and tok.is_alpha and not tok.is_lower:
                    address = False  # a slug is lower case: a capital ends the address
                if not tok.is_alpha or address:
                    continue
                if tok.is_lower:
                    for form in {tok.lower_, tok.lemma_.lower()}:
                        lower.setdefault(form, set()).add(tok.pos_)
                elif tok.i > sent.start and tok.text[:1].isupper() and not heading:
                    capitalised.add(tok.lower_)
        self.lower, self.capitalised = lower, capitalised

    def __call__(self, word: str, edge: bool = False) -> bool:
        word = word.strip(".,:;!?\"“”‘’'()").lower()
        if not word.isalpha():
            return False
        if word in _FUNCTION_WORDS:
            return True
        if word in self.capitalised:
            return False
        uses = set().union(*(self.lower.get(form, set()) for form in _forms(word)))
        return bool(uses - {"NOUN", "PROPN"}) if edge else bool(uses)


def _forms(word: str) -> list[str]:
    """Return ``word`` and the stems its inflections may share with another form ("checks", "checked")."""
    forms = [word]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            forms += [stem, stem + "e"] if suffix in {"ing", "ed"} else [stem]
    return forms


# the last words of place and facility names, which a place is not called by alone
_PLACE_HEADS = frozenset("falls island islands park lake river bay beach mount mountain mountains valley springs heights hills "
                         "point harbour harbor creek square street avenue road bridge station airport center centre hall church "
                         "school college university hospital stadium arena coast gulf sea ocean peninsula desert forest".split())


def _retype_people(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Type as a person a two- or three-word name NER called a place or group that the text
    also calls by its last word alone ("Wladimir Klitschko" tagged GPE, then "Klitschko used
    his jab"): places are not named by their last word, people are named by their surname.

    Not for organisations (firms are named after people: "Morgan Stanley", then "Morgan"), nor
    for a name the gazetteer knows or one ending in a place word ("Palm Springs", "Mount Cook").
    """
    singles = {fold(text[s:e]) for s, e, _ in candidates if " " not in text[s:e].strip()}
    out = []
    for s, e, label in candidates:
        words = text[s:e].split()
        if (label in _SURNAME_LABELS - {"ORG"} and 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
                and fold(words[-1]) in singles and words[-1].lower() not in _PLACE_HEADS | admin_units()
                and gaz.lookup(text[s:e]) is None and gaz.lookup(words[-1]) is None):
            label = "PERSON"
        out.append((s, e, label))
    return out


# last words of a company's name, which no person's name ends in
_COMPANY_WORDS = frozenset("corporation corp company co inc incorporated ltd limited llc plc group holdings bank "
                           "motors airlines partners associates industries enterprises".split())
_SURNAME_LABELS = {"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}


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
    # An NER span that runs past a name other mentions give alone is that name: a headline
    # verb after it ("Esther Williams Dies") or a neighbour's name before it ("Howard Tony Blair").
    for full, words in list(people.items()):
        if full in relatives:
            continue  # "Joan Felt and Mark Felt Jr." beside the father, Mark Felt: the son, not a longer span
        inner = [k for k, t in people.items() if 2 <= len(t) < len(words) and (words[:len(t)] == t or words[-len(t):] == t)]
        if len(inner) == 1:
            redirect[full] = inner[0]
            del people[full]
    for full, words in people.items():
        owners.setdefault(_surname(words), set()).add(full)
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
    if zones.kind_at(start, end) == "bio" and re.search(r"about the (author|writer)\W*$", doc_text[max(0, start - 40):start], re.I):
        index.add_role(eid, "author")


def _add_acronym_uses(doc_text: str, index: EntityIndex, acronyms: dict[str, str]) -> None:
    """Record later uses of an acronym introduced in parentheses ("MSMT") as mentions."""
    for acr, key in acronyms.items():
        eid = index.by_key(key)
        if eid is None:
            continue
        for m in re.finditer(rf"\b{re.escape(acr)}\b", doc_text):
            if index.lookup(m.start(), m.end()) in (None, eid):
                index.add_mention(eid, Mention(m.start(), m.end(), acr))


__all__ = ["GENERATIONAL_SUFFIXES", "LABELS", "admin_units", "find_entities", "titles"]
