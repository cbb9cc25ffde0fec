"""Names as the ledger compares them: cleaning, keys, and which names may join articles.

An article's entity is a *name* only when something in it is more than a title, a role or a
generic noun ("officials", "the company", "Both sides", "statement" are not; issue 12). A name
that joins articles must also be *specific*: a person needs at least two name tokens (a bare
surname or first name resolves inside its own article only), an organisation or place any
name. Two keys are derived from a name:

- the **exact key** (:func:`name_key`): case, accents, punctuation and a leading article
  removed. Equal exact keys of specific names are evidence of identity on their own.
- the **variant key** (:func:`variant_key`): the exact key with romanisation variants folded
  (Sergey/Sergei, Shoygu/Shoigu, Zelenskyy/Zelensky). Foxx and Fox, Smit and Smith also fold
  together, so a variant key only *proposes* a candidate; the linker needs context to accept it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from hearsay import lexicon
from hearsay.extract.entities.mentions import (GENERATIONAL_SUFFIXES, facility_reductions, position_prefix, same_facility,
                                               team_nickname, titles, trade_words, legal_forms)
from hearsay.extract.statements.speakers import pronouns, speaker_nouns

# Romanisation variants, applied in order to each exact-key token (BGN/PCGN vs. ISO 9 vs. press
# usage for Russian and Ukrainian names; "kh"/"h" for Arabic). Doubled letters collapse last.
_TRANSLIT = [
    (re.compile(r"ey$"), "ei"), (re.compile(r"iy$"), "i"), (re.compile(r"yy$"), "y"),
    (re.compile(r"y"), "i"), (re.compile(r"ii"), "i"), (re.compile(r"kh"), "h"), (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"), (re.compile(r"w"), "v"), (re.compile(r"ou"), "u"), (re.compile(r"dzh"), "j"),
    (re.compile(r"(.)\1"), r"\1"),
]
_STRIP = re.compile(r"[^\w\s]+")
_PLUS = re.compile(r"(?<=\w)\+(?!\w)")
_LEADING_ARTICLE = re.compile(r"^\W*(the|a|an)\s")
# debris NER leaves around a name: a possessive or quote before it ("’s Haqqani"), after it
_DEBRIS_BEFORE = re.compile(r"^(?:[\W_]*['’]s\b)?[\W_]+")
_DEBRIS_AFTER = re.compile(r"(?:['’]s?)?(?:[^\w+]|_|(?<![\w+])\+)*$")  # the "+" of "Disney+" is name, not debris
# a game score a headline writes after a team ("Evansville 51 - 50", "Drake 91-73"); a second
# number in whole hundreds is a model series ("Boeing 747-400"), not a score
_SCORE_AFTER = re.compile(r"\s+\d{1,3}\s*[-–]\s*(?!\d00\b)\d{1,3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_PEOPLE = {"PERSON"}


def _lines(name: str) -> frozenset[str]:
    return lexicon.words(name)


@functools.lru_cache(maxsize=1)
def vessel_prefixes() -> frozenset[str]:
    """Prefixes written before a ship's name, lower case ("ins", "mv"; lexicon/vessel_prefixes.txt)."""
    return frozenset(w.lower() for w in _lines("vessel_prefixes.txt"))


@functools.lru_cache(maxsize=1)
def online_services() -> frozenset[str]:
    """Online platforms and services NER reads as a person or a place, lower case ("twitter", "itunes";
    lexicon/online_services.txt)."""
    return _lines("online_services.txt")


# NER types the small model gives a platform or a coined one-word name that is none of them
_MISREAD_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def linking_type(name: str, entity_type: str) -> str:
    """Return the type the ledger links an entity called ``name`` under: ``entity_type``, but
    ``ORG`` for a name no person or place bears whatever NER called it —

    - an online platform or service of ``lexicon/online_services.txt`` ("posted on Twitter" read
      as a person, "YouTube" as a place, "iTunes" as a nationality: identity-wikinews split Twitter
      into four persons; ECB+ dev into six);
    - a one-word "person" with a digit in it ("COVID-19", "G20", "MH17"): no person's name holds
      one, and read as a person it offers only a bare surname that joins nothing.
    """
    if entity_type not in _MISREAD_TYPES:
        return entity_type
    words = name.split()
    if len(words) == 1 and words[0].casefold() in online_services():
        return "ORG"
    if entity_type == "PERSON" and len(words) == 1 and any(ch.isdigit() for ch in name) and any(ch.isalpha() for ch in name):
        return "ORG"
    return entity_type


