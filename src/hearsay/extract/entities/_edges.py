"""Entities: a name's edges: quote marks, determiners, possessives, sentence openers and datelines NER
ran into a span cut off, and the last word NER cut off a name put back.

Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from hearsay.extract.entities.index import LEADING, POSSESSIVE
from hearsay.extract.entities.gazetteer import load_gazetteer
from hearsay.paragraphs import paragraph_at
from hearsay.extract.entities._vocabulary import _MODEL_WORDS, degree_abbreviations, _given_names, positions, titles, _wordlist
from hearsay.extract.entities._headlines import _title_case_line


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


def _trim_single_quote(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a straight single quote that opens a title ("sequel 'Catching Fire'"): it stands at the
    span's start after a space, a bracket or the line's start, a letter follows it, and its partner
    closes the span or stands right after it. A name opening with an elision keeps it ("'Ndrangheta",
    no partner), and a closing quote alone is left to the possessive rule ("the Joneses'")."""
    if end - start < 2 or doc_text[start] != "'" or not doc_text[start + 1].isalpha():
        return start, end
    if start > 0 and not (doc_text[start - 1].isspace() or doc_text[start - 1] in "([{"):
        return start, end
    close = start + len(doc_text[start:end].rstrip())  # NER may run a line break into the span
    if doc_text[close - 1] == "'":
        return start + 1, close - 1  # the pair encloses the title
    if doc_text[close:close + 1] == "'":
        return start + 1, end
    return start, end


