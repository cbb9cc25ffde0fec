"""hearsay's spaCy components: thin wrappers that set what the trained pipeline cannot know.

``hearsay_paragraphs`` runs before the parser and starts a sentence after every line break:
in news text a line break ends a paragraph, a heading or a credit line, and the small English
parser otherwise runs headings into the next sentence ("... Grows Stronger Secretary Shoigu
also noted ..."), which breaks the attribution of that sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Return ``doc`` with ``is_sent_start`` set on the first token after each line break."""
    after_break = False
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc


@Language.factory("hearsay_paragraphs", requires=[], assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):  # type: ignore[no-untyped-def]
    """spaCy factory for the paragraph-boundary component."""
    return mark_paragraph_starts


__all__ = ["make_paragraphs", "mark_paragraph_starts"]
