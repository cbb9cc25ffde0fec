"""Rule-based, document-level speaker resolution.

No offline coreference model exists for spaCy 3.8 (``../shared/DEPENDENCIES.md``), so speakers
are resolved by rules:

- a source phrase that holds a name is that name's entity (the entity index already clusters
  aliases: "Sergey Shoigu" = "Shoigu" = "Secretary Shoigu");
- a pronoun goes to the nearest earlier compatible antecedent, subjects and earlier speakers
  first (a Hobbs-like preference for the subject of recent sentences, Hobbs 1978; Lappin &
  Leass 1994), with number/animacy from lexicon/pronouns.tsv;
- a definite description headed by a noun in lexicon/speaker_nouns.tsv ("the company", "the
  newspaper") goes to the nearest earlier organisation; a document ("a BBC report", "a report by
  the MSMT") is attributed to the organisation named inside it;
- anything else (an unnamed "industry analysts", "a Boeing spokesman") becomes a new entity
  named by its phrase.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.extract.entities.index import EntityIndex
from hearsay.model import Mention
from hearsay.nlp.text import doc_text

_PHRASE_LEFT = {"compound", "amod", "nmod", "poss", "nummod", "det", "case", "quantmod", "npadvmod"}
_PHRASE_RIGHT_PREP = {"of", "for", "at", "from", "with", "by", "in"}
_SPEAKER_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
_WINDOW = 2500  # characters an antecedent may lie back


# A Lappin & Leass (1994) salience order among the candidate antecedents: a subject of the
# sentence's main clause (or an earlier speaker) before a subject inside a subordinate or relative
# clause of the same sentence, both before any other role (which costs _NOT_SUBJECT characters of
# distance). An embedded subject counts as standing at its sentence's start, so that within one
# sentence the main subject wins ("Ann Lee was elected after Mary Smith resigned. She said" → Ann
# Lee; issue 14, round 5: "a pronoun resolved to the nearest name instead of the previous subject")
# while a later sentence's embedded subject still beats an earlier sentence's main one. Within the
# pronoun's own sentence every candidate counts where it stands. Likewise, among the other roles
# of an earlier sentence a direct or indirect object comes before a name inside another phrase
# ("Detectives questioned Ann Lee about Mary Smith's death. She said" → Ann Lee).
_NOT_SUBJECT = 600


def _salience(tok: Token) -> tuple[int, int]:
    """Return ``(position, penalty)`` of the phrase headed by ``tok`` as an antecedent: where it
    counts as standing (character offset) and what its role costs."""
    if tok.dep_ in {"dobj", "dative"}:  # an object before any other role of its sentence
        return tok.sent.start_char - 1, _NOT_SUBJECT
    if tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.i < tok.i:
        # "The pastor, Larry Kroon, declined to say …": the name apposed to the subject is the
        # subject (statements-rich5 13_1ecb, issue 14 round 13)
        return _salience(tok.head)
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return tok.sent.start_char - 2, _NOT_SUBJECT
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "Ann Lee arrived and was greeted"
        head = head.head
    if head.dep_ == "ROOT":
        return tok.idx, 0
    return tok.sent.start_char - 1, 0


_LOCATIVE_PREPS = {"in", "at", "across", "throughout", "inside", "within", "near"}


def _locative(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the object of a locative preposition that
    modifies a noun ("officials in Britain", "a plant in Germany"): it says where, and is no
    antecedent of "it" or "the company" (issue 14, round 5: "it" linked to a country)."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS
            and prep.head.pos_ in {"NOUN", "PROPN"})


def _addressee(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the one a speech cue addresses ("he told The
    Associated Press", "said in a statement to Reuters"): an outlet or listener, never the
    organisation "the company" or "it" takes up later (statements-rich7 22_2ecbplus, issue 14
    round 15: "the company said in a statement" went to the news agency told just before)."""
    from hearsay.extract.statements._attribution import cue_entry  # _attribution imports this module

    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head
    elif tok.dep_ not in {"dobj", "dative"}:
        return False
    if head.pos_ != "VERB" or head.lemma_.lower() not in {"tell", "say", "speak", "write"}:
        return False
    entry = cue_entry(head)
    return entry is not None and entry.kind == "speech"


