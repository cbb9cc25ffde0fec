"""Speaker phrases: where the phrase headed by a source token begins and ends, the entity named in
it or by it, the author a document noun names, and a new entity for a phrase that names none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from hearsay import lexicon

from hearsay.extract.statements._antecedents import _Antecedents
from hearsay.extract.statements._cues import cue_entry
from hearsay.extract.statements._group_antecedents import group_nouns
from hearsay.extract.statements._sources import one_of_people
from hearsay.extract.statements._speaker_lexicon import _SPEAKER_TYPES, given_names, speaker_nouns
from hearsay.model import Mention
from hearsay.nlp.text import doc_text


_PHRASE_LEFT = {"compound", "amod", "nmod", "poss", "nummod", "det", "case", "quantmod", "npadvmod"}
_PHRASE_RIGHT_PREP = {"of", "for", "at", "from", "with", "by", "in", "within", "inside"}
_RESTRICTIVE_MAX = 6  # words of a restrictive clause kept in an unnamed speaker's name


def _name_shaped(tok: Token) -> bool:
    """True when ``tok`` heads a personal name: two to four capitalised proper nouns, nothing else."""
    words = [t for t in tok.subtree if not t.is_punct]
    return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ in {"compound", "appos", "flat"}
                                        or t is tok for t in words) and all(t.pos_ == "PROPN" for t in words)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved speaker: entity id and the mention in the text."""

    entity: str
    text: str
    start: int
    end: int
    how: str  # name | pronoun | description | document | new
    on_behalf: str | None = None  # entity id: the organisation a named spokesperson speaks for
    why: str | None = None  # a pronoun's or description's antecedent: the scored choice, as one line


