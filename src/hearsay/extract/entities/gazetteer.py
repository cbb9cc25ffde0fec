"""The bundled country gazetteer (``lexicon/countries.tsv``, documented in docs/gazetteer.md).

Each alias belongs to one country row and carries its kind: ``name`` (short, official and
abbreviated names), ``capital`` and ``metonym`` (seats of government standing for the
government: Moscow, the Kremlin), ``demonym`` (North Korean, Russians) and ``nickname``
(the Hermit Kingdom). Keys are folded (case, curly quotes, a leading "the") so lookups
ignore typography.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from hearsay import lexicon

_KINDS = ("name", "aliases", "capitals", "demonyms", "metonyms", "nicknames")
_KIND_OF = {"name": "name", "aliases": "name", "capitals": "capital", "demonyms": "demonym", "metonyms": "metonym", "nicknames": "nickname"}


@dataclass(frozen=True, slots=True)
class Country:
    """One gazetteer row."""

    iso3: str
    name: str


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    """A folded alias resolved to its country and the kind of alias it is."""

    country: Country
    kind: str  # name | capital | metonym | demonym | nickname
    alias: str


def fold(text: str) -> str:
    """Return ``text`` folded for alias lookup: lower case, straight quotes, no "the", no "'s"."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").strip()
    text = re.sub(r"^(the)\s+", "", text, flags=re.I)
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.lower().strip(" .,;:")


class Gazetteer:
    """Alias lookup over the country table."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.countries: dict[str, Country] = {}
        self.by_alias: dict[str, GazetteerHit] = {}
        for row in rows:
            country = Country(row["iso3"], row["name"])
            self.countries[country.iso3] = country
            for column in _KINDS:
                for alias in filter(None, (a.strip() for a in row.get(column, "").split("|"))):
                    key = fold(alias)
                    if key and key not in self.by_alias:
                        self.by_alias[key] = GazetteerHit(country, _KIND_OF[column], alias)
        # aliases worth fuzzy matching: long enough that an edit is a typo, not another word.
        # Demonyms are left out ("Taliban" is 86 % like "Italian": issue 12), and a typo is
        # looked for only among aliases with the same first letter (Kreamlin -> Kremlin).
        self.fuzzy_keys: dict[str, list[str]] = {}
        for k, hit in self.by_alias.items():
            if len(k) >= 6 and hit.kind != "demonym":
                self.fuzzy_keys.setdefault(k[0], []).append(k)

    def lookup(self, text: str) -> GazetteerHit | None:
        """Return the hit for an exact (folded) alias, else ``None``.

        An ampersand between two words reads as "and": "Trinidad & Tobago", "Antigua & Barbuda"
        are the countries, as web news writes them (gvdev gv-317237; issue 12 round 33). "AT&T",
        written without spaces, is no such pair.
        """
        key = fold(text)
        hit = self.by_alias.get(key)
        if hit is None and " & " in key:
            hit = self.by_alias.get(key.replace(" & ", " and "))
        return hit

    def lookup_fuzzy(self, text: str, threshold: int) -> GazetteerHit | None:
        """Return the hit for a misspelt alias ("Kreamlin"), or ``None`` below ``threshold``.

        Similarity alone is no proof of a typo: "Portland" is 86 % like "Poland" and "Liberal"
        like "Liberia" (mention audit 1, issue 12). A typo is one slip of the keyboard — one
        letter added, dropped, changed or swapped (two in a name of ten letters or more) — inside
        the word: a word that only adds or drops letters at the end is another word made from the
        name ("the Americas", "the Victorian state government"), not a misspelling of it.
        """
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import DamerauLevenshtein

        key = fold(text)
        if len(key) < 6:
            return None
        slips = 1 if len(key) < 10 else 2
        for alias, _, _ in process.extract(key, self.fuzzy_keys.get(key[0], []), scorer=fuzz.ratio,
                                           score_cutoff=threshold, limit=5):
            if alias.startswith(key) or key.startswith(alias):
                continue
            if DamerauLevenshtein.distance(key, alias) <= slips:
                return self.by_alias[alias]
        return None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the packaged gazetteer, parsed once per process."""
    table = lexicon.load("countries.tsv")
    return Gazetteer([{c: r[c] for c in table.columns} for r in table])


__all__ = ["Country", "Gazetteer", "GazetteerHit", "fold", "load_gazetteer"]