@dataclass(frozen=True, slots=True)
class PronounInfo:
    """Number, gender and animacy of a pronoun."""

    number: str
    gender: str
    animacy: str


@functools.lru_cache(maxsize=1)
def pronouns() -> dict[str, PronounInfo]:
    """Return the pronoun table (lexicon/pronouns.tsv)."""
    return {r["pronoun"]: PronounInfo(r["number"], r["gender"], r["animacy"]) for r in lexicon.load("pronouns.tsv")
            if r["speaker"] == "yes"}


@functools.lru_cache(maxsize=1)
def _possessives() -> dict[str, PronounInfo]:
    """Possessive pronouns (``his``, ``its``, ``their`` …): the owner of a document is its source."""
    return {r["pronoun"]: PronounInfo(r["number"], r["gender"], r["animacy"]) for r in lexicon.load("pronouns.tsv")
            if r["pronoun"] in {"his", "her", "its", "their"}}


def _name_shaped(tok: Token) -> bool:
    """True when ``tok`` heads a personal name: two to four capitalised proper nouns, nothing else."""
    words = [t for t in tok.subtree if not t.is_punct]
    return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ in {"compound", "appos", "flat"}
                                        or t is tok for t in words) and all(t.pos_ == "PROPN" for t in words)


@functools.lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, tuple[str, bool]]:
    """Return description nouns: lemma -> (entity type, is a document)."""
    return {r["noun"]: (r["type"], r["document"] == "doc") for r in lexicon.load("speaker_nouns.tsv")}


