"""hearsay's spaCy components: thin wrappers that set what the trained pipeline cannot know.

``hearsay_paragraphs`` runs before the parser and starts a sentence after every line break:
in news text a line break ends a paragraph, a heading or a credit line, and the small English
parser otherwise runs headings into the next sentence ("... Grows Stronger Secretary Shoigu
also noted ..."), which breaks the attribution of that sentence. It also starts one after a citation mark that
follows a sentence end ("… which Karbouly denied.[2] Karbouly told …"): the parser otherwise
reads the mark as a modifier of the next word and runs the two sentences together. And it keeps a
line's first word in the sentence it opens: under a heading with no full stop the parser sometimes
ended a sentence right after it ("Protests in Panama" / "Maria | Lopez reported …", issue 14 session 21).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Return ``doc`` with ``is_sent_start`` set on the first token after each line break, and unset
    on the token after a line's first word when only a space lies between them (``_runs_on``)."""
    after_break = False
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
            continue
        opens_line = after_break or token.i == 0
        if after_break and token.i > 0 or _after_cited_sentence(doc, token.i):
            token.is_sent_start = True
        if opens_line and _runs_on(doc, token.i):
            doc[token.i + 1].is_sent_start = False
        after_break = "\n" in token.whitespace_
    return doc


def _runs_on(doc: Doc, i: int) -> bool:
    """True when the word opening a line at token ``i`` runs on into the next token of the same line.

    The small parser sometimes ends a sentence right after a line's first word when the line above
    has no full stop ("Protests in Panama" / "Maria | Lopez reported that …"), and NER then misses the
    name; no sentence is one word followed, with no punctuation between, by more of its line.
    """
    token = doc[i]
    return (i + 1 < len(doc) and "\n" not in token.whitespace_ and token.text[:1].isalnum()
            and not doc[i + 1].is_space and doc[i + 1].text[:1].isalnum())


_CITATION = re.compile(r"\[\d{1,3}\]")


def _after_cited_sentence(doc: Doc, i: int) -> bool:
    """True when token ``i`` starts with a capital after ".", "!" or "?" and citation marks ("[2]")."""
    if not doc[i].text[:1].isupper():
        return False
    j = i - 1
    while j >= 0 and _CITATION.fullmatch(doc[j].text):
        j -= 1
    return j < i - 1 and j >= 0 and doc[j].text in {".", "!", "?"}


@Language.factory("hearsay_paragraphs", requires=[], assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):  # type: ignore[no-untyped-def]
    """spaCy factory for the paragraph-boundary component."""
    return mark_paragraph_starts


__all__ = ["make_paragraphs", "mark_paragraph_starts"]
