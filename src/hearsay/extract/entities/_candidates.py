"""Entities: the candidate mentions, ``(start, end, label)``, from NER spans and gazetteer aliases, and
the passes over the candidate list that add or drop names (vessels, repeated names, cut titles).

:func:`_candidates` is the entry point. Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from hearsay.extract.entities.gazetteer import Gazetteer, fold, load_gazetteer
from hearsay.extract.entities._vocabulary import (
    COMPASS_WORDS,
    _COMPANY_WORDS,
    LABELS,
    _MODEL_WORDS,
    _MONTHS_DAYS,
    _PART_WORDS,
    admin_units,
    positions,
    titles,
    _wordlist,
)
from hearsay.extract.entities._headlines import _title_case_line
from hearsay.extract.entities._edges import (
    _continued_label,
    _continued_name,
    _cut_country_code,
    _cut_rank,
    _cut_venue,
    _degree,
    _past_dateline,
    _past_interjection,
    _trim,
    _trim_common_words,
)
from hearsay.extract.entities._works import work_title
from hearsay.extract.entities._qualified import model_after, model_label
from hearsay.extract.entities._compounds import era_after, names_a_range, seat_after
from hearsay.extract.entities._nested import demonym_place, names_country, person_after_place
from hearsay.extract.entities._places import _COMPASS_BEFORE, _INSTITUTIONAL, _LANDFORM_AFTER, _TRAILING_SCORE, _town_names, team_nickname


# NER labels whose span may be trimmed to a gazetteer alias inside it ("North Korea Grows
# Stronger" in a heading, "The Relationship Between Russia").
_TRIMMABLE = {"GPE", "LOC", "NORP", "WORK_OF_ART", "PERSON", "FAC"}


# words that make a region of the country or continent name after them
_REGION_WORDS = COMPASS_WORDS | {"latin"}


def _candidates(doc: Doc, text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Return ``(start, end, label)`` mention candidates from NER plus gazetteer matches."""
    cands: list[tuple[int, int, str]] = []
    alias_hits = _alias_matches(doc, text)
    absorbed = -1  # where the last name extended past its NER span ends
    people = {fold(e.text) for e in doc.ents if e.label_ == "PERSON"}
    places = _town_names() | {fold(e.text) for e in doc.ents if e.label_ in {"GPE", "LOC"}}
    for ent in doc.ents:
        if ent.label_ not in LABELS or ent.end_char <= absorbed:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        start, end = _trim_common_words(doc, start, end)
        start = _past_dateline(text, start, end)
        start = _past_interjection(doc, start, end)  # "Hey Siri": the name addressed (round 17)
        label = ent.label_
        if label != "PERSON":
            end = _cut_rank(doc, text, start, end)
        else:
            end = _cut_country_code(doc, start, end)  # "Benjamin U. S. surgeon general" (round 22)
        end, venue = _cut_venue(doc, start, end)  # "the Jaguars at Jacksonville Municipal Stadium" (round 22)
        if label != "PERSON" and (person := person_after_place(text, start, end, people, places, gaz)) is not None:
            cands.extend([(start, len(text[:person].rstrip()), "GPE"), (person, end, "PERSON")])
            continue  # "Senator from Vermont Bernie Sanders" NER called one organisation (round 29)
        if venue is not None:
            cands.append((*venue, "FAC"))
        if label == "ORG" and (stop := model_after(doc, text, start, end)) is not None:
            label = model_label(doc, text, start, end, stop, label)  # "a Boeing 737": the model, not the maker (round 35)
            end = absorbed = stop
        elif label in _CUTTABLE and (longer := _continued_name(doc, text, start, end)) != end:
            label = "PERSON" if fold(text[start:longer]) in people else _continued_label(text[start:end], text[end:longer], label)
            end = absorbed = longer
        if start >= end or not any(c.isupper() or c.isdigit() for c in text[start:end]):
            continue  # "statement", "joint statement": NER noise, not a name
        if _degree(text, start, end):
            continue  # "received her MD degree", "an MBA from Tulane": a degree, not Maryland
        if label in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"} and not _INSTITUTIONAL.search(text[start:end]) and (
                _COMPASS_BEFORE.search(text, max(0, start - 16), start) or _LANDFORM_AFTER.match(text, end)):
            label = "LOC"  # "the northern Sierra Nevada", "Sierra Nevada foothills": the range, not the company
        if label in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"} and not _INSTITUTIONAL.search(text[start:end]) \
                and names_a_range(doc, start, end):
            label = "LOC"  # "Sierra Nevada yellow-legged frog": the range a species is named after (round 26)
        if label == "PERSON" and " " in text[start:end].strip() and \
                text[start:end].split()[-1].lower().strip(".,") in _COMPANY_WORDS | _PART_WORDS | _wordlist("facility_heads.txt"):
            label = "ORG"  # "McAfee Avert Labs", "Saturn Corporation", "Betty Ford Center": no person's name ends so
        if label == "PERSON" and _ends_in_seat(text[start:end], gaz):
            label = "ORG"  # "Obama White House reverses Bush rule": an administration, no person (mention audit 1)
        if label == "PERSON" and " " not in text[start:end] and (seat := seat_after(text, end, gaz)) is not None:
            cands.append((start, seat, "ORG"))  # "the Clinton White House": the administration, no person (round 26)
            absorbed = seat
            continue
        if label == "PERSON" and " " not in text[start:end] and era_after(text, start, end):
            continue  # "the Clinton years", "Bush-era rules": a period, no mention of the person (round 26)
        if label in _NOT_TEAM_LABELS and _team_name(doc, text, start, end, gaz):
            label = "ORG"  # "the Jacksonville Jaguars" NER called a person or a facility: the team (round 17)
        score = _TRAILING_SCORE.search(text, start, end)
        if score and score.start() > start:  # "Evansville 51 - 50": NER ran a game's score into the team's name
            cands.append((start, score.start(), "ORG"))
            continue
        inner = [(s, e) for s, e in alias_hits if s >= start and e <= end and (s, e) != (start, end)]
        if inner and label in {"WORK_OF_ART", "FAC", "ORG", "EVENT", "LAW"} and work_title(doc, start, end):
            # "the film Russian Ark", "1999 movie American Pie": a title, and the country's name or
            # demonym in it no mention of the country (issue 12 round 19)
            cands.append((start, end, "WORK_OF_ART"))
            continue
        if inner and label in _TRIMMABLE and not gaz.lookup(text[start:end]):
            rest = _rest_words(text[start:end], [text[s:e] for s, e in inner])
            if (label == "PERSON" and rest and all(w[:1].isupper() for w in rest)
                    and not _title_case_line(text, start)):
                # a person whose given name is a place ("Paris Hilton", "protester Paris
                # Kyriakides"): in running text NER's PERSON span is the name, not a heading
                cands.append((start, end, "PERSON"))
                continue
            if rest and label in {"LOC", "GPE"} and len(inner) == 1 and all(w.lower() in _REGION_WORDS for w in rest):
                # "North America", "Latin America", "Central Asia": a region named after a
                # country's or continent's alias, not the country (GUM gold, issue 12)
                cands.append((start, end, "LOC"))
                continue
            if (len(rest) == 1 and len(inner) == 1 and inner[0][1] == end
                    and rest[0].lower().rstrip(".") in titles()):
                # "Captain America", "Miss America": a title before the alias names a character or a
                # pageant, not the country (GUM gold)
                cands.append((start, end, label))
                continue
            if label in _PLACE_LABELS and demonym_place(doc, text, start, end, inner, gaz):
                if label != "FAC" and text[start:end].split()[-1].lower().rstrip(".") not in _organisation_heads() - _wordlist("facility_heads.txt"):
                    cands.append((start, end, label))  # "British Columbia", "the Indian Ocean" (round 29)
                    continue
                # "the Iranian Federation" NER called a place: an organisation, which its demonym opens;
                # "the Cuban Consulate", a facility, as a facility's name holding a country's does
                cands.append((start, end, label if label == "FAC" else "ORG"))
                cands.extend((s, e, "GPE") for s, e in inner if names_country(text, start, (s, e), inner, gaz))
                continue
            if not rest or not all(w.lower() in admin_units() for w in rest):
                for s, e in inner:
                    cands.append((s, e, "GPE"))
                continue
        cands.append((start, end, label))
        if label == "PERSON" and (body := _leaders_body().match(text, end)):
            # "the Obama administration said", "the Netanyahu government": the body the person
            # leads, an organisation, named as well as the person (issue 12 / 14: the speaker is
            # the administration; ECB+ chains it apart from Obama)
            cands.append((start, body.end(), "ORG"))
        if label in {"ORG", "FAC", "EVENT", "LAW"}:
            # "the Russian Security Council" also names Russia; "the University of Athens" no Greece (round 29)
            cands.extend((s, e, "GPE") for s, e in inner if names_country(text, start, (s, e), inner, gaz))
    covered = [(s, e) for s, e, _ in cands]
    for s, e in alias_hits:
        if not any(cs < e and s < ce for cs, ce in covered):
            cands.append((s, e, "GPE"))
    return sorted(set(cands))