@functools.lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Return the words that never make a name on their own: generic nouns, titles, pronouns."""
    return _lines("generic_nouns.txt") | titles() | frozenset(speaker_nouns()) | frozenset(pronouns()) | {"the", "a", "an"}


def name_key(name: str) -> str:
    """Return the exact matching key of ``name``: lower-case ASCII words, no leading article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _PLUS.sub(" plus", text)  # "Disney+" and "Apple TV+" are services, not Disney and Apple TV
    article = _LEADING_ARTICLE.match(text)  # "The Chin", not the initial of "A. J. Smith"
    text = _STRIP.sub(" ", text.replace("’", "").replace("'", ""))
    spelling = spellings()
    words = [spelling.get(w, w) for w in text.split()]
    return " ".join(words[1:] if article and words else words)


@functools.lru_cache(maxsize=1)
def spellings() -> dict[str, str]:
    """Return name words written two ways with the one form keys use (lexicon/name_spellings.tsv):
    "Betty Ford Centre" and "Betty Ford Center" are one name."""
    return {row["written"]: row["key"] for row in lexicon.load("name_spellings.tsv")}


def variant_key(name: str) -> str:
    """Return ``name``'s key with romanisation variants folded: a candidate generator only."""
    return _fold_variants(name_key(name))


def _fold_variants(key: str) -> str:
    """Return an exact key with romanisation variants folded."""
    tokens = []
    for token in key.split():
        for pattern, repl in _TRANSLIT:
            token = pattern.sub(repl, token)
        tokens.append(token)
    return " ".join(tokens)


# Spellings that mark a romanised Cyrillic, Arabic or Persian name, where one person is
# written several ways (Sergey/Sergei, Shoigu/Shoygu, Zelensky/Zelenskyy, Khamenei/Hamenei).
_TRANSLITERATED = re.compile(r"(kh|zh|shch|yy|iy$|ey$|ei$|oy$|ii$|yev$|ov$|ev$|ova$|eva$|enko$|sk[iy]$|skyy$|skiy$|ullah$|^al$|^el$)")


def looks_transliterated(key: str) -> bool:
    """True when some word of an exact key is spelt the way romanised foreign names are."""
    return any(_TRANSLITERATED.search(word) for word in key.split())


def clean_name(name: str, entity_type: str) -> str | None:
    """Return ``name`` without debris, determiners and (for people) leading titles, or ``None``
    when nothing in it is a name.

    A person keeps a title when only one name word would be left ("Lord Ashcroft", "Pope
    Francis"): there the title is part of how the person is named.
    """
    text = _DEBRIS_AFTER.sub("", _DEBRIS_BEFORE.sub("", _SCORE_AFTER.sub("", " ".join(name.split()))))
    words = text.split()
    generic = generic_words()
    while words and words[0].lower() in {"the", "a", "an", "both", "all", "some", "many", "several", "other", "these", "those"}:
        words.pop(0)
    if entity_type in _PEOPLE:
        del words[:position_prefix(words)]  # "Colts QB Andrew Luck": the team and position go
        while len(words) > 2 and words[0].lower().strip(".") in generic and not _INITIALS.fullmatch(words[0]):
            words.pop(0)
        if len(words) == 2 and words[0].lower().strip(".") in generic and words[1][:1].isupper():
            # "President Putin" is a bare surname with a title; "Lord Ashcroft" keeps its title
            if words[0].lower().strip(".") not in _HONORIFICS:
                words.pop(0)
    if not any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    if len(words) == 1 and _CONTRACTION.search(words[0]):
        return None  # "Don't", "I'm", "Can't" capitalised at a sentence start: no name
    if all(w.lower().strip(".") in generic or not (w[:1].isupper() or w[:1].isdigit()) for w in words):
        return None
    if entity_type not in _PEOPLE and len(words) == 1 and words[0].lower().strip(".,") in _lines("place_heads.txt"):
        return None  # "Valley", "Center", "the Bay": a place's or institution's head word alone names none
    possessive = next((i for i, w in enumerate(words[:-1]) if re.search(r"['’]s?$", w) and w[:1].isupper()), None)
    if possessive is not None and not any(w[:1].isupper() or w[:1].isdigit() for w in words[possessive + 1:]):
        # a possessor and a common noun ("Lindsay Lohan's lawyer", "Reid's rep", "Page's official
        # website") describe someone by another's name: a description, never a key of its own
        # (the rule 1; round 20 found such speaker entities keyed across articles)
        return None
    if entity_type == "PERSON" and any(w.lower() in {"and", "&"} for w in words[1:-1]):
        # a person's name holds no "and": "Zadan and Meron", "Laurence Mark and Bill Condon", "Kurt
        # Volker and Tim Morrison" (a coordinated speaker kept as one span) are two people, and
        # their shared span must not join either across articles (merge audits 18 and 19)
        return None
    return " ".join(words)