_AUTHOR_PREPS = frozenset({"by", "from"})
_NOT_AUTHORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _document_author(tok: Token) -> Token | None:
    """Return the author a document noun names ("figures released by NPD", "a statement from X")."""
    for c in tok.children:
        link: Token | None = None
        if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS:
            link = c
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "figures released April 3 by NPD Group"
            link = next((g for g in c.children if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by"), None)
        if link is None:
            continue
        obj = next((g for g in link.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in {"NOUN", "PROPN"} and obj.ent_type_ not in _NOT_AUTHORS:
            return obj
    return None


def _under_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` is, or lies inside, a relative or participle clause below ``top``."""
    while tok.i != top.i:
        if tok.dep_ in {"relcl", "acl"}:
            return True
        tok = tok.head
    return False


# a name, then the language of the page it links to: "Kaos en la red[es]", "La opinión Panamá [es]"
_LANGUAGE_MARKED = re.compile(r"([^\[\],.;:!?()\"“”\n]{1,60}?)\s?\[[a-z]{2,3}(?:-[A-Za-z]{2,4})?\]")

_TITLE_LINKS = frozenset({"from", "of", "for", "in", "on"})
# the words a name in another language holds between its capitalised ones ("Kaos en la red", "La opinión Panamá")
_NAME_INNER = frozenset({"X", "ADP", "DET", "PROPN", "NOUN", "ADJ", "CCONJ"})


class _Phrases(_Antecedents):
    """Phrase bounds and the entities named inside or by a speaker phrase."""

    def _titled_name(self, tok: Token) -> Resolved | None:
        """Return the name of a blog or publication titled like a phrase, else None.

        "Notes from the Cuban Exile Quarter provides …", "…, Notes from the Exile Quarter posts …"
        (statements-gv2012, issue 14 round 42): a capitalised noun with no determiner, no role
        noun, and a "from"/"of"/"for"/"in"/"on" phrase right after it whose words are all capitalised
        but "the" is a title, its whole; NER typed only a part or none of it ("Notes").
        """
        if tok.pos_ not in {"NOUN", "PROPN"} or not tok.text[:1].isupper() or tok.ent_type_ not in {"", "ORG"} or self.in_quote[tok.i]:
            return None
        low = tok.lemma_.lower()
        if not tok.ent_type_ and (low in speaker_nouns() or tok.lower_ in speaker_nouns() or low in group_nouns()):
            # "Officials from the Interior Ministry", "Lawmakers in Congress" (a plural of people,
            # lexicon/group_nouns.txt; issue 14 round 46): a description, not a title, even when
            # the sentence's first word is capitalised
            return None
        if not tok.ent_type_ and any(c.dep_ in {"det", "poss"} for c in tok.children):
            return None  # "the notes from …": a description; a named body keeps its owner ("the government's")
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _TITLE_LINKS), None)
        if prep is None:
            return None
        words = list(prep.subtree)
        cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
        words = words[:cut]  # "…, which demanded …": a clause on the last word is no part of the name
        if words[-1].i - words[0].i + 1 != len(words) or words[-1].pos_ != "PROPN":
            return None
        if not all(t.lower_ in {"the", "of", "and"} or t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"} for t in words[1:]):
            return None
        if tok.ent_type_ and (words[-1].ent_type_ != "ORG" or not any(t.ent_iob_ == "B" for t in words)):
            # "Federal Service for the Financial Markets", NER's two halves of one name; a name NER
            # has whole ("the Ministry of Defence") is ``_named``'s
            return None
        first = tok
        while first.i > 0 and (prev := self.doc[first.i - 1]).dep_ == "compound" and prev.head.i == tok.i and prev.pos_ == "PROPN":
            first = prev
        lo, hi = first.idx, words[-1].idx + len(words[-1])
        name = doc_text(self.doc)[lo:hi]
        eid = self.entities.add("name:" + name.lower(), name, "ORG", Mention(lo, hi, name))
        return Resolved(eid, name, lo, hi, "name")

    def _language_marked(self, tok: Token) -> Resolved | None:
        """Return the whole name a language mark closes when source ``tok`` lies in it, else None.

        Web news follows a linked source with the language of its page ("Kaos en la red[es]
        indicates …", "…, explained La opinión Panamá [es]:"; statements-gv2012, issue 14 round
        42). The name is often in that language, and the parser and NER cut it ("Kaos", "Panamá"):
        the words from the source phrase's first word to the mark, all capitalised or
        foreign-tagged words and the small words between them, are its name.
        """
        if tok.pos_ not in {"PROPN", "NOUN", "X"} or self.in_quote[tok.i]:
            return None
        text = doc_text(self.doc)
        lo = tok.left_edge.idx
        m = _LANGUAGE_MARKED.match(text, lo)
        if m is None:
            return None
        name = m.group(1).strip()
        hi = lo + len(name)
        if not tok.idx < hi or not name[:1].isupper():
            return None
        words = [t for t in self.doc.char_span(lo, hi, alignment_mode="expand") or [] if not t.is_punct]
        if not 1 <= len(words) <= 6 or len(words) == 1 and tok.ent_type_:
            return None  # one word NER has already named: nothing to put back
        if words[0].is_stop or not all(t.text[:1].isupper() or t.tag_ == "FW" or t.pos_ in _NAME_INNER for t in words):
            return None  # "The local newspaper El Diario [es]": a description before the name
        if words[-1].pos_ not in {"PROPN", "X"} and words[-1].tag_ != "FW" and not words[-1].text[:1].isupper():
            return None
        type_ = "PERSON" if tok.ent_type_ == "PERSON" and len(words) <= 3 and all(t.pos_ == "PROPN" for t in words) else "ORG"
        eid = self.entities.lookup(lo, hi)
        if eid is not None and self.entities.entity(eid).name == name:
            return Resolved(eid, name, lo, hi, "name")
        eid = self.entities.add("name:" + name.lower(), name, type_, Mention(lo, hi, name))
        return Resolved(eid, name, lo, hi, "name")

    def _named(self, tok: Token) -> Resolved | None:
        start, end = tok.idx, tok.idx + len(tok)
        eid = self.entities.lookup(start, end)
        if eid is None or self.entities.entity(eid).type not in _SPEAKER_TYPES | {"FAC", "PRODUCT", "LOC", "WORK_OF_ART", "EVENT", "LAW"}:
            return None
        m = self.entities.first_mention_of(eid, start, end)
        if m is not None:
            return self._with_country(self._with_given_name(Resolved(eid, m.text, m.start, m.end, "name")))
        return Resolved(eid, tok.text, start, end, "name")

    def _with_country(self, found: Resolved) -> Resolved:
        """Return an organisation's name with the country that owns it kept in front.

        "In 2017, Taiwan's Constitutional Court … said …": the court is Taiwan's, and its bare name
        ("Constitutional Court") names a different body in every country; like "the UK government"
        (the phrase kept, ``_description``), the speaker's text keeps the possessive country right
        before the name (statements-wn2019 dev wn2019-060; issue 14 round 40). The entity is unchanged.
        """
        if self.entities.entity(found.entity).type != "ORG":
            return found
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None or not len(span):
            return found
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i < span.start), None)
        if owner is None or owner.ent_type_ != "GPE" or owner.pos_ != "PROPN" or self.in_quote[owner.i]:
            return found
        between = self.doc[owner.i + 1:span.start]
        if any(t.dep_ != "case" for t in between):
            return found  # only "Taiwan's" right before the name
        lo = owner.left_edge.idx
        return Resolved(found.entity, doc_text(self.doc)[lo:found.end], lo, found.end, found.how, found.on_behalf, found.why)

    def _with_given_name(self, found: Resolved) -> Resolved:
        """Return a person's name with the given name NER left out of it put back in front.

        "Carmen Yulín Cruz, the mayor of San Juan, said …": the recogniser's PERSON span began at
        "Yulín", so the speaker was named "Yulín Cruz". A capitalised proper noun right before the
        mention, outside any entity and any quotation, that the parser makes a compound of the same
        name and that ``lexicon/given_names_*.txt`` lists, is the name's first word: a given name
        opens a personal name (issue 14 round 40: ranks and affiliations stay out of a name, the
        person's own name stays whole). The longer form is added as a mention, so the entity
        carries it as an alias.
        """
        if self.entities.entity(found.entity).type != "PERSON":
            return found
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None or not len(span) or span.start == 0:
            return found
        prev = self.doc[span.start - 1]
        if (prev.tag_ != "NNP" or prev.ent_type_ or not prev.text[:1].isupper() or prev.dep_ not in {"compound", "flat"}
                or prev.head.i not in range(span.start, span.end) or self.in_quote[prev.i]
                or given_names().get(prev.lower_) is None):
            return found
        if self.entities.lookup(prev.idx, prev.idx + len(prev)) is not None:
            return found
        lo = prev.idx
        text = doc_text(self.doc)[lo:found.end]
        self.entities.add_mention(found.entity, Mention(lo, found.end, text))
        return Resolved(found.entity, text, lo, found.end, found.how, found.on_behalf, found.why)

    def _entity_inside(self, tok: Token, types: set[str]) -> tuple[str, str, int, int] | None:
        """Return the entity of one of ``types`` named inside the phrase headed by ``tok``."""
        lo, hi = self._phrase_bounds(tok, with_preps=True)
        best = None
        for s, e, eid in self.entities.mentions_in(lo, hi):
            etype = self.entities.entity(eid).type
            if etype not in types:
                continue
            rank = {"ORG": 0, "PERSON": 1, "GPE": 2, "NORP": 3}.get(etype, 4)
            if best is None or rank < best[0]:
                best = (rank, eid, doc_text(self.doc)[s:e], s, e)
        return None if best is None else best[1:]

    def _adjective_at(self, start: int) -> bool:
        """True when the name starting at ``start`` is an adjective ("Greek", "Italian"), not a noun."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].pos_ == "ADJ" and span[0].dep_ == "amod"

    def _modifies_other_noun(self, tok: Token, end: int) -> bool:
        """True when the name ending at ``end`` modifies a noun of an of-phrase under ``tok``
        ("a group of Washington politicians"), not ``tok`` itself or the object of its preposition."""
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None:
            return False
        name = span[0]
        head = name.head
        return (name.dep_ in {"compound", "amod", "nmod"} and head.i != tok.i and head.pos_ == "NOUN"
                and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == tok.i)

    def _only_possessor(self, tok: Token, start: int) -> bool:
        """True when the entity at ``start`` is the possessor of the phrase headed by ``tok``."""
        for c in tok.children:
            if c.dep_ == "poss" and c.left_edge.idx <= start <= c.idx:
                return True
        return False

    def _named_in_complement(self, tok: Token, start: int, end: int) -> bool:
        """True when the name at ``start``..``end`` is, whole, the object of a preposition hung on the
        phrase headed by ``tok``, reached through preposition and object links only ("Friends of
        Kathryn Jenkin", "an attorney for Lindsay Lohan", "Residents at the village of Gavarzin",
        "Politicians in Germany").

        "Whole": nothing before the name in its own phrase but a determiner, so a title chain that
        ends in a name ("chairman of Toyota Motor Sales USA Jim Press") is not one.
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        name = span.root
        if any(c.i < span.start and c.dep_ != "det" for c in name.lefts):
            return False
        obj = name
        for _ in range(3):
            prep = obj.head
            if obj.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PHRASE_RIGHT_PREP:
                return False
            if prep.head.i == tok.i:
                return True
            obj = prep.head
        return False

    def _names_a_body(self, tok: Token, start: int, end: int) -> bool:
        """Return True when the name at ``start``..``end`` is a compound modifier of an organisation's
        head noun (lexicon/organisation_heads.txt) that heads the phrase of ``tok`` or is the object of
        a preposition on it: "Surrey police",
        "the Obama administration" name a body by a place or a person, and the body speaks, not
        the person the tagger may have taken the name for (issue 14 round 27, statements-rich7
        14_9ecb: NER typed "Surrey" a person and the police statement went to it).
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        body = root.head
        if root.dep_ != "compound" or body.pos_ != "NOUN" or body.i < span.end:
            return False
        head = body.lemma_.lower()
        if head not in lexicon.words("organisation_heads.txt") and head not in lexicon.words("governing_bodies.txt"):
            # governing_bodies.txt: "the Obama administration said" is the administration's (issue 14 round 28)
            return False
        # the body heads the phrase, or is the object of a preposition on it ("a statement from
        # Surrey police")
        return body.i == tok.i or (body.dep_ == "pobj" and body.head.dep_ == "prep" and body.head.head.i == tok.i)

    def _names_a_governing_body(self, tok: Token, start: int, end: int) -> bool:
        """Return True when the name at ``start``..``end`` modifies a governing body's noun heading
        the phrase (lexicon/governing_bodies.txt): "the Trump campaign", "the Obama administration"
        are the body's whatever type NER gave the name (issue 14 round 28)."""
        if not self._names_a_body(tok, start, end):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.head.lemma_.lower() in lexicon.words("governing_bodies.txt")

    def _definite(self, tok: Token) -> bool:
        return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"} for c in tok.children)

    def _phrase_bounds(self, tok: Token, with_preps: bool) -> tuple[int, int]:
        lo, hi = tok.i, tok.i
        for c in tok.lefts:
            if c.dep_ in _PHRASE_LEFT or c.dep_ == "punct" and c.text in "()":
                lo = min(lo, c.left_edge.i)
        if with_preps:
            for c in tok.rights:
                if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and not any(
                        d.dep_ in {"relcl", "acl"} and d.i < c.i for d in tok.rights):  # "the president and CEO Louis Gallois"
                    # never past or into a clause describing a conjunct ("a studio saying … and an
                    # entertainment magazine claiming Chris Weitz is …": neither Weitz nor the
                    # magazine is the studio; issue 14 round 14, statements-rich5)
                    hi = max(hi, max(t.i for t in c.subtree if not _under_clause(t, c)))
                elif c.dep_ == "prep" and c.lower_ in _PHRASE_RIGHT_PREP or c.dep_ in {"compound", "nmod", "appos"} and c.i == hi + 1:
                    hi = max(hi, c.right_edge.i)
                elif c.dep_ == "punct" and c.text == ")":
                    hi = max(hi, c.i)
        doc = self.doc
        while lo < tok.i and (doc[lo].lower_ in {"the", "a", "an"} or doc[lo].is_punct):
            lo += 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi])

    def _restrictive_clause_end(self, tok: Token, hi: int) -> int | None:
        """Return where a restrictive relative or participle clause right after the phrase ends, else None.

        "The officer who fired the shot says …", "Groups representing Uzbeks, the nation's largest
        minority, complained …": a clause with no comma before it picks out whom the noun means, so
        an unnamed speaker is named with it (issue 14 round 26: a speaker span cut). Only a short one
        (up to ``_RESTRICTIVE_MAX`` words, no punctuation or quotation in it), never a cue verb's
        clause ("an official who said …"); used for the name of a new entity only, so no name inside
        the clause becomes a speaker candidate.
        """
        doc = self.doc
        for c in tok.rights:
            if c.dep_ not in {"relcl", "acl"} or c.left_edge.idx < hi or cue_entry(c) is not None:
                continue
            first = c.left_edge.i
            if first == 0 or doc[first - 1].is_punct:
                continue  # "officials, who …": a comma makes the clause non-restrictive
            words = list(doc[first:c.right_edge.i + 1])
            if len(words) > _RESTRICTIVE_MAX or any(t.is_punct or t.is_space or self.in_quote[t.i] for t in words):
                return None  # a long clause, or one with punctuation or a quotation in it, is left out whole
            if words[-1].pos_ in {"ADP", "CCONJ", "SCONJ", "DET", "AUX", "PART"}:
                return None  # "… which is caused by": the parse cut the clause short
            return words[-1].idx + len(words[-1])
        return None

    def _known_name(self, word: str, etype: str) -> str | None:
        """Return the entity a one-word speaker the NER left untagged already names, else None.

        "French President Hollande met Merkel … Hollande said the talks went well": the second
        "Hollande" is the person the article already has, not a new one (issue 14 round 15). The
        word is the name (or a mention) of an existing person or organisation, or the surname —
        last word — of the one person the article names in full; two people sharing it leave the
        speaker new, as before. The entity is of the type a new one would get (a person the NER
        typed as an organisation elsewhere stays apart: "she" must still find the person).
        """
        low = word.strip().lower()
        same: list[str] = []
        surname: list[str] = []
        for eid in self.entities.ids():
            draft = self.entities.entity(eid)
            if draft.type != etype:
                continue
            names = {draft.name.lower(), *(m.text.lower() for m in draft.mentions)}
            if low in names:
                same.append(eid)
            elif draft.type == "PERSON" and any(len(n.split()) > 1 and n.split()[-1] == low for n in names):
                surname.append(eid)
        if len(same) == 1:
            return same[0]
        if not same and len(surname) == 1:
            return surname[0]
        return None

    def _new(self, tok: Token) -> Resolved | None:
        if tok.pos_ not in {"NOUN", "PROPN"} and not one_of_people(tok):
            return None  # "one of the victims" is one person, named by the whole phrase
        lo, hi = self._phrase_bounds(tok, with_preps=True)
        text = doc_text(self.doc)[lo:hi]
        # a phrase that runs into an apposed clause ("Friends of Kathryn Jenkin, known as Katie,")
        # does not end in its comma
        trimmed = text.rstrip(" ,;:")
        hi, text = lo + len(trimmed), trimmed
        restricted = self._restrictive_clause_end(tok, hi)
        if restricted is not None:
            hi = restricted
            text = doc_text(self.doc)[lo:hi]
        # a description the lexicon lists refers to what it says ("a spokesman for the facility"
        # is a person, "a lender" an organisation); any other noun is a person
        listed = speaker_nouns().get(tok.lemma_.lower())
        etype = tok.ent_type_ if tok.ent_type_ in _SPEAKER_TYPES else (listed[0].split("|")[0] if listed else "PERSON")
        if etype == "NORP" and tok.tag_ in {"NNP", "NN"}:
            etype = "PERSON"  # "the American said": one person described by nationality
        # a capitalised word the tagger read as a common noun is still a name ("Trump characterized
        # the call …", sentence-initial "Trump" tagged NN): look it up the same way
        named = tok.pos_ == "PROPN" or tok.text[:1].isupper()
        known = self._known_name(text, etype) if named and " " not in text.strip() else None
        if known is not None:
            self.entities.add_mention(known, Mention(lo, hi, text))
            return Resolved(known, text, lo, hi, "name")
        eid = self.entities.add("name:" + " ".join(text.lower().split()), text, etype, Mention(lo, hi, text))
        return Resolved(eid, text, lo, hi, "new")
