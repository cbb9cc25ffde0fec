"""Entities: a name that stands for a work or a series named after it ('the talk show "Ellen"',
"the Harry Potter books").

Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from hearsay import lexicon



# nouns that a work's title in quotation marks follows ('the talk show "Ellen"', 'the film "Milk"')
_WORK_NOUNS = frozenset("show series sitcom film movie book novel memoir album song single play musical documentary "
                        "programme program podcast column magazine opera".split())
_OPEN_QUOTE = re.compile(r"\b(\w+)[ \t]*(?:[\"“‘]|``)[ \t]*$")
_CLOSE_QUOTE = re.compile(r"[ \t]*[,.]?[ \t]*(?:[\"”’]|'')")


_QUOTE_MARKS = "\"'`“”‘’ "
_SERIES_AFTER = re.compile(r"(?:[\"”’']|'')?[ \t]+(series|saga|franchise|trilogy|books|novels)\b")


def series_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a series noun right after the name at ``start..end`` ("the Harry Potter
    books", "Meyer's 'Twilight' series"), or None. A mark between them closes a quotation only when
    one opens right before the name: "author Suzanne Collins' trilogy" is a possessive, the author's
    trilogy, and the name stays the person (mention audit 1, ECB+ dev 6_9ecbplus)."""
    found = _SERIES_AFTER.match(text, end)
    if found and found.group(0)[:1] in "\"”’'" and not any(
            0 <= i < len(text) and text[i] in _QUOTE_MARKS.strip() for i in (start - 1, start)):
        return None
    return found


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


# a year or "hit" may stand between the work noun and the title ("the 1999 movie American Pie")
_WORK_NOUN_BEFORE = re.compile(r"\b(\w+)[ \t]+$")


def work_title(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start..end`` (two words or more) is the title of a work: a noun
    for a work stands right before it ("1999 movie American Pie") or names it
    (:func:`_named_work`, :func:`_quoted_work`), quotation marks enclose it ("the `` American Pie
    '' star"), or it is the object of a verb of making or playing in a work
    (``lexicon/work_verbs.txt``: "Weitz co-directed American Pie", "starred in American
    Beauty"). A country's name or demonym inside a title is no mention of the country (mention
    audit 2; issue 12 round 19). NER's label alone is no evidence: it calls a ship ("Indian Naval
    Ship Sukanya", ECB+ 12_5ecbplus) a work as well."""
    text = doc.text
    if len(text[start:end].split()) < 2:
        return False
    if _quoted_work(text, start, end) or _named_work(doc, start, end):
        return True
    before = _WORK_NOUN_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in _WORK_NOUNS:
        return True
    opened = text[max(0, start - 3):start].rstrip(" \t")
    if opened.endswith(("\"", "“", "``", "‘")) and _CLOSE_QUOTE.match(text, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    verbs = lexicon.words("work_verbs.txt")
    if root.dep_ == "dobj" and root.head.lemma_.lower() in verbs:
        return True
    return (root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() in verbs)