_CONTRACTION = re.compile(r"n['’]t$|['’](?:ll|re|ve|m|d)$", re.IGNORECASE)
# titles that are part of a person's name when only a surname follows (peerage, religion, royalty)
_HONORIFICS = frozenset({"lord", "lady", "sir", "dame", "pope", "king", "queen", "prince", "princess", "sheikh", "emir", "cardinal"})


@dataclass(frozen=True, slots=True)
class Name:
    """A cleaned name and what it may do in the ledger."""

    text: str
    key: str
    variant: str
    specific: bool  # may join articles on its own
    acronym: bool
    forms: tuple[str, ...] = ()  # shorter keys of a person's full name: weak candidates only
    place_forms: tuple[str, ...] = ()  # an organisation's name without its country: meets names only
    country_keys: tuple[str, ...] = ()  # the name with its opening country written as its code: a full name


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+|[A-Za-z]")
_NICKNAME = re.compile(r"\s(?:[\"“‘'][^\"”’']{1,30}[\"”’']|``[^`']{1,30}''|\([^()]{1,30}\))\s")


def _person_forms(key: str, text: str) -> tuple[str, tuple[str, ...]]:
    """Return a person's key and its shorter forms.

    "arcade joseph comeaux jr" keeps its suffix (a father and son share the rest); its forms
    drop the suffix ("arcade joseph comeaux"), single-letter
    initials ("w mark felt" -> "mark felt"), middle names ("arcade comeaux") or the first word
    ("comedian ellen degeneres" -> "ellen degeneres"). Two people can
    share a short form (George W. and George H. W. Bush), so forms only propose candidates.
    A hyphenated word of ``text`` stays one word: "MacBook Wi-Fi" and "Linksys Velop Wi-Fi"
    share no short form.
    """
    full: list[str] = []
    initials: set[int] = set()  # positions in ``full`` of a word of initials ("w", "hw")
    for token in text.split():
        word = name_key(token)
        if not word:
            continue
        if _INITIALS.fullmatch(token):  # "H.W." is two initials, as "H. W." is
            initials.update(range(len(full), len(full) + len(word.split())))
            full.extend(word.split())
        else:
            full.append(word)
    if " ".join(full) != key:  # a leading article or a symbol the whole-name key reads apart
        full = key.split()
        initials = {i for i, w in enumerate(full) if len(w) == 1}
    words = list(full)
    while len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES:
        words.pop()
    # "Mark Felt Jr." is the son of Mark Felt: without its suffix the name is only a weak
    # form, joined on shared context, never by the name alone
    forms = [" ".join(words)] if words != full else []
    no_initials = [w for i, w in enumerate(words) if i not in initials]
    if 2 <= len(no_initials) < len(words):
        forms.append(" ".join(no_initials))
    if len(no_initials) >= 3:
        forms.append(f"{no_initials[0]} {no_initials[-1]}")
        # a role word NER kept in front ("Comedian Ellen DeGeneres") leaves the last two
        forms.append(" ".join(no_initials[-2:]))
    if len(no_initials) >= 2:
        # the familiar or formal form of the given name: "fred larue" for "frederick c larue"
        forms.extend(f"{other} {no_initials[-1]}" for other in sorted(name_variants().get(no_initials[0], ())))
    return " ".join(full), tuple(dict.fromkeys(f for f in forms if f != " ".join(full)))


