"""Entities: places, capitals and teams: when a capital is the city rather than its state, when a
demonym is one person, and when a place's name stands for the team named after it.

Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.extract.entities.gazetteer import Gazetteer, fold, load_gazetteer
from hearsay.extract.entities._vocabulary import _wordlist


# a lower-case compass adjective before a name, or a landform noun after it, makes it a place
_COMPASS_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern"
                             r"|southwestern|upstate|downstate)[ \t]+$")
_LANDFORM_AFTER = re.compile(r"[ \t]+(?:foothills|mountains|range|peaks|slopes|highlands|lowlands|basin|valley|plateau"
                             r"|coast|coastline|delta|watershed)\b")
# words that make a name an institution's whatever stands around it ("the central Bank of Canada")
_INSTITUTIONAL = re.compile(r"\b(?:of|Bank|Ministry|Department|Council|Committee|Court|Party|Army|Police|Company|Corp\.?"
                            r"|Inc\.?|Group|University|College|School|Hospital|Agency|Authority|Commission|Office)\b")


@functools.lru_cache(maxsize=1)
def _town_names() -> frozenset[str]:
    """Folded names of the towns, states and regions of lexicon/places.tsv."""
    return frozenset(fold(row["name"]) for row in lexicon.load("places.tsv"))


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
            if (head in places or gaz.lookup(" ".join(text[start:end].split()[:cut])) is not None
                    or head in _town_names() and team_nickname(words[cut:])):
                # a town NER names nowhere alone still begins its team's name ("the Jacksonville
                # Jaguars ... the Jaguars"; round 17)
                out.setdefault(" ".join(words[cut:]), set()).add(" ".join(words))
                if team_nickname(words[cut:]):
                    heads.setdefault(head, set()).add(" ".join(words))
                break
    return ({tail: "name:" + next(iter(keys)) for tail, keys in out.items() if len(keys) == 1},
            {head: "name:" + next(iter(keys)) for head, keys in heads.items() if len(keys) == 1})


@functools.lru_cache(maxsize=1)
def league_teams() -> dict[str, dict[str, str]]:
    """Return each folded nickname of a major-league team with the folded places its teams of
    that nickname are named after, former ones too, each with the team's full name as the pair
    is written (``lexicon/league_teams.tsv``: "cardinals" -> "arizona" -> "Arizona Cardinals",
    "phoenix", "st. louis")."""
    out: dict[str, dict[str, str]] = {}
    for row in lexicon.load("league_teams.tsv"):
        pairs = [(row["place"], row["nickname"])]
        pairs += [(p.split("/", 1)[0], p.split("/", 1)[1]) for p in row["former"].split("|") if "/" in p]
        for place, nickname in pairs:
            out.setdefault(fold(nickname), {})[fold(place)] = f"{place} {nickname}"
    return out


def league_team_heads(text: str, candidates: list[tuple[int, int, str]],
                      heads: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Return the places that begin the name of a team the article calls by its nickname alone,
    each with the key of that nickname and the team's full name: "indianapolis" ->
    ("name:colts", "Indianapolis Colts") where the article writes "the Colts" and "Indianapolis
    (10 - 5)" but never "Indianapolis Colts" (issue 12 round 24; the teams come from
    ``lexicon/league_teams.tsv``, whatever NER typed the names). Left out: a place of ``heads``
    (the team the article names in full keeps it), a place that begins any longer name of the
    article, and a place two of the article's nicknames share ("New York" beside the Giants and
    the Jets). The place stands for the team only in a team context (:func:`team_context`)."""
    teams = league_teams()
    names = {fold(text[s:e]) for s, e, _label in candidates}
    found: dict[str, set[str]] = {}
    for nickname in names & teams.keys():
        for place in teams[nickname].keys() & names:
            if place not in heads and not any(name.startswith(place + " ") for name in names):
                found.setdefault(place, set()).add(nickname)
    return {place: ("name:" + next(iter(nicks)), teams[next(iter(nicks))][place])
            for place, nicks in found.items() if len(nicks) == 1}


