"""Entities: a maker's name with its model designation is the model, not the maker (issue 12 round 35).

"a Boeing 737", "the Airbus A380 landed", "a Vickers VC-10 aircraft", "the FTSE 100 dropped": NER gives
the maker's name alone to an organisation and the designation to a product of its own ("737") or to
no entity at all ("100"). Linked as it stands, the maker's mention joins the company across articles
(round 34's profile: dev 2020's "Boeing", MEANTIME's Airbus and Boeing jets, ECB+'s "Public School
298"). The name keeps its designation in the article, so the ledger meets "Boeing 737" and never the
company through it, while "FTSE 100" still meets "FTSE 100" in the next article by its whole name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# a designation right after the name: letters then digits ("A380", "VC-10", "KC-45", "MS08-067"), or
# three or four digits ("737", "737-800", "3310"), followed by no further digit or number range
# ("101 - 99" is a score, "2,500" an amount)
_DESIGNATION = re.compile(
    r"[ \t](?:[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,2}|\d{3,4}(?:-\d{1,4})?)(?![\w.,'’]?\d)(?![ \t]*[-–][ \t]*\d)\b")
_YEAR = re.compile(r"[ \t](?:1[89]|20)\d\d\b")
# NER types that read the number as something other than a name's part
_NOT_DESIGNATION = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "PERSON", "GPE", "LOC"})


def model_after(doc: Doc, text: str, start: int, end: int) -> int | None:
    """Return where the model designation right after the name at ``start:end`` ends, else ``None``.

    The designation is one space after the name, in its sentence, no year ("Microsoft 2008") and no
    date, amount or other NER reading; a bare number that counts the plural noun after it ("sold
    Boeing 100 planes") is a count, not a model, unless NER itself calls it a product."""
    match = _DESIGNATION.match(text, end)
    if match is None or _YEAR.match(text, end):
        return None
    span = doc.char_span(end + 1, match.end(), alignment_mode="expand")
    name = doc.char_span(start, end, alignment_mode="expand")
    if span is None or name is None or span.sent.start != name.sent.start or span.start != name.end:
        return None
    if any(tok.ent_type_ in _NOT_DESIGNATION for tok in span):
        return None
    first = span[0]
    if first.like_num and first.ent_type_ != "PRODUCT" and first.dep_ == "nummod" \
            and first.head.i > first.i and first.head.tag_ == "NNS":
        return None
    stop = span.end
    while stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].ent_type_ == span[-1].ent_type_ == "PRODUCT":
        stop += 1  # "Boeing 787 Dreamliner": the product NER named goes on past the designation
    if stop < len(doc) and doc[stop].ent_iob_ == "I":
        return None  # the number opens a longer name of another kind; leave it to NER
    return doc[stop - 1].idx + len(doc[stop - 1].text) if stop > span.end else match.end()


def model_label(doc: Doc, text: str, start: int, end: int, stop: int, label: str) -> str:
    """Return the label of the name ``start:end`` with its designation ``end:stop``: a product when NER
    calls the designation one, when it holds letters ("A380", "VC-10"), or when the maker's name is
    one word ("Boeing 737", "FTSE 100"); a longer name keeps its label ("Air France Flight 447",
    "Public School 298": a numbered flight or school, no product)."""
    span = doc.char_span(end + 1, stop, alignment_mode="expand")
    if (span is not None and any(tok.ent_type_ == "PRODUCT" for tok in span)) or any(c.isalpha() for c in text[end:stop]):
        return "PRODUCT"
    return "PRODUCT" if " " not in text[start:end].strip() else label


__all__ = ["model_after", "model_label"]