def _trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Return character offsets of the mention without edge quote marks, determiner and possessive."""
    start, end = _trim_quotes(doc_text, start, end)
    start, end = _trim_single_quote(doc_text, start, end)  # 'Catching Fire' (issue 12 round 17)
    lead = LEADING.match(doc_text[start:end])
    if lead:
        start += lead.end()
        start, end = _trim_quotes(doc_text, start, end)  # the `` Hunger Games
    tail = POSSESSIVE.search(doc_text[start:end])
    if tail and end - start > len(tail.group(0)):
        end -= len(tail.group(0))
    return start, _before_open_parenthesis(doc_text, start, end)


def _before_open_parenthesis(doc_text: str, start: int, end: int) -> int:
    """Return where the name ends when NER ran it into a parenthesis it never closes: "iPhones Software
    Development Kit (SDK" is the kit, then its acronym; "Jules et Jim (1962" the film, then its year
    (issue 12 round 28, MEANTIME and GUM dev). A name in which the parenthesis closes ("Kimani (Kiki)
    Gray") and one that opens with it are left alone."""
    text = doc_text[start:end]
    at = text.rfind("(")
    if at <= 0 or ")" in text[at:] or not text[:at].strip():
        return end
    return start + len(text[:at].rstrip())


# the tags of a sentence's first word that NER takes into a name after it when it is
# capitalised only because it starts the sentence ("Unemployed John Jenkin", "Considering
# Lionsgate", "Stunning Williams")
_OPENER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN", "RB"})


def _trim_common_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop ordinary words NER ran into a name at its edges.

    At the end: lower-case words ("USAF officials" -> "USAF", "Ross doesn" -> "Ross",
    "Thompson in" -> "Thompson"): a name does not end in one. At the start: a sentence's
    first word capitalised only for that reason and tagged as an adjective, participle or
    adverb ("Unemployed John Jenkin", "Considering Lionsgate"), or a word ending in "-ed" or
    "-ing" tagged a proper noun right before a known given name and a capitalised word (round 22:
    the tagger called "Unemployed" a proper noun), unless it is a title or a given name, a word names begin with ("North
    Korean", "New Zealand": lexicon/name_adjectives.txt) or part of a name the gazetteer knows.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start, end
    first, last = 0, len(span)
    while last > 1 and span[last - 1].is_lower and span[last - 1].is_alpha:
        last -= 1
    head = span[0]
    sentence_start = all(t.is_punct for t in doc[head.sent.start:head.i])
    kept = titles() | _given_names() | _wordlist("name_adjectives.txt")
    # the parse may tag the opener a proper noun because NER took it into the name: a participle
    # ("Unemployed") before a given name and a family name is still no part of the name (round 22,
    # ECB+ dev 32_7ecbplus); a word without that ending may be a first name before a middle
    # given name: only a participle's ending shows it is no name ("Arcade Joseph Comeaux Jr.", "W. Mark
    # Felt" keep their first word)
    before_given = (head.tag_ == "NNP" and last >= 3 and span[1].lower_ in _given_names() and span[2].text[:1].isupper()
                    and head.is_alpha and len(head) >= 5 and head.lower_.endswith(("ed", "ing")))
    if (last - first >= 2 and sentence_start and (head.tag_ in _OPENER_TAGS or before_given) and head.is_title
            and span[1].text[:1].isupper() and head.lower_ not in kept
            and load_gazetteer().lookup(span.text) is None):
        first = 1
    if (first, last) == (0, len(span)):
        return start, end
    return span[first].idx, span[last - 1].idx + len(span[last - 1])


_LETTER = re.compile(r"[A-Z]\.?")


def _cut_country_code(doc: Doc, start: int, end: int) -> int:
    """Return where a person's name ends once a country's abbreviation NER ran into it is cut off:
    "Regina Benjamin U. S. surgeon general nomination" (a headline) gives "Benjamin U. S.", whose
    "U. S." modifies the office after it (round 22, ECB+ dev 34_3ecbplus). The tail is one to three
    capital letters, each with or without a full stop, that the gazetteer knows as a country once
    the spaces are gone ("U. S.", "UK"); a capitalised word must be left before it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return end
    for size in (3, 2, 1):
        tail = span[len(span) - size:]
        if size >= len(span) or not all(_LETTER.fullmatch(t.text) for t in tail):
            continue
        hit = load_gazetteer().lookup("".join(t.text for t in tail))
        head = span[len(span) - size - 1]
        if hit is not None and hit.kind != "demonym" and head.text[:1].isupper() and head.is_alpha:
            return head.idx + len(head)
    return end


_SCHOOLS = frozenset({"university", "college", "school"})  # institutions, not venues


def _cut_venue(doc: Doc, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """Return where a name ends once a venue NER ran into it after "at" is cut off, and the venue's
    span: "the Colts' 31-24 victory over the Jaguars at Jacksonville Municipal Stadium" names the
    team, then the stadium (round 22, ECB+ dev 29_4ecb). The venue's last word is the head of a
    place or facility (lexicon/place_heads.txt, facility_heads.txt), not a school's; a name with
    "of" before "at" is an institution's unit or campus and stays whole ("University of Alabama at
    Birmingham", "Mary & Leigh Block Museum of Art at Northwestern University": GUM dev)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return end, None
    heads = (_wordlist("place_heads.txt") | _wordlist("facility_heads.txt")) - _SCHOOLS
    for i, tok in enumerate(span[1:-1], start=1):
        if tok.text != "at":
            continue
        left, right = span[i - 1], span[-1]
        rest = [t for t in span[i + 1:] if t.lower_ != "the"]
        if (left.text[:1].isupper() and rest and all(t.text[:1].isupper() for t in rest)
                and right.lower_ in heads and span[0].lower_ not in heads
                and not any(t.lower_ == "of" for t in span[:i])):
            return left.idx + len(left), (rest[0].idx, right.idx + len(right))
    return end, None


def _past_interjection(doc: Doc, start: int, end: int) -> int:
    """Return where a name starts once an interjection NER ran into it is cut off: a wake phrase or
    a greeting ("Hey Siri", "Hey, Siri", "Hello Kitty fans said") addresses the name after it, which
    is the mention; the interjection (tagged UH) and the comma after it are not name. A span made
    only of interjections and punctuation gives no name (``start == end``). Merge audit 19: "Hey
    Siri" was a person and joined the assistant across articles as a name of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].tag_ != "UH":
        return start
    for tok in span:
        if tok.tag_ != "UH" and not tok.is_punct and not tok.is_space:
            return max(start, tok.idx)
    return end


_NAME_AFTER = re.compile(r"\.?[ \t]+[A-Z]")


def _cut_rank(doc: Doc, text: str, start: int, end: int) -> int:
    """Return where an organisation's name ends once a rank NER ran into it is cut off, with any
    lower-case words left before the rank: "Oregon State Police Lt. Gregg Hastings", "Vancouver
    Police spokesperson Const. Tim Fanning", "Oregon State Police and Capt. Tom Tennant" name the
    force, then the officer; the rank (lexicon/ranks.txt) is the officer's, only when a name
    follows it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[-1].lower_.rstrip(".") not in _wordlist("ranks.txt"):
        return end
    if not _NAME_AFTER.match(text, end):
        return end
    last = len(span) - 1
    while last > 1 and span[last - 1].is_lower and span[last - 1].is_alpha:
        last -= 1  # "spokesperson", "and" before the rank
    return span[last - 1].idx + len(span[last - 1])


_DATELINE = re.compile(r"(?:[A-Z][\w.&'’]*\s+){0,2}[A-Z][\w.&'’]*\s+[-–—]\s+(?=[A-Z])")


def _past_dateline(text: str, start: int, end: int) -> int:
    """Return where a name starts once a dateline NER ran into it is cut off: "Computerworld -
    Microsoft today said", "WASHINGTON - Obama said" open a paragraph with a place or an outlet
    and a dash, then the text; the name is what follows the dash."""
    if start != paragraph_at(text, start)[0]:
        return start
    m = _DATELINE.match(text, start, end)
    return m.end() if m and m.end() < end else start


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
