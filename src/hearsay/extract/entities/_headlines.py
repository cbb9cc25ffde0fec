"""Entities: title-case headline lines, and cutting a headline's NER span back to the name in it.

:func:`_trim_headline_spans` is the entry point; :class:`_Ordinary` tells a headline's ordinary words
from a name's. Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from hearsay.extract.entities.gazetteer import fold
from hearsay.paragraphs import paragraph_at
from hearsay.extract.entities._vocabulary import _FUNCTION_WORDS, _given_names


def _prose(text: str, offset: int) -> bool:
    """True when ``offset`` lies in a paragraph of sentences, not a headline or a caption line."""
    start, end = paragraph_at(text, offset)
    return text[start:end].rstrip()[-1:] in {".", "!", "?", '"', "”", "’", "'", ")"}


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
                    if (nxt[:1].isupper() and nxt.isalpha() and not ordinary(nxt) and names.get(fold(nxt), "PERSON") == "PERSON"
                            and not _headline_verb(doc, s + words[1].start(), s + words[1].end())):  # "Colts Beat Chiefs"
                        cut = (s, s + words[1].end(), "PERSON")
            elif tail in names:
                cut = (s + words[len(words) - k].start(), e, names[tail])
            if cut:
                break
        if cut is None:
            # "Negotiations for HUNGER GAMES Sequel": the name the prose gives, inside the span
            cut = _inner_name(text, s, words, names, in_prose)
        if cut is None and label not in {"GPE", "LOC", "FAC"}:
            ordinary = ordinary or _Ordinary(doc, text)
            cut = _cut_at_verb(doc, text, s, words, names, ordinary)
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
                person = label == "WORK_OF_ART" and (given or _person_in_prose(doc, text, text[cs:ce]))
                cut = (cs, ce, names.get(name) or ("PERSON" if person else label))
        cs, ce, clabel = cut or (s, e, label)
        clabel = clabel or label
        if clabel not in {"GPE", "LOC", "FAC"} and _headline_clause(text, cs, ce):
            continue  # "Teen Arrested in Shooting of Hero Brooklyn Mom": NER took the headline for a name
        out.append((cs, ce, clabel))
    return sorted(set(out))


# dependants only a verb takes: a headline word with one of these is its clause's verb
_VERB_DEPENDANTS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg"})


def _headline_verb(doc: Doc, start: int, end: int) -> bool:
    """True when the headline word at ``start:end`` is a verb by the parse: tagged a verb, or taking
    a subject, an object, an auxiliary or a negation ("Colts Beat Chiefs": *Beat* has both); or a
    third-person form (*-s*) whose head a capitalised preposition right after it depends on
    ("Lohan Checks Into Rehab": title case leaves the parser calling *Checks* a proper noun, but a
    name is not followed by "Into", which title case capitalises and names write in lower case)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.pos_ in {"VERB", "AUX"} or any(c.dep_ in _VERB_DEPENDANTS for c in tok.children):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (tok.lower_.endswith("s") and not tok.lower_.endswith("ss") and nxt is not None
            and nxt.tag_ in {"IN", "RP"} and nxt.head.i == tok.i and nxt.text[:1].isupper()
            and nxt.lower_ in _FUNCTION_WORDS)


def _cut_at_verb(doc: Doc, text: str, start: int, words: list[re.Match[str]], names: dict[str, str],
                 ordinary: _Ordinary) -> tuple[int, int, str] | None:
    """Return a headline span cut before its first verb ("Lindsay Lohan Checks Into Rehab" →
    "Lindsay Lohan", "Colts Beat Chiefs" → "Colts"), when the words before it are a name by the
    article's own evidence: a name it has as a candidate, every word capitalised inside a sentence
    of its body ("the Colts"), or a given name and one capitalised word (issue 12 round 21: ECB+ dev
    1_4ecbplus and 1_6ecbplus name Lohan in full only in their headlines). A verb that opens the
    span is left to the edge trimming; the label is the candidate's, else a given name's PERSON,
    else None (the caller keeps the span's)."""
    for k in range(1, len(words)):
        if not _headline_verb(doc, start + words[k].start(), start + words[k].end()):
            continue
        before = [w.group().strip(".,:;!?\"“”‘’'()") for w in words[:k]]
        end = start + words[k - 1].end()
        if not all(w[:1].isupper() and w.isalpha() for w in before):
            return None
        name = fold(text[start:end])
        if name in names:
            return (start, end, names[name])
        if len(before) == 2 and before[0].lower() in _given_names():
            return (start, end, "PERSON")
        if all(w.lower() in ordinary.capitalised for w in before):
            return (start, end, "")
        return None
    return None


def _inner_name(text: str, start: int, words: list[re.Match[str]], names: dict[str, str],
                in_prose: set[str]) -> tuple[int, int, str] | None:
    """Return the longest run of two or more words strictly inside a headline span that the
    article's prose names on its own ("Negotiations for [HUNGER GAMES] Sequel", "'[Hunger Games]'
    Sequel" where the body writes "The Hunger Games"), or None."""
    best: tuple[int, int, str] | None = None
    n = len(words)
    for i in range(n):
        for j in range(n, i + 1, -1):
            if (i, j) == (0, n) or (best and j - i <= len(text[best[0]:best[1]].split())):
                continue
            run = text[start + words[i].start():start + words[j - 1].end()]
            folded = fold(run.strip("'\"“”‘’"))
            if folded in in_prose and all(w[:1].isupper() for w in re.findall(r"[A-Za-z]\S*", run)):
                lead = len(run) - len(run.lstrip("'\"“”‘’"))
                tail = len(run.rstrip("'\"“”‘’"))
                best = (start + words[i].start() + lead, start + words[i].start() + tail, names[folded])
    return best


# personal pronouns that refer back to one person, not to a work or a company
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _person_in_prose(doc: Doc, text: str, name: str) -> bool:
    """True when the article's prose uses ``name`` as a person: the subject of its clause, with
    "he" or "she" (him, her, his ...) after it in the same sentence and no other person's name
    between ("Lindsay Lohan has checked out of the Betty Ford Treatment Center ..., but she's not in
    the clear yet"). A title NER read as a work of art for a whole headline ("Lindsay Lohan Checks
    Out Of ...") loses its label when it is cut back to the name; this is the parse's evidence
    that the name left is a person's, whatever list of given names it is on (issue 12 round 16:
    ECB+ dev 1_20ecbplus had joined "Lindsay Lohan" to no other article).
    """
    for found in re.finditer(re.escape(name) + r"\b", text):
        if not _prose(text, found.start()) or _title_case_line(text, found.start()):
            continue
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is None or not any(tok.dep_ in {"nsubj", "nsubjpass"} for tok in span):
            continue  # (the last word: a sentence split may leave the given name apart, as in 1_20ecbplus)
        sent = span[-1].sent
        for tok in doc[span.end:sent.end]:
            if tok.ent_type_ == "PERSON":
                break  # another person's name comes first: the pronoun may be theirs
            if tok.lower_ in _PERSONAL_PRONOUNS and tok.pos_ == "PRON":
                return True
    return False


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