@functools.lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Return given names and titles with their grammatical gender (data/given_names_*.txt): m or f."""
    out: dict[str, str] = {}
    for fname, gender in (("given_names_male.txt", "m"), ("given_names_female.txt", "f")):
        for word in sorted(lexicon.words(fname)):
            out[word] = "any" if out.get(word, gender) != gender else gender
    return out


_ORG_TYPES = ("ORG", "GPE", "FAC")  # what a spokesperson speaks for, best first ("the White House" is often a FAC)
_ROLE_PREPS = frozenset({"for", "of", "at"})


@functools.lru_cache(maxsize=1)
def _spokesperson_nouns() -> frozenset[str]:
    return lexicon.words("spokesperson_nouns.txt")


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return lexicon.words("titles.txt")


def _is_title(tok: Token) -> bool:
    """True when ``tok`` is a title or rank (lexicon/titles.txt: CEO, CFO, senator …), whatever its tag."""
    return tok.lower_ in _titles()


def _is_spokesperson(tok: Token) -> bool:
    """True when ``tok`` is a spokesperson role noun (lexicon/spokesperson_nouns.txt), alone or
    with the compound before it ("press secretary")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = _spokesperson_nouns()
    if tok.lower_ in words:
        return True
    return any(c.dep_ == "compound" and f"{c.lower_} {tok.lower_}" in words for c in tok.lefts)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved speaker: entity id and the mention in the text."""

    entity: str
    text: str
    start: int
    end: int
    how: str  # name | pronoun | description | document | new
    on_behalf: str | None = None  # entity id: the organisation a named spokesperson speaks for


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


class SpeakerResolver:
    """Resolve source phrases of one document to entities, remembering earlier speakers."""

    def __init__(self, doc: Doc, entities: EntityIndex, in_quote: list[bool]) -> None:
        self.doc = doc
        self.entities = entities
        self.in_quote = in_quote
        self.history: list[tuple[int, str, str, int, int]] = []  # (offset, entity id, type, position, role penalty)
        self._genders: dict[str, str | None] = {}
        self._plural: dict[str, bool] = {}
        self._affiliation: dict[str, str] = {}  # person -> the organisation the text says they speak for
        for eid in entities.ids():
            draft = entities.entity(eid)
            if draft.type not in _SPEAKER_TYPES:
                continue
            for m in draft.mentions:
                tok = self._token_at(m.start)
                if tok is None or in_quote[tok.i]:
                    continue
                if draft.type in {"GPE", "NORP"} and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
                    continue  # "a Dutch insurer": a country named by an adjective is no antecedent of "the company"/"it"
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if draft.type in {"GPE", "LOC"} and span is not None and _locative(span.root):
                    continue  # "Regulators in Britain fined a Dutch insurer. It said …": a place where, not who
                if draft.type in {"ORG", "GPE", "NORP"} and span is not None and _addressee(span.root):
                    continue  # "he told The Associated Press. … the company said": the channel, not the one in focus
                where, penalty = _salience(span.root) if span is not None else (m.start, _NOT_SUBJECT)
                self.history.append((m.start, eid, draft.type, min(where, m.start), penalty))
        self.history.sort()
        self._described: dict[str, tuple[int, str]] = {}  # person -> (offset, organisation) of a spokesperson role
        for eid in entities.ids():
            draft = entities.entity(eid)
            if draft.type != "PERSON":
                continue
            for m in draft.mentions:  # "Dana Perino, a spokesperson for the White House, commented …"
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or in_quote[span.root.i]:
                    continue
                org = self._spoken_for(span.root, Resolved(eid, m.text, m.start, m.end, "name"), create=False)
                if org is not None:
                    self._described[eid] = (m.start, org)
                    break

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def remember(self, offset: int, entity: str) -> None:
        """Record ``entity`` as a speaker at ``offset`` (speakers are the most salient antecedents)."""
        bisect.insort(self.history, (offset, entity, self.entities.entity(entity).type, offset, 0))

    # -- resolution --------------------------------------------------------------------------
    def resolve(self, tok: Token) -> Resolved | None:
        """Return the entity that the source phrase headed by ``tok`` refers to, else None.

        A person the phrase (or an earlier one) describes as a spokesperson for a named
        organisation carries it in ``on_behalf`` ("Jane Doe, a spokeswoman for Acme" → Jane Doe,
        on behalf of Acme); an unnamed spokesperson is the organisation itself, with none.
        """
        found = self._joint(tok) or self._resolve(tok)
        if found is None or self.entities.entity(found.entity).type != "PERSON":
            return found
        org = self._spoken_for(tok, found)
        if org is not None:
            self._affiliation[found.entity] = org
        else:  # said of them earlier, in a statement or in a sentence that reports none
            org = self._affiliation.get(found.entity)
            described = self._described.get(found.entity)
            if org is None and described is not None and described[0] < tok.idx:
                org = described[1]
        return found if org is None else replace(found, on_behalf=org)

    def _spoken_for(self, tok: Token, person: Resolved, create: bool = True) -> str | None:
        """Return the organisation a spokesperson role in the phrase of ``tok`` names, else None.

        The role is ``tok`` itself ("a spokeswoman for Acme, Jane Doe"), a noun apposed to or
        compounded with it ("Jane Doe, a spokeswoman for Acme"; "Acme spokeswoman Jane Doe"), or
        the noun ``tok`` is apposed to ("Acme's spokeswoman, Jane Doe"); the organisation is named
        inside the role's phrase (its compounds, possessor, for/of/at phrase) or is the antecedent
        of a definite description there ("the company's spokesman"); with ``create``, a capitalised
        name the NER left untagged there becomes a new organisation.
        """
        roles = [tok, *(c for c in tok.children if c.dep_ in {"appos", "compound", "nmod"})]
        if tok.dep_ == "appos":
            roles.append(tok.head)
        for role in roles:
            if not _is_spokesperson(role):
                continue
            lo, hi = self._phrase_bounds(role, with_preps=True)
            best: tuple[int, str] | None = None
            for s, e, eid in self.entities.mentions_in(lo, hi):
                etype = self.entities.entity(eid).type
                if eid == person.entity or etype not in _ORG_TYPES or person.start <= s < person.end:
                    continue
                rank = _ORG_TYPES.index(etype)
                if best is None or rank < best[0]:
                    best = (rank, eid)
            if best is not None:
                return best[1]
            for c in role.children:  # "the company's spokesman", "a spokesman for the ministry"
                noun = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "pobj"), None) \
                    if c.dep_ == "prep" and c.lower_ in _ROLE_PREPS else None
                if noun is None or noun.pos_ != "NOUN" or not self._definite(noun):
                    continue
                etype, is_doc = speaker_nouns().get(noun.lemma_.lower(), ("", False))
                if etype and not is_doc and "PERSON" not in etype.split("|"):
                    ante = self._antecedent(noun.idx, set(etype.split("|")) & set(_ORG_TYPES), prefer_subject=True, window=None)
                    if ante is not None:
                        return ante
            named = self._unlisted_organisation(role, person) if create else None
            if named is not None:
                return named
        return None

    def _unlisted_organisation(self, role: Token, person: Resolved) -> str | None:
        """Return a new organisation for a capitalised name the NER left untagged that modifies a
        spokesperson noun ("Acme spokeswoman Maria Lopez", "a spokesman for Acme"): the role says
        it is what the person speaks for."""
        words = _spokesperson_nouns()
        for c in role.children:
            noun = c if c.dep_ in {"compound", "poss"} and c.i < role.i else next(
                (g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in _ROLE_PREPS else None
            if (noun is None or noun.pos_ != "PROPN" or not noun.text[:1].isupper() or noun.ent_type_
                    or f"{noun.lower_} {role.lower_}" in words or person.start <= noun.idx < person.end):
                continue
            first = noun
            while first.i > 0 and self.doc[first.i - 1].dep_ == "compound" and self.doc[first.i - 1].head.i == noun.i \
                    and self.doc[first.i - 1].pos_ == "PROPN" and not self.doc[first.i - 1].ent_type_:
                first = self.doc[first.i - 1]
            lo, hi = first.idx, noun.idx + len(noun)
            text = doc_text(self.doc)[lo:hi]
            return self.entities.add("name:" + " ".join(text.lower().split()), text, "ORG", Mention(lo, hi, text))
        return None

    def _resolve(self, tok: Token) -> Resolved | None:
        for c in tok.children:  # "GM's sales vice president, Mark LaNeve,": the apposed name
            if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN" and (not tok.ent_type_ or _is_title(tok)):
                # a title the tagger calls a proper noun ("The bank's CEO, Ken Lewis, said"): the
                # apposed person, never the title (issue 14: a title chosen over the adjacent name)
                named = self._named(c)
                if named is not None and self.entities.entity(named.entity).type == "PERSON":
                    return named
            if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "NOUN":
                named = self._named(c)
                if named is not None:
                    return named
                if _name_shaped(c):  # a name NER missed ("the Spanish finance minister, Ana Ruiz,")
                    return self._new(c)
        named = self._named(tok)
        if named is not None:
            return named
        low = tok.lower_
        if low == "i" and tok.text == "I" and not self.in_quote[tok.i]:
            # first person outside quotation marks is the writer (an op-ed, a first-person narrator)
            return self.writer(tok)
        if low == "we" and not self.in_quote[tok.i]:
            # "We believe …", "We condemn …" in a ministry's or a department's statement: first
            # person outside quotation marks is the writer, as "I" is — never a person or a place
            # named before ("Ambassador Robert Ford … is returning to Syria. … We believe …";
            # issue 14 round 14)
            return self.writer(tok)
        if low in pronouns():
            return self._pronoun(tok, pronouns()[low])
        if tok.dep_ == "poss" and low in _possessives() and tok.head.pos_ == "NOUN":
            # the possessor of a nominal cue ("his claim that …", "their belief that …"): the
            # owner of the claim, resolved as a pronoun
            return self._pronoun(tok, _possessives()[low])
        if tok.pos_ != "NOUN":
            return self._new(tok)
        lemma = tok.lemma_.lower()
        etype, is_doc = speaker_nouns().get(lemma, ("", False))
        person = self._entity_inside(tok, {"PERSON"})  # "the vice president and chairman of X Jim Press"
        if person is not None and not is_doc and self._only_possessor(tok, person[2]):
            # "Lindsay Lohan's attorney said …": a person described through another, not that
            # person (issue 14 round 11); "Smith's statement said" stays Smith's (a document)
            return self._new(tok)
        if person is not None:
            return Resolved(person[0], person[1], person[2], person[3], "name")
        if is_doc and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "releasing a statement saying ...": the one who released it
            from hearsay.extract.statements._attribution import source_of

            src = source_of(tok.head)
            if src is not None and src.i != tok.i:
                return self.resolve(src)
        if is_doc:  # "figures released by NPD", "a statement from the Department": its author
            author = _document_author(tok)
            if author is not None:
                return self.resolve(author)
        if is_doc:  # "Their projections showed …": the document's possessor wrote it
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _possessives()), None)
            if owner is not None:
                return self._pronoun(owner, _possessives()[owner.lower_])
        inner = self._entity_inside(tok, {"ORG", "GPE", "NORP"})
        if inner is not None and not etype and self._only_possessor(tok, inner[2]):
            # "GM's sales vice president": a person described through the organisation, not it
            return self._new(tok)
        if inner is not None:
            if self.entities.entity(inner[0]).type in {"GPE", "NORP"} and (
                    is_doc and any(c.dep_ == "compound" and c.pos_ == "NOUN" and inner[3] <= c.idx for c in tok.lefts)
                    or self._modifies_other_noun(tok, inner[3])):
                # "a Texas prison statement", "a group of Washington politicians": the place
                # describes another noun of the phrase, it is not the speaker
                return self._new(tok)
            if is_doc:
                return Resolved(inner[0], inner[1], inner[2], inner[3], "document")
            lo, hi = self._phrase_bounds(tok, with_preps=False)  # "the UK government": keep the phrase
            text = doc_text(self.doc)[lo:hi]
            return Resolved(inner[0], text, lo, hi, "name")
        if is_doc and self._definite(tok):  # "X wrote a letter … the letter read": the letter's author
            author_of = self._earlier_document(tok)
            if author_of is not None:
                return author_of
        if etype and not is_doc and self._definite(tok) and "PERSON" in etype.split("|"):
            titled = self._titled(tok)
            if titled is not None:
                return titled
        if etype and not is_doc and self._definite(tok):
            types = set(etype.split("|"))
            # a singular role ("the local fire chief") is never a group only ever named by a
            # plural common noun ("Authorities estimate …"; issue 14 round 11)
            ante = self._antecedent(tok.idx, types, prefer_subject=True, window=None if "ORG" in types else _WINDOW,
                                    singular=tok.tag_ == "NN")
            if ante is not None:
                self.entities.add_mention(ante, Mention(tok.idx, tok.idx + len(tok), tok.text))
                return Resolved(ante, tok.text, tok.idx, tok.idx + len(tok), "description")
        if not is_doc and (not etype or "PERSON" in etype.split("|")):
            named_next = self._named_next(tok)
            if named_next is not None:
                return named_next
        return self._new(tok)

    def _named_next(self, tok: Token) -> Resolved | None:
        """The person the next sentence names as the one speaking, for an unnamed "a <role>" speaker.

        Cataphora (issue 14 round 10): "A publicist says Tara Reid has checked herself into rehab.
        Jack Ketsoyan said Friday that …": an indefinite role noun (det "a"/"an", no name of its
        own, no relative clause or phrase describing it) opens its sentence and speaks, and the very
        next sentence opens with a person's name, the subject of its main verb, a speech cue; the
        role is that person. Any other next sentence leaves the role unnamed.
        """
        from hearsay.extract.statements._attribution import cue_entry

        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
            return None
        if any(c.dep_ in {"relcl", "acl", "prep", "appos"} for c in tok.children):
            return None  # "a man who claims …": a described role, not a name withheld for a sentence
        sent = tok.sent
        if tok.left_edge.i != sent.start:
            return None  # the unnamed role opens its sentence, as the name opens the next
        if sent.end >= len(self.doc):
            return None
        root = self.doc[sent.end].sent.root
        entry = cue_entry(root)
        if entry is None or entry.kind != "speech" or self.in_quote[root.i]:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None or subj.pos_ != "PROPN" or self.in_quote[subj.i] or subj.left_edge.i != root.sent.start:
            return None
        named = self._named(subj)
        if named is None or self.entities.entity(named.entity).type != "PERSON":
            return None
        return named

    def writer(self, tok: Token) -> Resolved:
        """Return the writer (entity ``name:writer``) as the referent of first-person ``tok``."""
        eid = self.entities.add("name:writer", "the writer", "PERSON", Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(eid, tok.text, tok.idx, tok.idx + len(tok), "pronoun")

    def first_person_of(self, tok: Token, speaker: Resolved) -> Resolved:
        """Return ``speaker`` as the referent of first-person ``tok`` in words set off as theirs."""
        self.entities.add_mention(speaker.entity, Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(speaker.entity, tok.text, tok.idx, tok.idx + len(tok), "pronoun", speaker.on_behalf)

    def _earlier_document(self, tok: Token) -> Resolved | None:
        """Return the author of the document a definite document noun takes up, else None.

        A document is its author's vehicle (issue 14 round 9): "a statement from the Defence PRO
        says …; …, the statement said" and "Palin wrote a letter …; “…,” the letter read" are the
        author's words. The nearest earlier mention of the same document noun outside quotation
        marks that names its author — a ``by``/``from`` phrase, the subject of the verb it is the
        object of ("wrote a letter", "issued a statement"), a possessor, or an organisation inside
        the phrase ("a Defence Ministry statement") — gives it; a mention naming none stops the search.
        """
        from hearsay.extract.statements._attribution import source_of  # _attribution imports this module

        lemma = tok.lemma_.lower()
        for prev in reversed(self.doc[:tok.i]):
            if prev.lemma_.lower() != lemma or prev.pos_ != "NOUN" or self.in_quote[prev.i]:
                continue
            author = _document_author(prev)
            if author is None and prev.dep_ == "dobj" and prev.head.pos_ == "VERB":
                author = source_of(prev.head)
            if author is None:
                author = next((c for c in prev.children if c.dep_ == "poss"), None)
            if author is not None and author.i != prev.i:
                return self.resolve(author)
            inner = self._entity_inside(prev, {"ORG", "GPE", "NORP", "PERSON"})
            if inner is not None:
                return Resolved(inner[0], inner[1], inner[2], inner[3], "document")
            if not self._definite(prev):
                return None  # an indefinite mention introduces the document; no author was named
        return None

    def _named(self, tok: Token) -> Resolved | None:
        start, end = tok.idx, tok.idx + len(tok)
        eid = self.entities.lookup(start, end)
        if eid is None or self.entities.entity(eid).type not in _SPEAKER_TYPES | {"FAC", "PRODUCT", "LOC", "WORK_OF_ART", "EVENT", "LAW"}:
            return None
        m = self.entities.first_mention_of(eid, start, end)
        if m is not None:
            return Resolved(eid, m.text, m.start, m.end, "name")
        return Resolved(eid, tok.text, start, end, "name")

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

    def _joint(self, tok: Token) -> Resolved | None:
        """Return two speakers joined by "and" as one group, else None.

        "The secretary and Abadi agreed that …" is the two of them, not Abadi (statements-rich6,
        issue 14 round 14): a subject with an "and" conjunct that is a bare name of a person or
        an organisation (no role before it: "the president and CEO Louis Gallois" is one person),
        the subject itself a name or a definite role. The group is a new entity named after the
        two resolved speakers ("Ash Carter and Abadi"), its mention the whole phrase.
        """
        if tok.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
            return None
        conj = [c for c in tok.children if c.dep_ == "conj"]
        if len(conj) != 1 or conj[0].pos_ != "PROPN" or conj[0].ent_type_ not in {"PERSON", "ORG"}:
            return None
        other = conj[0]
        if any(c.dep_ in {"compound", "amod", "det"} and c.pos_ != "PROPN" for c in other.children):
            return None
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", "ORG"}:
            first = self._named(tok)
        elif tok.pos_ == "NOUN" and self._definite(tok):
            first = self._titled(tok)
        else:
            return None
        second = self._named(other)
        if first is None or second is None or first.entity == second.entity:
            return None
        left = tok.left_edge
        lo = self.doc[left.i + 1].idx if left.lower_ in {"the", "a", "an"} and left.i < tok.i else left.idx
        hi = other.idx + len(other)
        text = doc_text(self.doc)[lo:hi]
        names = [self.entities.entity(r.entity).name for r in (first, second)]
        types = {self.entities.entity(r.entity).type for r in (first, second)}
        etype = "ORG" if types == {"ORG"} else "PERSON"
        eid = self.entities.add("name:" + " and ".join(n.lower() for n in names), " and ".join(names), etype, Mention(lo, hi, text))
        return Resolved(eid, text, lo, hi, "name")

    def _titled(self, tok: Token) -> Resolved | None:
        """Return the person named earlier with the title a definite role noun repeats, else None.

        "Defense Secretary Ash Carter met Iraqi Prime Minister Haider al-Abadi … The secretary
        and Abadi agreed …": "the secretary" is the person the text introduced as a secretary, not
        the nearest person (issue 14 round 14, statements-rich6). The nearest earlier name outside
        quotation marks with the same noun as a title within five words before it ("Defense
        Secretary Ash Carter", "Secretary of State John Kerry"; no verb or punctuation between)
        gives it; with none, the role is resolved as any definite description.
        """
        for prev in reversed(self.doc[:tok.i]):
            if prev.lower_ != tok.lower_ or self.in_quote[prev.i] or prev.ent_type_ == "PERSON":
                continue
            # the name within a few words after the title: "Defense Secretary Ash Carter",
            # "Secretary of State John Kerry" (a verb or a comma ends the title phrase)
            for nxt in self.doc[prev.i + 1:min(prev.i + 6, prev.sent.end)]:
                if nxt.ent_type_ == "PERSON":
                    named = self._named(nxt)
                    if named is not None and self.entities.entity(named.entity).type == "PERSON":
                        self.entities.add_mention(named.entity, Mention(tok.idx, tok.idx + len(tok), tok.text))
                        return Resolved(named.entity, tok.text, tok.idx, tok.idx + len(tok), "description")
                    break
                if nxt.pos_ in {"VERB", "AUX"} or nxt.is_punct:
                    break
        return None

    def _definite(self, tok: Token) -> bool:
        return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"} for c in tok.children)

    def _pronoun(self, tok: Token, info: PronounInfo) -> Resolved | None:
        if info.animacy == "person":
            types = {"PERSON"}
        elif info.animacy == "thing":
            types = {"ORG", "GPE"}
        else:
            types = {"ORG", "GPE", "NORP", "PERSON"}
        gender = info.gender if info.gender in {"m", "f"} else None
        reporter = self._reporter(tok, info, types, gender)
        if reporter is not None:
            return reporter
        ante = self._antecedent(tok.idx, types, prefer_subject=True, gender=gender, singular=info.number == "sg")
        if ante is None:
            return None
        self.entities.add_mention(ante, Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(ante, tok.text, tok.idx, tok.idx + len(tok), "pronoun")

    def _reporter(self, tok: Token, info: PronounInfo, types: set[str], gender: str | None) -> Resolved | None:
        """Return the subject of the cue whose reported clause the pronoun ``tok`` is the subject of.

        "Police said they wanted to thank residents …", "The company said it plans …", "Kroon
        said he was not at the church": the pronoun subject of a clause reported by a cue takes up
        that cue's subject, the previous subject of the pronoun's own sentence (issue 14: "a
        pronoun resolved to the nearest name rather than the previous subject";
        statements-rich7 14_6ecb, round 15), when it agrees: "they" a plural noun or an
        organisation, "he"/"she" one person of no other gender, "it" an organisation or place.
        A pronoun reporter, or none, leaves the pronoun to the antecedent search.
        """
        from hearsay.extract.statements._attribution import cue_entry  # _attribution imports this module

        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        cue = clause.head
        if cue.pos_ != "VERB" or cue_entry(cue) is None or self.in_quote[cue.i]:
            return None
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or self.in_quote[subj.i]:
            return None
        if info.number == "pl" and subj.tag_ not in {"NNS", "NNPS"} and speaker_nouns().get(subj.lemma_.lower(), ("", False))[0] in {"", "PERSON"}:
            return None  # "Smith said they found the body": they are others
        if info.number == "sg" and subj.tag_ in {"NNS", "NNPS"}:
            return None
        found = self._joint(subj) or self._resolve(subj)
        if found is None:
            return None
        etype = self.entities.entity(found.entity).type
        if etype not in types or info.number == "pl" and etype == "PERSON" and subj.tag_ not in {"NNS", "NNPS"} \
                and not speaker_nouns().get(subj.lemma_.lower(), ("", False))[0]:
            return None
        if gender is not None and etype == "PERSON" and self._gender(found.entity) not in {None, gender}:
            return None
        self.entities.add_mention(found.entity, Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(found.entity, tok.text, tok.idx, tok.idx + len(tok), "pronoun")

    def _gender(self, eid: str) -> str | None:
        """Return m or f when a person's given name or title says so ("Mrs", "Maria"), else None."""
        if eid in self._genders:
            return self._genders[eid]
        names = given_names()
        votes: set[str] = set()
        draft = self.entities.entity(eid)
        text = doc_text(self.doc)
        for m in draft.mentions:
            words = m.text.lower().split()
            title = text[max(0, m.start - 8):m.start].lower().split()[-1:]
            for w in (words[:1] if len(words) > 1 else []) + title:
                g = names.get(w)
                if g in {"m", "f"}:
                    votes.add(g)
        gender = votes.pop() if len(votes) == 1 else None
        self._genders[eid] = gender
        return gender

    def _plural_people(self, eid: str) -> bool:
        """True when a person entity is only ever named by a plural common noun ("Prosecutors
        said …", "analysts"): a group, never the antecedent of "he" or "she"."""
        if eid not in self._plural:
            draft = self.entities.entity(eid)
            spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in draft.mentions]
            self._plural[eid] = draft.type == "PERSON" and bool(spans) and all(
                sp is not None and len(sp) > 0 and sp.root.tag_ in {"NNS", "NNPS"} for sp in spans)
        return self._plural[eid]

    def _antecedent(self, offset: int, types: set[str], prefer_subject: bool, window: int | None = _WINDOW,
                    gender: str | None = None, singular: bool = False) -> str | None:
        best, best_score = None, None
        history = self.history
        here = self._token_at(offset)
        sent_start = here.sent.start_char if here is not None else offset
        for k in range(bisect.bisect_left(history, (offset,)) - 1, -1, -1):  # earlier mentions, nearest first
            pos, eid, etype, where, penalty = history[k]
            if window is not None and offset - pos > window:
                break
            if best_score is not None and offset - pos >= best_score:
                break  # every earlier one scores at least its distance
            if etype not in types:
                continue
            if gender is not None and etype == "PERSON" and self._gender(eid) not in {None, gender}:
                continue  # "she" is not "Steve Jobs"
            if singular and etype == "PERSON" and self._plural_people(eid):
                continue  # "Prosecutors said he took bribes. He has always denied …": he is no group
            if pos >= sent_start:  # the same sentence: an embedded subject counts where it stands
                where = pos  # ("…, where Singapore Airlines will display the aircraft they intend to …")
            score = (offset - where) + (penalty if prefer_subject else 0)
            if best_score is None or score < best_score:
                best, best_score = eid, score
        return best

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
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        lo, hi = self._phrase_bounds(tok, with_preps=True)
        text = doc_text(self.doc)[lo:hi]
        etype = tok.ent_type_ if tok.ent_type_ in _SPEAKER_TYPES else ("ORG" if tok.lemma_.lower() in speaker_nouns() else "PERSON")
        if etype == "NORP" and tok.tag_ in {"NNP", "NN"}:
            etype = "PERSON"  # "the American said": one person described by nationality
        known = self._known_name(text, etype) if tok.pos_ == "PROPN" and " " not in text.strip() else None
        if known is not None:
            self.entities.add_mention(known, Mention(lo, hi, text))
            return Resolved(known, text, lo, hi, "name")
        eid = self.entities.add("name:" + " ".join(text.lower().split()), text, etype, Mention(lo, hi, text))
        return Resolved(eid, text, lo, hi, "new")


__all__ = ["PronounInfo", "Resolved", "SpeakerResolver", "given_names", "pronouns", "speaker_nouns"]