@functools.lru_cache(maxsize=1)
def name_variants() -> dict[str, frozenset[str]]:
    """Return each given name's other forms, both ways (lexicon/name_variants.tsv): "fred" ->
    {"frederick", "alfred"}, "frederick" -> {"fred", "freddie"}."""
    out: dict[str, set[str]] = {}
    for row in lexicon.load("name_variants.tsv"):
        formal, familiar = row["name"], row["forms"].split()
        out.setdefault(formal, set()).update(familiar)
        for form in familiar:
            out.setdefault(form, set()).add(formal)
    return {name: frozenset(forms) for name, forms in out.items()}



_NOT_SHORT_NAMES = frozenset({"general", "united", "american", "national", "international", "british", "china",
                              "first", "new", "royal", "global", "continental", "northwest", "southwest"})


def _gazetteer_place(word: str) -> object | None:
    from hearsay.extract.entities.gazetteer import load_gazetteer

    return load_gazetteer().lookup(word)


def _trade_form(key: str) -> str | None:
    """Return the company's own name before a trade word ending ``key``, if one may stand alone."""
    for trade in sorted(trade_words(), key=len, reverse=True):  # "air lines" before "lines"
        # the trade a company's name states after its own name (lexicon/trade_words.txt): the
        # short name is a weak ``form``, never when what is left is an adjective or a generic word
        if key.endswith(f" {trade}"):
            rest = key[: -len(trade) - 1]
            words = rest.split()
            if (len(words) == 1 and len(rest) >= 3 and rest not in _NOT_SHORT_NAMES
                    and rest not in generic_words() and rest not in _lines("name_adjectives.txt")
                    and _gazetteer_place(rest) is None):
                return rest  # ("Singapore Airlines" is not "Singapore")
    return None


_FUNCTION_WORDS = frozenset({"of", "for", "and", "without", "with", "the", "de", "du", "des", "la", "le", "in", "on", "at", "to"})


_GAME = re.compile(r"[A-Z][a-z]+s ?[-–/] ?[A-Z][a-z]+s\b")  # "Browns-Steelers": two teams' game


def _team_form(key: str, text: str = "") -> str | None:
    """Return a team's nickname, the last word of ``key`` ("indianapolis colts" -> "colts",
    "kansas city chiefs" -> "chiefs"), when the name is two to four words ending in a plural no
    institution ends in (:func:`~hearsay.extract.entities.mentions.team_nickname`): articles
    that call the team by its nickname alone meet the full name only through this weak form."""
    words = key.split()
    if _GAME.search(text):
        return None  # "Browns-Steelers" is the two teams' game, no Steelers (round-9 audit)
    if (2 <= len(words) <= 4 and team_nickname(words[-1:]) and words[-1] not in generic_words()
            and not _FUNCTION_WORDS & set(words)):  # "Doctors Without Borders" is no team
        return words[-1]
    return None


def _facility_forms(key: str) -> tuple[str, ...]:
    """Return an institution's name without its facility head (``facility_heads.txt``), when
    two or more words are left: "betty ford treatment center" -> "betty ford treatment", "betty
    ford". Outlets swap the head ("Betty Ford Clinic", "Betty Ford Center") and drop its
    qualifier, so across articles each form only proposes the other names of the same core,
    to be joined on shared context (an article that swaps heads itself makes them aliases:
    :func:`compatible`). One word left is too little ("Cleveland Clinic", "Cleveland Center")."""
    return tuple(sorted(form for form in facility_reductions(key.split()) if form != key and len(form.split()) >= 2))


def scoped(key: str, iso3: str) -> str:
    """Return the key of an institutional name in one country ("supreme court @usa")."""
    return f"{key} @{iso3.lower()}"


