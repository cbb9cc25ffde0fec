"""Entities: a social-media handle beside its owner's name is a mention of that owner.

Web news quotes people by name and account together: "Sthaisy Smith (@Staisy09) considers …",
"lawyer Ulrich Richter (@UlrichRichterM) showed …", and names an account whose letters spell a
name the article gives in full ("… demand that @FelipeCalderon act", after "Felipe Calderón").
NER reads the handle as a name of its own (a person, an organisation, a product), so the article
had two entities for one person (identity labels gvdev gv-317265 "@Staisy09", gv-317709
"@FelipeCalderon"; issue 12 round 33). The handle is a mention of the owner, as an acronym in
brackets is of the organisation it follows.

Two ties, both per article:

1. the handle stands in brackets right after a person's or an organisation's name: "Name
   (@handle)". The brackets make it the name's apposition, whatever its letters;
2. the handle's letters, with case, accents, underscores and digits set aside, are the words of
   one name of the article run together ("@FelipeCalderon", "@javier_duarte"), and of one entity
   only. A handle that spells no name, or two, keeps its own entity ("@agenda507").
"""

from __future__ import annotations

import re
import unicodedata

# a handle as NER or the text writes it: "@" and the account's letters, digits and underscores
_HANDLE = re.compile(r"@\w{1,30}$")
# "Name (@handle": the opening bracket between a name and its handle, spaces allowed
_BRACKET_GAP = re.compile(r"[ \t]?\([ \t]?$")
_NAME_LABELS = frozenset({"PERSON", "ORG"})


def _letters(text: str) -> str:
    """Return ``text`` as bare lower-case letters: accents, digits, underscores and spaces dropped
    ("Felipe Calderón" → "felipecalderon")."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c))


def is_handle(text: str) -> bool:
    """True when ``text`` is one social-media handle and nothing else ("@Staisy09")."""
    return _HANDLE.match(text.strip()) is not None


def handle_owners(text: str, candidates: list[tuple[int, int, str]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Return each handle candidate's span with the span of the name it belongs to: the person's or
    organisation's name right before it in brackets, else the one name of the article (a person's
    or an organisation's, two words or more, before the handle) whose words run together are its
    letters. Handles neither tie reaches are left out."""
    names = [(s, e) for s, e, label in candidates if label in _NAME_LABELS and not is_handle(text[s:e])]
    spelt: dict[str, set[str]] = {}
    for s, e in names:
        if len(text[s:e].split()) >= 2:
            spelt.setdefault(_letters(text[s:e]), set()).add(" ".join(text[s:e].split()).lower())
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for start, end, _label in candidates:
        if not is_handle(text[start:end]):
            continue
        before = [(s, e) for s, e in names if e <= start and _BRACKET_GAP.fullmatch(text, e, start)]
        if before and text.startswith(")", end):
            out[(start, end)] = before[-1]
            continue
        letters = _letters(text[start:end])
        owners = spelt.get(letters, set())
        if len(owners) == 1:
            first = min((s, e) for s, e in names if " ".join(text[s:e].split()).lower() in owners)
            if first[1] <= start:
                out[(start, end)] = first
    return out
