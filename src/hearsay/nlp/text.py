"""The text of a parsed document, read once.

spaCy's ``Doc.text`` re-joins every token on each call, so a pass that reads it once per
quotation or per statement costs O(n) each time and O(n²) over a long document. Extractors
read the text through :func:`doc_text`, which keeps it in ``doc.user_data`` after the first call
(:func:`hearsay.nlp.parser.parse_texts` stores it when it parses).
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "hearsay.text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per document."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record ``text`` (equal to ``doc.text``) as the document's text."""
    doc.user_data[_KEY] = text


__all__ = ["doc_text", "remember_text"]