# A game score or a season record right after a name: "defeated Evansville 51 - 50",
# "Indianapolis (10 - 5) clinched", "Creighton's 65-53 victory".
_SCORE = r"\d{1,3}[ \t]*[-–][ \t]*\d{1,3}"
_SCORE_AFTER = re.compile(r"(?:['’]s?)?[ \t]*(?:\(" + _SCORE + r"(?:[ \t]*[-–][ \t]*\d{1,2})?\)|" + _SCORE + r"(?![\d-]))")
_TRAILING_SCORE = re.compile(r"[ \t]+" + _SCORE + r"$")
# a field position: "at the Indianapolis 16 - yard line", "the Indy 27 - yd line", and after "the"
# the yard number alone ending the phrase: "a sneak from the Indianapolis 27." (issue 12 round 23)
_YARD_LINE_AFTER = re.compile(r"(?:['’]s?)?[ \t]+\d{1,2}[ \t]*-?[ \t]*(?:yard|yd)s?[ \t]*-?[ \t]*line\b")
_YARDS_ALONE_AFTER = re.compile(r"[ \t]+\d{1,2}(?=[ \t]*(?:[.,;:]|$))", re.M)
# the yard number (and hyphen) NER left at the end of a place's span over a field position
_YARD_NUMBER_END = re.compile(r"[ \t]+\d{1,2}(?:[ \t]*-)?$")