def _country_form(text: str) -> tuple[str, ...]:
    """Return an organisation's name without the country that opens it ("U.S. Surgeon General" ->
    "surgeon general", "British Foreign Office" -> "foreign office"), when the gazetteer knows the
    opening words as a country's name or demonym (not a capital: "Moscow City Council") and what
    is left is two or more words, not all generic, or a body every state has (one word will do:
    "Indian Navy" -> "navy @ind", keyed in the country as the bare "Navy" is). The form may meet
    another article's name, never another such form: the Russian and the Ukrainian defence
    ministries share "defence ministry". Any other form also comes keyed in the country ("national
    hurricane center @usa"), the key of the bare name an article places there (``_keys.keys_of``)."""
    from hearsay.ledger import _placed

    words = text.split()
    for cut in range(min(3, len(words) - 1), 0, -1):
        hit = _gazetteer_place(" ".join(words[:cut]).replace(". ", "."))
        if hit is None and (body := _placed.body_scope(" ".join(words[:cut]))) is not None:
            rest = name_key(" ".join(words[cut:]))
            # an intergovernmental body's organ ("United Nations General Assembly", "U.N. Security
            # Council"): keyed in that body, as a state's is in its country (round 36)
            return (scoped(rest, body),) if institutional(rest) else ()
        if hit is None or getattr(hit, "kind", None) not in {"name", "demonym"}:
            continue
        rest = name_key(" ".join(words[cut:]))
        if cut == len(words) - 1 and not institutional(rest):
            continue  # one word left names nothing by itself ("Tunisian Airways")
        if institutional(rest):
            # "U.S. Supreme Court": the country's own body, met by that country's bare "Supreme
            # Court"; since round 34 one such word is enough ("U.S. Senate", "Indian Navy",
            # "French Parliament"), where the loop above started at two words left (issue 12)
            return (scoped(rest, str(hit.country.iso3)),)  # type: ignore[attr-defined]
        if len(rest.split()) >= 2 and not all(w in generic_words() or w in _FUNCTION_WORDS for w in rest.split()):
            # the bare form meets any article's name on shared context (round 8); keyed in the
            # country it meets the bare name an article places in that country (round 36:
            # "United States National Hurricane Center" / a Florida story's "National Hurricane Center")
            return (rest, scoped(rest, str(hit.country.iso3)))  # type: ignore[attr-defined]
        return ()
    return ()


def _country_key(text: str) -> tuple[str, ...]:
    """Return an organisation's name with the country's name that opens it written as the
    country's code ("U.S. Air Force", "US Air Force", "United States Air Force" -> "@usa air
    force"; round 11, MEANTIME dev): one name, whichever way the country is spelt. Only a
    country's name or abbreviation, never a demonym ("American Airlines" is no "U.S. Airlines")
    nor a capital, and something left that is more than function words."""
    words = text.split()
    for cut in range(min(3, len(words) - 1), 0, -1):
        hit = _gazetteer_place(" ".join(words[:cut]).replace(". ", "."))
        if hit is None:
            continue
        if getattr(hit, "kind", None) != "name":
            return ()
        rest = name_key(" ".join(words[cut:]))
        if not rest or all(w in _FUNCTION_WORDS for w in rest.split()):
            return ()
        return (f"@{str(hit.country.iso3).lower()} {rest}",)  # type: ignore[attr-defined]
    return ()


_MISSION_HEADS = ("embassy", "consulate", "consulate general", "high commission")


def mission_of(text: str) -> str | None:
    """Return the ISO3 code of the country whose diplomatic mission ``text`` names, else None.

    "US Embassy", "the British Consulate", "Embassy of India", "Indian High Commission": a
    country has one such mission in every country that hosts it, so the name alone says which
    country sends it, not which mission it is (merge audit 24: the US Embassy in New Delhi and
    the one in Baghdad were one entity). The sending country is the gazetteer's reading of the
    rest of the name.
    """
    from hearsay.extract.entities.gazetteer import load_gazetteer

    words = [w for w in text.split() if w.lower() != "the"]
    lowered = " ".join(w.lower() for w in words)
    rest: list[str] = []
    for head in _MISSION_HEADS:
        if lowered.endswith(" " + head):
            rest = words[:len(words) - len(head.split())]
        elif lowered.startswith(head + " of "):
            rest = words[len(head.split()) + 1:]
        if rest:
            break
    if not rest:
        return None
    hit = load_gazetteer().lookup(" ".join(rest))
    return hit.country.iso3 if hit is not None else None