@functools.lru_cache(maxsize=1)
def _leaders_body() -> re.Pattern[str]:
    """The body a person leads, named by the person's name before it (``lexicon/governing_bodies.txt``,
    which the statements code reads too): "the Obama administration", "the Assad regime"."""
    words = "|".join(sorted(re.escape(w) for w in _wordlist("governing_bodies.txt")))
    return re.compile(rf"[ \t]+(?i:{words})\b(?![-‐])")


def _ends_in_seat(name: str, gaz: Gazetteer) -> bool:
    """True when the name's last words, after one word or more, are a seat of government the
    gazetteer knows in two words or more ("Obama White House", "Johnson Downing Street"): a
    leader's administration, which no person's name ends in (mention audit 1, ECB+ dev
    9_12ecbplus; issue 12 round 19). One-word seats are family names too ("Langley",
    "Miraflores"), and "the Duke of Westminster" is a person."""
    words = name.split()
    for cut in range(1, len(words) - 1):
        if words[cut - 1].lower() == "of":
            continue
        hit = gaz.lookup(" ".join(words[cut:]))
        if hit is not None and hit.kind == "metonym":
            return True
    return False


# labels NER gives a team's name that no team is: a person, a facility (its stadium), a product, a
# work, a group ("Houston Texans" as Texans), a place ("Miami Dolphins")
_NOT_TEAM_LABELS = frozenset({"PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "GPE"})
# last words of a place's own name that end in an "s" ("Wichita Heights", "Palm Springs")
_PLACE_PLURALS = frozenset("heights springs falls hills woods lakes plains gardens aves islands isles keys".split())


def _team_name(doc: Doc, text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """True when the name at ``start:end`` is a sports team's: a place (lexicon/places.tsv or the
    gazetteer) and one or two capitalised words after it, the last a plural the tagger calls a
    plural proper noun (NNPS) and no institution's (``team_nickname``), nor a place's own
    ("Heights"): "the Jacksonville Jaguars got from ...", "the Charlotte Bobcats". A person's
    name ends in a family name the tagger calls singular ("Jordan Williams", "Paris Hastings")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[-1].tag_ != "NNPS":
        return False
    words = text[start:end].split()
    last = words[-1].lower()
    if len(words) < 2 or last in _PLACE_PLURALS or not team_nickname([last]):
        return False
    for k in (1, 2, 3):
        place, rest = " ".join(words[:k]), words[k:]
        if not 1 <= len(rest) <= 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in rest):
            continue
        hit = gaz.lookup(place)
        if fold(place) in _town_names() or hit is not None and hit.kind in {"name", "capital"}:
            return True
    return False


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


def vessel_short_forms(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[str, tuple[str, str]]:
    """Return the ships' names the article also writes without their prefix: folded name ->
    (key of the vessel, "PRODUCT"). "Patrol vessel INS Sukanya was escorting ... Sukanya
    successfully intercepted the remaining three skiffs": the bare name is the ship (NER calls it
    a place or a person; issue 12 round 24). Only where one vessel of the article has that
    name, and never for a place's or a country's name ("HMS Belfast" ... "in Belfast") or the
    last words of a person's name the article writes ("USS Cole" beside "Kenneth Cole")."""
    vessels: dict[str, set[str]] = {}
    people: set[str] = set()
    for start, end, label in candidates:
        words = fold(text[start:end]).split()
        if label == "PERSON" and len(words) >= 2:
            people.update(" ".join(words[i:]) for i in range(1, len(words)))
        if label == "PRODUCT" and len(words) >= 2 and _vessel_pattern().fullmatch(text, start, end):
            vessels.setdefault(" ".join(words[1:]), set()).add(" ".join(words))
    out: dict[str, tuple[str, str]] = {}
    for short, full in vessels.items():
        if len(full) == 1 and short not in people and short not in _town_names() and gaz.lookup(short) is None:
            out[short] = ("name:" + next(iter(full)), "PRODUCT")
    return out


_CUTTABLE = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"}


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


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@functools.lru_cache(maxsize=1)
def _organisation_heads() -> frozenset[str]:
    """Last words of an organisation's or institution's name (lexicon/organisation_heads.txt, the
    company words, an institution's parts and the facility heads)."""
    heads = {w.lstrip("+") for w in _wordlist("facility_heads.txt")}
    return _wordlist("organisation_heads.txt") | _COMPANY_WORDS | _PART_WORDS | heads


def _name_word(tok: Token) -> bool:
    """True for a capitalised proper noun that may stand inside a name ("Alpine", "Corp.")."""
    return tok.tag_ in {"NNP", "NNPS"} and tok.text[:1].isupper() and not tok.is_sent_start


def _longer_name(doc: Doc, text: str, start: int, end: int, deps: frozenset[str] = frozenset({"compound"})) -> tuple[int, int, str] | None:
    """Return the organisation's name a place's name at ``start:end`` is cut from, as ``(start, end,
    label)``, or None. The place modifies (compound) a capitalised proper noun to its right, over
    capitalised proper nouns only, that ends the name and is an organisation's head word
    (``_organisation_heads``): "The Aoraki Mt Cook Alpine Rescue Team have recovered ..." names the
    team; capitalised compounds before the place belong to the name too ("Aoraki"). Not in a
    title-case line, where every word is capitalised; not across a line break. ``deps``: the
    dependency labels the place may hang on the name by (round 29's demonyms add ``amod``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or span.root.dep_ not in deps or span.root.head.i < span.end:
        return None
    head = span.root.head
    while head.dep_ == "compound" and head.head.i > head.i and _name_word(head.head):
        head = head.head  # "Mt Cook [Alpine] [Rescue] Team": the compound chain ends at the name's head
    if (head.dep_ == "poss" and head.head.i > head.i + 1 and _name_word(head.head)
            and any(c.dep_ == "case" and c.i == head.i + 1 for c in head.children)):
        # "the Marion County District Attorney's Office": the possessive is inside the name, whose
        # head is the office (mention audit 1, ECB+ dev 8_3ecb; issue 12 round 19)
        head = head.head
        while head.dep_ == "compound" and head.head.i > head.i and _name_word(head.head):
            head = head.head
    run = doc[span.end:head.i + 1]
    if not all((_name_word(t) or t.dep_ == "case") and span.start <= t.head.i <= head.i for t in run[:-1]) or not _name_word(head):
        return None
    if head.lower_.rstrip(".") not in _organisation_heads() or "\n" in text[start:head.idx]:
        return None
    if _title_case_line(text, start):
        return None
    first = span.start
    while first > 0 and _name_word(doc[first - 1]) and doc[first - 1].dep_ == "compound" and span.start <= doc[first - 1].head.i <= head.i:
        first -= 1  # "the Aoraki Mt Cook ...": a capitalised modifier before the place is the name's too
    if "\n" in text[doc[first].idx:start]:
        return None
    label = "FAC" if head.lower_ in _wordlist("facility_heads.txt") else "ORG"
    return doc[first].idx, head.idx + len(head), label


def _names_in_longer_names(doc: Doc, text: str, gaz: Gazetteer,
                           candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Replace a place's name cut from a longer organisation's name by that name (issue 12 round 17,
    merge audit 19): "Mt Cook" NER or the repeated-name pass found inside "the Aoraki Mt Cook Alpine
    Rescue Team" had joined the mountain. A country's or capital's name the gazetteer knows stays a
    mention of its own as well ("the Russian Security Council" also names Russia), and so does a
    place inside a name the candidates already hold whole."""
    out = list(candidates)
    for cand in candidates:
        start, end, label = cand
        if label in {"NORP", "GPE"} and (hit := gaz.lookup(text[start:end])) is not None and hit.kind == "demonym":
            out = _demonym_opens_name(doc, text, start, end, out, gaz)  # round 29
            continue
        if label not in _PLACE_LABELS or gaz.lookup(text[start:end]) is not None:
            continue
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in out):
            continue  # already inside a longer candidate
        longer = _longer_name(doc, text, start, end)
        if longer is None:
            continue
        s2, e2, label2 = longer
        inside = [c for c in out if s2 <= c[0] and c[1] <= e2]
        if any(c[0] < e2 and s2 < c[1] for c in out if c not in inside):
            continue  # another name runs across the longer one's edge: leave NER's reading
        out = [c for c in out if c not in inside]
        out.append((s2, e2, label2))
    return sorted(set(out)) if out != candidates else candidates


def _demonym_opens_name(doc: Doc, text: str, start: int, end: int, candidates: list[tuple[int, int, str]],
                        gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Add the organisation's name a demonym opens where NER cut it to the demonym: "the British
    American Drama Academy (BADA)" gave only "British" (identity-wikinews wn2020-089), so the
    academy had no name to join its acronym. The demonym modifies a run of capitalised proper
    nouns ending in an organisation's head word (:func:`_longer_name`). As for a name NER found
    whole, a country's name or demonym inside it stays a mention of its country where
    :func:`_nested.names_country` says so ("the Russian Security Council"), not two demonyms in a
    row ("British American")."""
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in candidates):
        return candidates  # NER or the gazetteer already holds a longer name here
    longer = _longer_name(doc, text, start, end, frozenset({"compound", "amod"}))
    if longer is None or longer[0] != start:
        return candidates
    if any(c[0] < longer[1] and longer[0] < c[1] and not (longer[0] <= c[0] and c[1] <= longer[1]) for c in candidates):
        return candidates  # another name runs across the longer one's edge
    inner = [(c[0], c[1]) for c in candidates if longer[0] <= c[0] and c[1] <= longer[1] and gaz.lookup(text[c[0]:c[1]])]
    dropped = {a for a in inner if not names_country(text, longer[0], a, inner, gaz)}
    return [c for c in candidates if (c[0], c[1]) not in dropped] + [longer]


def _majority_labels(text: str, candidates: list[tuple[int, int, str]]) -> dict[str, str]:
    """Return each name's most frequent NER label in the text, the first mention's on a tie."""
    labels: dict[str, Counter[str]] = {}
    first: dict[str, dict[str, int]] = {}
    for order, (start, end, label) in enumerate(sorted(candidates)):
        folded = fold(text[start:end])
        labels.setdefault(folded, Counter())[label] += 1
        first.setdefault(folded, {}).setdefault(label, order)
    return {name: min(counts, key=lambda label: (-counts[label], first[name][label])) for name, counts in labels.items()}


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
