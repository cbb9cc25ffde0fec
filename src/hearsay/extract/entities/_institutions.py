"""Entities: organisations and facilities: one institution's name variants and short forms, acronyms
in parentheses and initialisms, and the first grouping pass (:func:`_plan`).

Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import functools

import re

from spacy.tokens import Doc

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.entities.gazetteer import Gazetteer, fold
from hearsay.model import Mention
from hearsay.extract.entities._vocabulary import _PART_WORDS, admin_units, _wordlist, legal_forms, titles, trade_words
from hearsay.extract.entities._headlines import _prose


# an organisation's acronym in parentheses right after its name ("... (MSMT)")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&.\-]{1,11})\)")


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
        name, full_label = next(iter(longer[short]))
        if name.split()[-1] in _territorial_heads():
            continue  # "Surrey Police", "Troy City Council": the short form is the territory ("a supermarket in Surrey")
        if ((root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS and (head.lower_ != "of" or head.i > 0 and head.nbor(-1).lower_ == "out"))
                or (root.dep_ == "dobj" and head.lemma_.lower() in _PLACE_VERBS)):
            out[short] = ("name:" + name, "ORG" if full_label == "WORK_OF_ART" else full_label)
    return out


@functools.lru_cache(maxsize=1)
def _territorial_heads() -> frozenset[str]:
    """Heads of a public body named after the territory it serves ("Surrey Police", "Kent County
    Council", "Troy Police Department"): the words that are both an organisation's last word
    (``organisation_heads.txt``) and a state institution's (``institution_words.txt``). The name's
    first part alone is the territory, never the body's short form (merge audit 27: "a Waitrose
    supermarket in Surrey" had become the force)."""
    return _wordlist("organisation_heads.txt") & _wordlist("institution_words.txt")


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
            if len(words) > 1 and words[-1] not in _PART_WORDS and not _branch(words, gaz):
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


def _branch(words: list[str], gaz: Gazetteer) -> bool:
    """True when the organisation's name is a name and a country's after it ("CNN Philippines"):
    a national branch, of which the bare first word names the parent, not the branch (round 30)."""
    hit = gaz.lookup(" ".join(words[1:]))
    return hit is not None and hit.kind == "name"


def trade_short_forms(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[str, str]:
    """Return the article's organisations called by their name without its trade or legal form:
    folded short name -> key of the full name.

    "AirTran Airways" ... "AirTran" (NER: a place), "China Eastern Airlines" ... "China Eastern",
    "Valley Dairy Inc." ... "Valley Dairy" (a place): the short name is the one organisation the
    article names with it and nothing but trade and legal-form words after it
    (``lexicon/trade_words.txt``, ``legal_forms.txt``), whatever NER calls it (issue 12 round 28,
    MEANTIME dev). Not a name the gazetteer knows ("Qatar" of "Qatar Airways", "Singapore" of
    "Singapore Airlines" may be the country), a person's (left to :func:`_short_forms`), a title
    word ("General" of "General Motors") or a one-word organisation's name, which
    :func:`_plan`'s ``org_heads`` reads by where the names first stand.
    """
    tails = trade_words() | legal_forms()
    longer: dict[str, set[str]] = {}
    for start, end, label in candidates:
        words = fold(text[start:end]).split()
        if label != "ORG":
            continue
        for cut in range(len(words) - 1, 0, -1):
            if words[cut].strip(".,") not in tails:
                break
            longer.setdefault(" ".join(words[:cut]), set()).add(" ".join(words))
    out: dict[str, str] = {}
    for start, end, label in candidates:
        short = fold(text[start:end])
        names = longer.get(short, set())
        if (len(names) != 1 or label == "PERSON" or label == "ORG" and " " not in short
                or gaz.lookup(text[start:end]) is not None or short in titles()):
            continue
        out[short] = "name:" + next(iter(names))
    return out


def _trade_name(rest: list[str]) -> bool:
    """True when the words after a company's own name are its trade and legal form only
    ("foods", "motor company", "computer inc"): the longer name is the company's full name."""
    text = " ".join(w.strip(".,") for w in rest)
    for trade in sorted(trade_words(), key=len, reverse=True):
        if text == trade or text.startswith(trade + " "):
            return all(w in legal_forms() for w in text[len(trade):].split())
    return False


# an acronym as news writes it: two to six capitals ("CDC", "CBP", "AT&T"), no dots
_BARE_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# a capitalised word and a comma right before an acronym: the acronym is the town's state or
# country ("Xfinity Center, Mansfield, MA"), not an organisation's initials
_AFTER_TOWN = re.compile(r"\b[A-Z][a-z]+,\s*$")
_INITIAL_SKIP = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})


# "the " right before a name whose span NER began after it
_LEADING_THE = re.compile(r"\b[Tt]he\s+$")


def _initials_of(words: list[str], keep: bool = False) -> str:
    """Return the initials of ``words``; function words are left out unless ``keep`` ("Bank of
    America" is BA, or BOA with them kept); "&" is never an initial."""
    return "".join(w[0] for w in words if w != "&" and (keep or w not in _INITIAL_SKIP)).upper()


def _initialisms(text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[str, str]:
    """Acronyms the article uses without spelling them out in parentheses, each joined to the
    one organisation it names in full whose initials the acronym is ("the Centers for Disease
    Control ... the CDC requirement"). The initials are those of the name's words other than
    function words; a leading country or demonym ("the Chinese Center for Disease Control and
    Prevention", called "the CDC") and a final "and ..." member ("... and Prevention") may be
    left out, as agencies drop them. The initials may also keep the function words ("Bank of
    America" is BOA) and a "the" before the name ("The Hollywood Reporter" is THR; issue 12
    round 23). An acronym the gazetteer knows ("US") or that two of the article's organisations
    share is left alone.
    """
    names: dict[str, set[str]] = {}
    for start, end, label in candidates:
        words = fold(text[start:end]).replace("-", " ").split()
        if label != "ORG" or len(words) < 2:
            continue
        full = _initials_of(words)
        forms = set()
        if words[0] == "the" or _LEADING_THE.search(text, max(0, start - 4), start):
            # "The Hollywood Reporter ... THR says": a title's leading article is in its
            # initials (issue 12 round 23)
            core = words[1:] if words[0] == "the" else words
            forms |= {"T" + _initials_of(core), "T" + _initials_of(core, keep=True)}
        forms.add(_initials_of(words[1:] if words[0] == "the" else words, keep=True))
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


def _add_acronym_uses(doc_text: str, index: EntityIndex, acronyms: dict[str, str]) -> None:
    """Record later uses of an acronym introduced in parentheses ("MSMT") as mentions."""
    for acr, key in acronyms.items():
        eid = index.by_key(key)
        if eid is None:
            continue
        for m in re.finditer(rf"\b{re.escape(acr)}\b", doc_text):
            if index.lookup(m.start(), m.end()) in (None, eid):
                index.add_mention(eid, Mention(m.start(), m.end(), acr))