@functools.lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Return the words of names every country's state gives a body (lexicon/institution_words.txt)."""
    return _lines("institution_words.txt")


def institutional(key: str) -> bool:
    """True when the name ``key`` is made only of words every country's state names a body by
    ("supreme court", "foreign ministry", "air force"), so names one body per country."""
    words = key.split()
    return bool(words) and all(w in institution_words() for w in words) and not all(w in _FUNCTION_WORDS for w in words)


def country_of_form(key: str, form: str) -> str | None:
    """Return the ISO 3166 code of the country that opens ``key`` before ``form`` ("u s surgeon
    general", "surgeon general" -> "USA"), or None when ``key`` is not a country's ``form``."""
    if not key.endswith(" " + form):
        return None
    prefix = key[: -len(form) - 1]
    for text in (prefix, prefix.replace(" ", "")):  # keys drop the dots: "u s" is "U.S."
        hit = _gazetteer_place(text)
        if hit is not None and getattr(hit, "kind", None) in {"name", "demonym"}:
            return str(hit.country.iso3)  # type: ignore[attr-defined]
    return None


def analyse_name(name: str, entity_type: str) -> Name | None:
    """Return the ledger's view of ``name`` (``None`` when it is no name at all)."""
    text = clean_name(name, entity_type)
    if text is None:
        return None
    bare = _NICKNAME.sub(" ", f" {text} ").strip() if entity_type in _PEOPLE else text
    key = name_key(bare)
    forms: tuple[str, ...] = ()
    if entity_type in _PEOPLE:
        key, forms = _person_forms(key, bare)
        nickname = _NICKNAME.search(f" {text} ")
        if nickname and len(key.split()) >= 2:
            # the nickname with the surname is how the press often writes the person: Luis
            # Gerardo "Jerry" Ortiz is "Jerry Ortiz", Vincent "The Chin" Gigante "Chin Gigante"
            nick = name_key(nickname.group(0))
            surname = next(w for w in reversed(key.split()) if w not in GENERATIONAL_SUFFIXES or w == key.split()[0])
            if nick and nick not in generic_words():
                forms = (*forms, f"{nick} {surname}")
    if entity_type == "ORG":
        words = key.split()
        legal = legal_forms()  # "Apple Inc", "Ford Motor Co." name the company without them too
        while len(words) > 1 and (words[-1] in legal or " ".join(words[-2:]) in legal):
            words = words[:-2] if " ".join(words[-2:]) in legal and len(words) > 2 else words[:-1]
        key = " ".join(words)
        trade = _trade_form(key) or _team_form(key, text)
        if trade is not None:
            forms = (trade,)
    if entity_type in {"ORG", "FAC"}:
        forms = (*forms, *_facility_forms(key))
    if entity_type == "ORG":
        place_forms = _country_form(text)
        country_keys = _country_key(text)
    if len(key.replace(" ", "")) < 2:
        # one letter ("F", "F-" for Group F or the F-Series) names nothing across articles
        return None
    acronym = bool(_ACRONYM.match(text)) and entity_type not in _PEOPLE
    specific = len(key.split()) >= 2 if entity_type in _PEOPLE else True
    # an acronym has no romanisation variant: folding w to v made "EW" (Entertainment Weekly) "EV"
    return Name(text, key, key if acronym else _fold_variants(key), specific, acronym, forms if specific else (),
                place_forms if entity_type == "ORG" else (), country_keys if entity_type == "ORG" else ())