def field_position_places(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut the yard number from a span NER read over a field position ("the Indianapolis 2 yd line"
    as one facility, trimmed to "Indianapolis 2"): the name before it is a mention of its own, typed a
    place as a field position names the half of the field by a team's city, so that :func:`team_context`
    reads it as the team (issue 12 round 23's rule missed such spans for some yard numbers; found by
    its property test)."""
    out = []
    for start, end, label in candidates:
        found = _YARD_NUMBER_END.search(text, start, end)
        if found is not None and found.end() == end and found.start() > start and _YARD_LINE_AFTER.match(text, found.start()):
            out.append((start, found.start(), "GPE"))
        else:
            out.append((start, end, label))
    return out
_THE_BEFORE = re.compile(r"\bthe[ \t]+$")
_SCORE_IN = re.compile(r"(?<![\d-])" + _SCORE + r"(?![\d-])")
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
    if _SCORE_AFTER.match(text, end) or _YARD_LINE_AFTER.match(text, end):
        return True
    if _YARDS_ALONE_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 4), start):
        return True
    nxt = _NEXT_WORDS.match(text, end)
    if nxt and (nxt.group(1) in team_parts() or f"{nxt.group(1)} {nxt.group(2)}" in team_parts()):
        return True
    if nxt and nxt.group(1) == "record":
        # "Indianapolis' record rose to 9 - 5": a season record, which a score in the rest of the
        # sentence gives (a town's "record rainfall" has none; issue 12 round 23)
        sent = doc.char_span(start, end, alignment_mode="expand")
        if sent is not None and _SCORE_IN.search(text, nxt.end(1), sent.sent.end_char):
            return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return ((root.dep_ == "nsubj" and root.head.lemma_ in _TEAM_SUBJECT_VERBS)
            or (root.dep_ == "dobj" and root.head.lemma_ in _TEAM_OBJECT_VERBS))


# prepositions that make a capital a place where something happens, not its government
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "throughout", "within", "across", "into",
                             "through", "toward", "towards", "downtown", "over"})


# verbs of going somewhere: "to" or "from" after them names a place one goes to or leaves ("moved to
# London to study", "flew from Moscow"), not the state a thing is given to ("aid to Pyongyang")
_MOTION_VERBS = frozenset({"move", "travel", "fly", "return", "go", "come", "arrive", "relocate", "emigrate", "immigrate",
                           "flee", "drive", "walk", "sail", "head", "commute", "journey", "evacuate", "escape"})


# nouns a capital modifies as the state's government ("Moscow officials", "the Beijing regime")
_STATE_NOUNS = frozenset({"government", "regime", "administration", "leadership", "official", "officials", "diplomat",
                          "diplomats", "envoy", "envoys", "policy", "policies", "delegation", "negotiator", "negotiators",
                          "ally", "allies", "leader", "leaders", "ministry", "authorities", "establishment", "elite"})


# compass points and lengths a place is reckoned from ("185 miles northwest of Beijing", "south of
# Moscow", "50 km from Kyiv", "miles away from Paris")
_COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                             "north-east", "north-west", "south-east", "south-west"})
_LENGTH_UNITS = frozenset({"mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms", "metre",
                           "metres", "meter", "meters", "yard", "yards", "foot", "feet"})


def _reference_point(prep: Token) -> bool:
    """True when the preposition ``prep`` ("of", "from") makes its object the point a distance or
    a direction is reckoned from: its head is a compass point or a length, or has a length as
    its measure ("185 miles northwest of Beijing", "50 km from Kyiv", "miles away from Paris").
    A place measured from is a point on the map, the city (issue 12 round 19)."""
    if prep.lower_ not in {"of", "from"}:
        return False
    head = prep.head
    return (head.lower_ in _COMPASS_POINTS or head.lower_ in _LENGTH_UNITS
            or any(c.dep_ == "npadvmod" and c.lower_ in _LENGTH_UNITS for c in head.children))


def _route_end(prep: Token) -> bool:
    """True when the preposition ``prep`` ("from", "to") names an end of a way between places:
    its head is a noun of a route, a journey or a service (``lexicon/route_nouns.txt``: "the route
    from Mumbai to London", "a flight to Beijing"), or "to" hangs on the object of such a "from"
    ("from Mumbai to London" parsed with "to London" under "Mumbai"), or on that of a verb of
    going ("flew from Paris to Berlin"). "Aid to Pyongyang" stays the state (issue 12 round 19)."""
    if prep.lower_ not in {"from", "to"}:
        return False
    head = prep.head
    if head.lemma_.lower() in _wordlist("route_nouns.txt"):
        return True
    if prep.lower_ == "to" and head.dep_ == "pobj" and head.head.lower_ == "from":
        way = head.head.head  # "from" of the same phrase
        return way.lemma_.lower() in _wordlist("route_nouns.txt") or way.lemma_.lower() in _MOTION_VERBS
    return False


def _locative(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start..end`` is the city, not its state: the object of a locative
    preposition ("in Athens"), the point a distance is reckoned from ("185 miles northwest of
    Beijing"), an end of a route ("the route from Mumbai to London") or a modifier of a thing in
    the city ("a Paris jewellery store", "Athens police"), but not of its government ("Moscow
    officials")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
        return True
    if root.dep_ == "pobj" and (_reference_point(root.head) or _route_end(root.head)):
        return True  # "185 miles northwest of Beijing", "the route from Mumbai to London"
    if root.dep_ == "pobj" and root.head.lower_ in {"to", "from"} and root.head.head.lemma_.lower() in _MOTION_VERBS:
        return True  # "moving to London to study", "flew from Moscow": a city one goes to or leaves
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


# prepositions of being somewhere that make a seat of government the building where something is
# done ("At the White House, Trump said"); "over", "toward" are too often about the state
_BUILDING_PREPS = _LOCATIVE_PREPS - {"over", "toward", "towards", "through", "across", "downtown"}


# verbs of holding a post: "worked in the White House" is for the administration
_SERVING_VERBS = frozenset({"work", "serve"})


def _building(doc: Doc, start: int, end: int) -> bool:
    """True when the seat of government at ``start..end`` ("White House", "Kremlin", "Downing
    Street": the gazetteer's ``metonym`` aliases) is the building, not the state: the object of a
    preposition of place that tells where an action happens ("At the White House, Trump said",
    "protesters gathered outside the Kremlin"), or the owner or modifier of a part of a building,
    or its object through "of" (``lexicon/building_parts.txt``: "a White House hallway", "the
    Kremlin's walls", "the lawn of the White House"). A place phrase of a noun ("officials at the
    White House", "those in the White House"), a post held there ("worked in the White House"), a
    ruler's seat ("Nixon's White House") and every other use ("White House officials", "the
    Kremlin's claims", "the White House said") stay the state (mention audit 2; issue 12 round 19).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    parts = _wordlist("building_parts.txt")
    if any(child.dep_ == "poss" for child in root.children):
        return False  # "Nixon's White House": an administration, whatever the phrase
    if (root.dep_ == "pobj" and head.lower_ in _BUILDING_PREPS and head.head.pos_ in {"VERB", "AUX"}
            and head.head.lemma_.lower() not in _SERVING_VERBS):
        return True
    if root.dep_ in {"compound", "nmod", "poss"} and head.lemma_.lower() in parts:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in parts


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


@functools.lru_cache(maxsize=1)
def shared_country_names() -> dict[str, str]:
    """Return the country names that also name a sub-national place elsewhere, folded, with the
    ISO3 of the country that place lies in ("georgia" -> USA: the US state, not the Caucasus
    country), from ``lexicon/shared_country_names.tsv`` (rows the gazetteer knows as a country's
    own name only)."""
    gaz = load_gazetteer()
    out: dict[str, str] = {}
    for row in lexicon.load("shared_country_names.tsv"):
        hit = gaz.lookup(row["name"])
        if hit is not None and hit.kind == "name" and hit.country.iso3 != row["iso3"]:
            out[fold(row["name"])] = row["iso3"]
    return out


# "the state of Georgia", "Georgia state", "the U.S. state of Georgia": named as a state
_STATE_BEFORE = re.compile(r"\bstate[ \t]+of[ \t]+$", re.I)
_STATE_AFTER = re.compile(r"[ \t]+state\b(?![ \t]+(?:of|media|television|TV|news|department)\b)")
# "Atlanta, Georgia", "Georgia, USA": a place named with the region it lies in, or a region with
# its country
_QUALIFIER_GAP = re.compile(r"[ \t]*,[ \t]*$")


def _subnational_countries(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> set[str]:
    """The country names the article uses for the sub-national place of that name (issue 12).

    A name such as "Georgia" is a country and a US state. One article means one of them all
    through (one sense per discourse), and says which by what it names around it. For the place:
    a town placed in it ("Atlanta, Georgia"), the name placed in its own country ("Georgia,
    USA"), "the state of Georgia" or "Georgia state", and other places of that country
    ("Alabama", "Savannah"; lexicon/places.tsv), a state office beside the name ("Georgia's
    governor"). For the country: its capital, its demonym or another of its names ("Tbilisi",
    "Georgian"), places the table puts in it, any other country's name or capital ("Russia's
    invasion of neighbouring Georgia"), a national office beside the name ("Georgia's president").
    The place needs more signs than the country, and two of them unless the article gives the
    country none; else the name stays the country, as before.
    """
    shared = shared_country_names()
    found = {fold(text[s:e]) for s, e, _ in candidates} & set(shared)
    if not found:
        return set()
    places = {fold(row["name"]): row["iso3"] for row in lexicon.load("places.tsv")}
    out: set[str] = set()
    for name in found:
        home = gaz.lookup(name)
        assert home is not None  # shared names are gazetteer names
        place_signs: set[str] = set()
        country_signs: set[str] = set()
        for i, (start, end, label) in enumerate(candidates):
            key = fold(text[start:end])
            if key == name:
                if _STATE_BEFORE.search(text, max(0, start - 12), start) or _STATE_AFTER.match(text, end):
                    place_signs.add("state")
                after = candidates[i + 1] if i + 1 < len(candidates) else None
                if after is not None and _QUALIFIER_GAP.fullmatch(text, end, after[0]):
                    hit = gaz.lookup(text[after[0]:after[1]])
                    if hit is not None and hit.kind == "name" and hit.country.iso3 == shared[name]:
                        place_signs.add("in its country")  # "Georgia, USA"
                continue
            after = candidates[i + 1] if i + 1 < len(candidates) else None
            if (after is not None and fold(text[after[0]:after[1]]) == name and label in {"GPE", "LOC", "FAC"}
                    and _QUALIFIER_GAP.fullmatch(text, end, after[0])):
                hit = gaz.lookup(text[start:end])
                if hit is None or hit.country.iso3 != home.country.iso3:
                    place_signs.add("town in it")  # "Atlanta, Georgia"; not "Tbilisi, Georgia"
            hit = gaz.lookup(text[start:end])
            if hit is not None:
                if hit.country.iso3 == home.country.iso3:
                    country_signs.add(key)  # "Tbilisi", "Georgian"
                elif hit.kind in {"name", "capital"} and hit.country.iso3 != shared[name]:
                    country_signs.add("another country")  # "Russia's invasion of neighbouring Georgia"
                continue
            if places.get(key) == shared[name]:
                place_signs.add(key)  # "Alabama", "Atlanta": another place of the state's country
            elif places.get(key) == home.country.iso3:
                country_signs.add(key)
        for start, end, _label in candidates:
            if fold(text[start:end]) == name:
                near = text[max(0, start - 30):min(len(text), end + 30)]
                if _STATE_OFFICE.search(near):
                    place_signs.add("state office")  # "Georgia's governor", "the Georgia legislature"
                if _NATION_OFFICE.search(near):
                    country_signs.add("national office")  # "Georgia's president", "the Georgian parliament"
        # two signs of the place, or one where nothing in the article speaks of the country
        if len(place_signs) > len(country_signs) and (len(place_signs) >= 2 or not country_signs):
            out.add(name)
    return out


# offices of a US state's government and of a nation's, named beside the shared name
_STATE_OFFICE = re.compile(r"\b(?:governor|gov\.|legislature|general assembly|state senate|state house|county|counties)\b", re.I)
_NATION_OFFICE = re.compile(r"\b(?:president|prime minister|premier|parliament|ministry|minister|embassy|ambassador"
                            r"|army|troops|republic|breakaway)\b", re.I)


def _place_object(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start..end`` is the object of a preposition of place ("in Regina")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in _LOCATIVE_PREPS


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


# a bare demonym governed by one of these prepositions is a language ("a statement in Russian",
# "translated into Japanese"); "as" is a nationality ("described as British")
_LANGUAGE_PREPOSITIONS = frozenset({"in", "into", "from"})
# the words that open a pair of conjuncts, which the parse may call the first one's determiner
_PAIR_WORDS = frozenset({"both", "either", "neither"})


def _language(doc: Doc, start: int, end: int) -> bool:
    """True when the demonym at ``start..end`` names a language, not its country or its people.

    The small NER model tags most languages NORP, as it does peoples (and the tagger may call the
    word JJ). A singular demonym heading its own noun phrase with no determiner ("speaks French", "translated into Japanese",
    "French is taught there", "in English and French") is the language: the object or passive subject of a verb of
    speaking, reading, writing or learning (``lexicon/language_verbs.txt``), or the object of
    "in"/"into"/"from". A modifier ("Russian officials", "American and British troops"), a
    people ("Russians said", "the Chinese protested") or a predicate ("He is American") stays
    as it is. Such a mention is no mention of the country (GUM gold: French_language).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "French, Japanese and Chinese": the role is the first conjunct's
    if span.text.lower().endswith("s") or len(span) != 1:
        return False  # a people ("Russians"); languages are one word
    if any(child.dep_ in {"det", "poss"} and child.lower_ not in _PAIR_WORDS for child in (*root.children, *first.children)):
        return False  # "the French", "a proud Russian": a people or a person; "in both French and
        # Bambara" is two languages, the parse's determiner "both" a conjunction's (round 33)
    head = first.head
    if first.dep_ == "pobj":
        return head.lower_ in _LANGUAGE_PREPOSITIONS
    return first.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _language_verbs()


@functools.cache
def _language_verbs() -> frozenset[str]:
    return _wordlist("language_verbs.txt")
