"""The entities of one article while it is analysed: one index, changed only through its methods.

Extractors look entities up by character span (:meth:`EntityIndex.lookup`), read them through a
read-only :class:`EntityView`, and add what they learn — a resolved pronoun's mention, a
speaker's role, a country or sector code — through the index's methods; :meth:`EntityIndex.freeze`
returns the immutable records once every extractor has run.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from hearsay import lexicon
from hearsay.model import Entity, Mention

LEADING = re.compile(r"^(the|a|an|this|that|these|those|['’]s)\s+", re.I)
POSSESSIVE = re.compile(r"(['’]s|['’])$")
# a possessive right after a name inside a longer mention ("Lohan's lawyer", "Lohan’ s attorney")
_POSSESSIVE_AFTER = re.compile(r"\s?['’]\s?s?\s+")


@dataclass(slots=True)
class _Draft:
    key: str
    name: str
    type: str
    ids: dict[str, str] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    fixed_name: bool = False
    descriptions: list[Mention] = field(default_factory=list)


class EntityView:
    """A read-only view of one entity of an :class:`EntityIndex`, as extractors see it."""

    __slots__ = ("_draft",)

    def __init__(self, draft: _Draft) -> None:
        self._draft = draft

    @property
    def key(self) -> str:
        return self._draft.key

    @property
    def name(self) -> str:
        return self._draft.name

    @property
    def type(self) -> str:
        return self._draft.type

    @property
    def ids(self) -> Mapping[str, str]:
        return MappingProxyType(self._draft.ids)

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(self._draft.roles)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(self._draft.mentions)


class EntityIndex:
    """The entities of one document while it is being analysed.

    Extractors look entities up by character span and may add mentions (a pronoun resolved
    to a speaker) or entities (a speaker NER missed); :meth:`freeze` returns the records.
    """

    def __init__(self) -> None:
        self._drafts: list[_Draft] = []
        self._by_key: dict[str, int] = {}
        # Every mention, sorted by start (then by order of addition): ``_starts[k]`` is the start
        # of ``_sorted[k] = (start, end, seq, entity index, mention)``. Look-ups bisect into it
        # and read only the mentions that can overlap (no mention is longer than ``_max_len``),
        # so a long document costs O(log n) per look-up instead of a scan of every mention.
        self._starts: list[int] = []
        self._sorted: list[tuple[int, int, int, int, Mention]] = []
        self._seen: set[tuple[int, int, int]] = set()  # (entity index, start, end)
        self._max_len = 0

    # -- building -------------------------------------------------------------------------
    def add(self, key: str, name: str, type_: str, mention: Mention | None = None,
            ids: dict[str, str] | None = None, fixed_name: bool = False) -> str:
        """Add ``mention`` to the entity ``key`` (created if new) and return the entity id."""
        idx = self._by_key.get(key)
        if idx is None:
            idx = len(self._drafts)
            self._drafts.append(_Draft(key, name, type_, dict(ids or {}), fixed_name=fixed_name))
            self._by_key[key] = idx
        draft = self._drafts[idx]
        if ids:
            draft.ids.update({k: v for k, v in ids.items() if k not in draft.ids})
        if mention is not None:
            self._add_mention(idx, mention)
            if not draft.fixed_name and len(clean_mention(mention.text)) > len(draft.name):
                draft.name = clean_mention(mention.text)
        return f"e{idx + 1}"

    def _position(self, entity_id: str) -> int:
        """Return the list position of ``entity_id`` ("e3" -> 2); ids are made only by :meth:`add`."""
        idx = int(entity_id[1:]) - 1
        if not 0 <= idx < len(self._drafts) or entity_id[0] != "e":
            raise KeyError(entity_id)
        return idx

    def _add_mention(self, idx: int, mention: Mention) -> None:
        draft = self._drafts[idx]
        key = (idx, mention.start, mention.end)
        if key in self._seen:
            return
        self._seen.add(key)
        draft.mentions.append(mention)
        seq = len(self._sorted)
        at = bisect.bisect_right(self._starts, mention.start)  # after equal starts: added later
        self._starts.insert(at, mention.start)
        self._sorted.insert(at, (mention.start, mention.end, seq, idx, mention))
        self._max_len = max(self._max_len, mention.end - mention.start)

    def _overlapping(self, start: int, end: int) -> list[tuple[int, int, int, int, Mention]]:
        """Return the mentions overlapping ``start..end``, sorted by start."""
        lo = bisect.bisect_right(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self._sorted[lo:hi] if m[1] > start and m[0] < end]

    def _best(self, start: int, end: int) -> tuple[int, int, int, int, Mention] | None:
        """Return the mention with the largest overlap, then the longest, then the first added."""
        best, best_key = None, (0, 0, 0)
        for m in self._overlapping(start, end):
            s, e, seq = m[0], m[1], m[2]
            key = (min(e, end) - max(s, start), e - s, -seq)
            if key[0] > 0 and (best is None or key > best_key):
                best, best_key = m, key
        return best

    def first_mention_of(self, entity_id: str, start: int, end: int) -> Mention | None:
        """Return the earliest-added mention of ``entity_id`` overlapping ``start..end``, else None."""
        idx = self._position(entity_id)
        found = [m for m in self._overlapping(start, end) if m[3] == idx]
        return min(found, key=lambda m: m[2])[4] if found else None

    def add_mention(self, entity_id: str, mention: Mention) -> None:
        """Record another mention (e.g. a resolved pronoun) of an existing entity."""
        self._add_mention(self._position(entity_id), mention)

    def add_description(self, entity_id: str, mention: Mention) -> None:
        """Record a role description the parse links to the entity ("lawyer" in "lawyer Mark
        Heller"). It is no key and no name, and extractors never look it up (a name inside it,
        "Mafia" in "Mafia boss", keeps answering for itself); :meth:`freeze` adds it to the
        mentions where no other entity's mention covers it (issue 12 round 20)."""
        draft = self._drafts[self._position(entity_id)]
        if all((m.start, m.end) != (mention.start, mention.end) for m in draft.descriptions):
            draft.descriptions.append(mention)

    def add_role(self, entity_id: str, role: str) -> None:
        """Record a role ("Secretary of the Russian Security Council") on an entity."""
        role = re.sub(r"\s+", " ", role).strip(" ,")
        draft = self._drafts[self._position(entity_id)]
        if role and role.lower() not in {r.lower() for r in draft.roles}:
            draft.roles.append(role)

    def set_type(self, entity_id: str, type_: str) -> None:
        """Settle the entity's type (the label NER gave most of its mentions)."""
        self._drafts[self._position(entity_id)].type = type_

    def set_name(self, entity_id: str, name: str) -> None:
        """Name the entity ``name`` for good (a team's full name from a rule table)."""
        draft = self._drafts[self._position(entity_id)]
        draft.name, draft.fixed_name = name, True

    def set_id(self, entity_id: str, scheme: str, value: str) -> None:
        """Attach an outside identifier or code (``iso3``, ``sector`` ...) to an entity."""
        self._drafts[self._position(entity_id)].ids.setdefault(scheme, value)

    # -- reading --------------------------------------------------------------------------
    def lookup(self, start: int, end: int) -> str | None:
        """Return the id of the entity whose mention best overlaps ``start..end``, else None.

        The mention with the largest overlap wins; ties go to the longer mention, so the
        organisation "the Russian Security Council" wins over the nested "Russian" (then to the
        mention added first).
        """
        best = self._best(start, end)
        return None if best is None else f"e{best[3] + 1}"

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Return ``(start, end, entity id)`` of every mention inside ``start..end``, in order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_right(self._starts, end)
        found = [(s, e, f"e{i + 1}") for s, e, _seq, i, _m in self._sorted[lo:hi] if e <= end]
        return sorted(found)

    def entity(self, entity_id: str) -> EntityView:
        """Return a read-only view of an entity (key, name, type, ids, roles, mentions).

        Extractors change an entity only through :meth:`add`, :meth:`add_mention`,
        :meth:`add_role` and :meth:`set_id`, so every change goes through one place.
        """
        return EntityView(self._drafts[self._position(entity_id)])

    def by_key(self, key: str) -> str | None:
        """Return the id of the entity with grouping key ``key``, if any."""
        idx = self._by_key.get(key)
        return None if idx is None else f"e{idx + 1}"

    def ids(self) -> list[str]:
        """Return every entity id, in order of creation."""
        return [f"e{i + 1}" for i in range(len(self._drafts))]

    def freeze(self) -> tuple[Entity, ...]:
        """Return the finished, immutable entity records (mentions in text order)."""
        out = []
        described = self._descriptions()
        for i, d in enumerate(self._drafts):
            own = [self._without_possessor(i, m) for m in d.mentions]
            mentions = tuple(sorted([*own, *described.get(i, [])], key=lambda m: (m.start, m.end)))
            aliases: list[str] = []
            for m in mentions:
                a = clean_mention(m.text)
                if a and a != d.name and a not in aliases and not _is_pronoun(a):
                    aliases.append(a)
            out.append(Entity(f"e{i + 1}", d.name, d.type, tuple(aliases), tuple(d.roles), mentions, dict(d.ids)))
        return tuple(out)

    def _descriptions(self) -> dict[int, list[Mention]]:
        """Return the description mentions :meth:`freeze` adds, by entity position: each one
        claimed by one entity only, overlapping no mention but names that lie inside it."""
        claims: dict[tuple[int, int], set[int]] = {}
        for i, d in enumerate(self._drafts):
            for m in d.descriptions:
                claims.setdefault((m.start, m.end), set()).add(i)
        out: dict[int, list[Mention]] = {}
        for i, d in enumerate(self._drafts):
            for m in d.descriptions:
                if len(claims[(m.start, m.end)]) > 1:
                    continue  # two people claim one description: the parse does not say whose
                if any(o[3] == i or o[0] < m.start or o[1] > m.end or (o[0], o[1]) == (m.start, m.end)
                       for o in self._overlapping(m.start, m.end)):
                    continue  # already a mention (of this or another entity), or crossing one
                out.setdefault(i, []).append(m)
        return out

    def _without_possessor(self, idx: int, mention: Mention) -> Mention:
        """Return a description's mention without a possessor that is another entity's name.

        "Lindsay Lohan's lawyer" (a speaker the statements step describes) is the lawyer; the
        possessor "Lindsay Lohan" is Lohan's own mention, and the description's mention starts
        after the possessive, so the two mentions no longer overlap (issue 12 round 20).
        Only where the mention's last word is written in lower case (a common noun heads it).
        """
        words = mention.text.split()
        if len(words) < 2 or not words[-1][:1].islower():
            return mention
        for o in self._overlapping(mention.start, mention.end):
            if o[3] == idx or o[0] != mention.start or o[1] >= mention.end:
                continue
            rest = mention.text[o[1] - mention.start:]
            marker = _POSSESSIVE_AFTER.match(rest)
            if marker is not None and marker.end() < len(rest):
                start = mention.start + (o[1] - mention.start) + marker.end()
                return Mention(start, mention.end, mention.text[start - mention.start:], mention.page)
        return mention





@functools.lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(r["pronoun"] for r in lexicon.load("pronouns.tsv"))


def _is_pronoun(text: str) -> bool:
    return text.lower() in _pronouns()


def clean_mention(text: str) -> str:
    """Return a mention's text without a leading determiner or trailing possessive."""
    text = LEADING.sub("", text.strip())
    return POSSESSIVE.sub("", text).strip()


__all__ = ["LEADING", "POSSESSIVE", "EntityIndex", "EntityView", "clean_mention"]