_VOWELS = re.compile(r"(?<=.)[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
# a name's word of at least this many letters may be misspelt by one letter in another article
_SPELLING_MIN = 4


def spelling_key(key: str) -> str | None:
    """Return the letter skeleton of a name of two or more words, ``None`` for a shorter one.

    Reporters and NER's sources misspell a name by one letter ("Duncan Rait" / "Duncan Raite",
    "Academy of Motion Picture / Pictures Arts and Sciences", "Bettie" / "Betty Page"): each word
    keeps its first letter and its consonants, a plural "s" and doubled letters dropped. Equal
    skeletons only *propose* a candidate (``~``-prefixed, stored as a ``variant``), which
    :func:`one_letter_apart` then checks and shared context must confirm.
    """
    words = key.split()
    if len(words) < 2 or len(key) < 8:
        return None
    out = []
    for word in words:
        if len(word) > 3 and word.endswith("s"):
            word = word[:-1]
        out.append(_DOUBLED.sub(r"\1", _VOWELS.sub("", word)))
    return "~" + " ".join(out)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def one_letter_apart(a: str, b: str, person: bool = False) -> bool:
    """True when two keys of equal word count differ in one word of ``_SPELLING_MIN`` or more
    letters, by one letter or by a "y"/"ie" ending ("betty" / "bettie"), but not by a plural "s"
    on the last word of a name of one or two words ("tar heel" / "tar heels"). For people the differing
    word must not be two given names of the two sexes ("Mario" / "Maria Gigante" are siblings)."""
    from hearsay.extract.statements.speakers import given_names

    x, y = a.split(), b.split()
    if len(x) != len(y):
        return False
    diff = [(i, u, v) for i, (u, v) in enumerate(zip(x, y, strict=True)) if u != v]
    if len(diff) != 1:
        return False
    at, u, v = diff[0]
    if min(len(u), len(v)) < _SPELLING_MIN or u[0] != v[0]:
        return False
    if at == len(x) - 1 and len(x) <= 2 and (u + "s" == v or v + "s" == u):
        # a plural "s" on the last word of a short name is number, not a slip: "a Tar Heel" is one
        # player of the Tar Heels (merge audits 19-21). In a longer name the words that agree
        # outweigh it ("National Marine Fisheries Services" is the Service, misspelt)
        return False
    if person:
        genders = given_names()
        if {genders.get(u), genders.get(v)} == {"m", "f"}:
            return False
    folded = {re.sub(r"(?:ie|y)$", "i", w) for w in (u, v)}
    return _one_edit(u, v) or len(folded) == 1


def initials(key: str) -> str:
    """Return the initials of a key's words that are not function words ("msmt" for the MSMT)."""
    return "".join(w[0] for w in key.split() if w not in {"of", "for", "and", "the", "on", "in", "to"})


def compatible(main: Name, alias: Name, entity_type: str) -> str | None:
    """Return how ``alias`` may stand for ``main`` across articles, else ``None``.

    Kinds: ``alias`` (another full form of the same name: Sergei Shoygu for Sergey Shoigu),
    ``acronym`` (MSMT for the Multilateral Sanctions Monitoring Team), ``short`` (an
    organisation's leading word, Northrop for Northrop Grumman) and ``surname``. An alias
    that is none of these came from a wrong grouping inside the article and is no key.
    """
    if alias.key == main.key:
        return "name"
    if alias.variant == main.variant:
        return "alias"
    main_words, alias_words = main.key.split(), alias.key.split()
    if entity_type in _PEOPLE:
        if alias_words[-1:] != main_words[-1:] and variant_key(alias_words[-1]) != variant_key(main_words[-1]):
            return None
        if len(alias_words) == 1:
            return "surname"
        # the same surname and every other word of the shorter form in the longer one
        return "alias" if all(w in main_words for w in alias_words[:-1]) or all(w in alias_words for w in main_words[:-1]) else None
    if alias.acronym and alias.key.replace(" ", "") == initials(main.key):
        return "acronym"
    if main.acronym and main.key.replace(" ", "") == initials(alias.key):
        return "acronym"
    if len(alias_words) < len(main_words) and main_words[:len(alias_words)] == alias_words:
        return "short"
    if same_facility(main_words, alias_words):
        return "alias"  # the Betty Ford Clinic an article also calls the Betty Ford Center
    return None


__all__ = ["Name", "analyse_name", "clean_name", "compatible", "generic_words", "initials", "institutional", "looks_transliterated",
           "linking_type", "mission_of", "name_key", "online_services", "name_variants", "one_letter_apart", "scoped", "spelling_key", "variant_key", "vessel_prefixes"]
