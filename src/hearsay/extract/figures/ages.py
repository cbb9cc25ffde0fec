"""Ages of named people: "Robert Buckley, 32," and "32-year-old Robert Buckley" state an age (issue 13).

Reports of one event often give a victim's or suspect's age differently; the number reader gives
no figure for either shape (a bare number after a name, a number hyphenated to "year-old").
Only these shapes are read, each tied to a PERSON entity's mention in the same clause:

- "<Person>, 32," / "<Person>, 32." / "<Person> (32)" / "<Person>, aged 32," — the age right after the name;
- "32-year-old <Person>", "a 32 - year - old Englishman <Person>" — at most two words between
  "old" and the name, none of them a punctuation mark (an apposition noun or a nationality).

"a 32-year-old British climber," names nobody: no figure. An age above 120 or a number followed by
more digits ("Smith, 32, 45 and 60", a list) is left out. The figure's value is in years of age, its
quantity is "age of <the person's name in this article>", its subject the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from hearsay.model import Figure, Mention

AGE_RULE = "age of a named person"
AGE_PREFIX = "age of "
_AFTER_NAME = re.compile(r"\s?(?:,\s?(?:aged\s+)?(?P<a>\d{1,3})\s?(?=[,.;:](?!\s?\d)|$)|\(\s?(?:aged\s+)?(?P<b>\d{1,3})\s?\))")
_YEAR_OLD = re.compile(r"(?<![\d.,])(?P<age>\d{1,3})\s?[-–]\s?years?\s?[-–]\s?old\s+(?P<between>(?:[A-Za-z][\w’'.-]*\s+){0,2}?)$")
_MAX_AGE = 120
# A word ending a sentence between "old" and the name ("raped a 15-year-old girl. Daniel Villa posted bail"); a title's
# dot ("Dr.", "Sgt.") is no sentence end.
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSgt)(?<!\bLt)(?<!\bGov)(?<!\bSen)(?<!\bRep)"
                           r"(?<!\bCapt)(?<!\bProf)\.\s")


class Person(NamedTuple):
    """A PERSON entity of the article: its id, its name in this article, its mentions."""

    id: str
    name: str
    mentions: Sequence[Mention]


def _ok(value: int) -> bool:
    return 0 < value <= _MAX_AGE


def find_ages(text: str, people: Iterable[Person], taken: Iterable[tuple[int, int]] = ()) -> list[Figure]:
    """Return an age figure (ids left empty) for each age written next to a mention of one of ``people``, outside ``taken``."""
    spans = list(taken)
    out: list[Figure] = []
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, value: int, person: Person) -> None:
        if (start, end) in seen or any(s < end and start < e for s, e in spans):
            return
        seen.add((start, end))
        out.append(Figure(id="", text=text[start:end], start=start, end=end, value=float(value), low=float(value),
                          high=float(value), quantity=AGE_PREFIX + person.name, unit="years", subject=person.id,
                          rule=AGE_RULE))

    for person in people:
        for m in person.mentions:
            if not set(m.text.split()) & set(person.name.split()):
                continue  # a pronoun ("He, 32,") or a description ("the climber") is no name
            after = _AFTER_NAME.match(text, m.end)
            if after:
                group = "a" if after.group("a") else "b"
                if _ok(int(after.group(group))):
                    add(after.start(group), after.end(group), int(after.group(group)), person)
            before = _YEAR_OLD.search(text, max(0, m.start - 60), m.start)
            if before and not re.search(r"[,;:()]", before.group("between")) and not _SENTENCE_END.search(before.group("between")):
                if _ok(int(before.group("age"))):
                    end = len(text[:before.start("between")].rstrip())  # "32 - year - old", without the space
                    add(before.start("age"), end, int(before.group("age")), person)
    return sorted(out, key=lambda f: f.start)


__all__ = ["AGE_PREFIX", "AGE_RULE", "Person", "find_ages"]
