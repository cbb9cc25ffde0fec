"""Entities: a bare family name in a story that names two people of that family in full.

"Jenkin" in a report on John Jenkin, charged with killing his sister Katie Jenkin, is one of the
two; which one, the text must say. :func:`choose_namesake` reads the signs a reader uses — a
gendered title ("Miss Jenkin"), a pronoun the name is the antecedent of ("Jenkin was due to appear
…, as he was considered a risk"), a title the article wrote before one of the full names ("Deputy
Ortiz" after "Sheriff's Deputy Jerry Ortiz"), the full name written earlier in the same sentence —
and the antecedent an anaphor needs: before a second namesake is named, the bare name can only be
the one already named, and later bare uses with no other sign keep that reading. Where none of
them picks one person, it returns ``None`` and the caller keeps the surname apart (or gives it to
the article's clear subject, as before): it never joins the first or the most frequent namesake by
default (issue 12 round 18, ECB+ dev topics 26 and 32).
"""

from __future__ import annotations

import bisect
import re
import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc

from hearsay.extract.entities._vocabulary import GENERATIONAL_SUFFIXES, _wordlist, titles

# the subject pronouns and possessives that take a singular person as antecedent, with the sex
# they give; object pronouns are left out ("As Ortiz spoke to her": not Ortiz)
_PRONOUN_SEX = {"he": "m", "his": "m", "she": "f", "her": "f"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TITLE_SEX = {"mrs": "f", "ms": "f", "miss": "f", "mme": "f", "madame": "f", "lady": "f",
             "mr": "m", "monsieur": "m", "sir": "m", "lord": "m"}


@functools.lru_cache(maxsize=1)
def _given_sex() -> dict[str, str]:
    """Return each given name of the lexicon with its sex, m or f (a name on both lists has none)."""
    male, female = _wordlist("given_names_male.txt"), _wordlist("given_names_female.txt")
    return {**{w: "m" for w in male - female}, **{w: "f" for w in female - male}}


@dataclass
class Namesakes:
    """The article's full-name mentions of people, by family name, in text order."""

    # family name -> [(start, end, grouping key, title words written before or in the span)]
    sightings: dict[str, list[tuple[int, int, str, frozenset[str]]]] = field(default_factory=dict)
    # family name -> where the text first writes it alone
    first_alone: dict[str, int] = field(default_factory=dict)
    # family name -> the namesake its bare uses were given while that one alone had been named
    settled: dict[str, str] = field(default_factory=dict)

    def owners(self, surname: str) -> list[str]:
        """Return the grouping keys of the people named in full with ``surname``, first named first."""
        return list(dict.fromkeys(key for _, _, key, _ in self.sightings.get(surname, [])))


def _family_name(words: list[str]) -> str:
    for word in reversed(words):
        if word not in GENERATIONAL_SUFFIXES:
            return word
    return words[-1]


def _title_words(text: str) -> frozenset[str]:
    """Return the title words (lexicon/titles.txt) among ``text``'s words, lower-cased."""
    return frozenset(w for w in (x.strip(".,'’s").lower() for x in text.split()) if w in titles())


def collect_namesakes(doc_text: str, sightings: list[tuple[int, int, list[str], str]],
                      alone: list[tuple[int, str]]) -> Namesakes:
    """Return the full-name mentions by family name.

    Args:
        doc_text: the article's text.
        sightings: each full-name mention of a person in text order: its offsets, its name words
            (titles stripped) and the grouping key the article's people are kept under.
        alone: where each one-word name is written, with the word lower-cased.
    """
    out = Namesakes()
    for start, word in alone:
        out.first_alone[word] = min(start, out.first_alone.get(word, start))
    for start, end, words, key in sightings:
        if words[0] == words[-1] or re.search(rf"[a-z] {re.escape(words[0])}(?![\w'’-])", doc_text):
            # "York York", "Career Goode": a heading run into a name, whose first word the prose
            # writes in lower case ("his career"; not a web address's slug), is nobody's given name
            continue
        before = doc_text[max(0, start - 40):start].split()[-3:]
        out.sightings.setdefault(_family_name(words), []).append(
            (start, end, key, _title_words(" ".join(before) + " " + doc_text[start:end])))
    return out


def _pronoun_sex(doc: Doc, start: int, end: int, person_starts: list[int], others: frozenset[str] = frozenset()) -> str | None:
    """Return the sex of the pronoun the name at ``start:end`` is the antecedent of: the name is the
    subject of its clause and the first subject pronoun or possessive after it in the sentence, with
    no other person's name between (``others``: the other family names the article gives in full), is "he"/"his" or "she"/"her"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _SUBJECTS:
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[span.root.sent.start:span.start]):
        return None  # "Jafari said she felt Mohamed had been …, and her hashtag": the pronoun may be hers
    nxt = bisect.bisect_left(person_starts, end)
    limit = person_starts[nxt] if nxt < len(person_starts) else len(doc.text)
    for tok in doc[span.end:span.root.sent.end]:
        if tok.idx >= limit or tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.lower_ in others:
            # another person's family name NER did not tag may be the antecedent: "Gomes was arrested
            # ... in Mendes's apartment ... with her 12-year-old daughter" (merge audit 23, ECB+ 32_2ecb)
            return None
        sex = _PRONOUN_SEX.get(tok.lower_)
        if sex and tok.pos_ == "PRON" and (tok.dep_ in _SUBJECTS or tok.dep_ == "poss"):
            return sex
    return None


def choose_namesake(doc: Doc, doc_text: str, start: int, end: int, surname: str, namesakes: Namesakes,
                    people: dict[str, list[str]], title: str | None, person_starts: list[int]) -> str | None:
    """Return the grouping key of the namesake a bare family name at ``start:end`` refers to, else None.

    Args:
        surname: the mention's one name word, lower-cased.
        people: the article's people by grouping key (their name words).
        title: a gendered title written before the name ("Mr", "Miss"), if any.
        person_starts: where each person's name the NER found starts, sorted.

    Returns:
        the key when the text picks one of two or more people named in full with ``surname``;
        ``None`` when fewer than two are, or nothing in the text tells them apart.
    """
    owners = namesakes.owners(surname)
    if len(owners) < 2:
        return None
    sex = TITLE_SEX.get(title.lower()) if title else None
    others = frozenset(_family_name(words).lower() for words in people.values() if words) - {surname}
    sex = sex or _pronoun_sex(doc, start, end, person_starts, others)
    if sex:
        given = _given_sex()
        owners = [k for k in owners if given.get(people.get(k, k.split())[0], sex) == sex]
        if len(owners) == 1 and given.get(people.get(owners[0], owners[0].split())[0]) == sex:
            return owners[0]  # only when the list knows the given name's sex, not for want of it
        if not owners:
            return None  # "Mrs. Gigante" beside two brothers: a third of the family (the kin rule)
    spoken = _title_words(" ".join(doc_text[max(0, start - 40):start].split()[-2:]) + " " + doc_text[start:end])
    spoken -= set(TITLE_SEX)
    if spoken:
        fits = [k for k in owners if any(spoken & t for _, _, key, t in namesakes.sightings[surname] if key == k)]
        if len(fits) == 1:
            return fits[0]
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is not None:
        s0 = sentence.root.sent.start_char
        here = {key for s, _, key, _ in namesakes.sightings[surname] if s0 <= s < start and key in owners}
        if len(here) == 1:
            return here.pop()  # the one named in full earlier in this sentence
    # an anaphor needs an antecedent: before the second namesake is named, the bare name can only
    # be the one the reader has met ("Gigante died …" long before "Rev. Louis Gigante, his brother")
    earlier = {key for s, _, key, _ in namesakes.sightings[surname] if s < start and key in owners}
    if namesakes.first_alone.get(surname, start) < namesakes.sightings[surname][0][0]:
        return None  # the name stood alone before any full name: its bearer was met another way
    if len(earlier) == 1:
        namesakes.settled[surname] = key = earlier.pop()
        return key
    # a bare name keeps the bearer it was first read as: a story that names a relative later names
    # the relative in full ("Gene Hansbrough said"), not by the family name it gave its subject
    return namesakes.settled.get(surname) if namesakes.settled.get(surname) in owners else None
