"""Rule-based, document-level speaker resolution.

No offline coreference model exists for spaCy 3.8 (``../shared/DEPENDENCIES.md``), so speakers
are resolved by rules:

- a source phrase that holds a name is that name's entity (the entity index already clusters
  aliases: "Sergey Shoigu" = "Shoigu" = "Secretary Shoigu");
- a pronoun goes to the compatible antecedent that wins one scored choice (``_antecedent_choice``:
  Lappin & Leass 1994 salience summed over an entity's mentions, subjects and earlier speakers
  first, halved per sentence back), with number/animacy from lexicon/pronouns.tsv;
- a definite description headed by a noun in lexicon/speaker_nouns.tsv ("the company", "the
  newspaper") goes to the organisation that wins the same scored choice; a document ("a BBC report", "a report by
  the MSMT") is attributed to the organisation named inside it;
- anything else (an unnamed "industry analysts", "a Boeing spokesman") becomes a new entity
  named by its phrase.

The resolver is built in layers, each in its own module: the antecedents and their salience
(``_antecedents``), speaker phrases and the entities they name (``_phrases``), spokespersons and the
organisations they speak for (``_spokespersons``), joint speakers and repeated titles
(``_joint_speakers``); the word lists are in ``_speaker_lexicon``.
"""

from __future__ import annotations

import bisect

from dataclasses import replace

from spacy.tokens import Token

from hearsay import lexicon

from hearsay.extract.statements._antecedent_choice import Choice
from hearsay.extract.statements._antecedents import _WINDOW, DESCRIPTION_ID, clause_mate, first_subject, matrix_subject
from hearsay.extract.statements._attribution import cue_entry, source_of
from hearsay.extract.statements._joint_speakers import _JointSpeakers
from hearsay.extract.statements._phrases import _document_author, _name_shaped, Resolved
from hearsay.extract.statements._speaker_lexicon import _is_title, _possessives, _spokesperson_nouns, given_names, PronounInfo, pronouns, speaker_nouns
from hearsay.extract.statements._title_names import name_after_complement, name_apposed_to_joined_role
from hearsay.model import Mention
from hearsay.nlp.text import doc_text


_PART_NOUNS = frozenset({"part", "parts", "portion", "excerpt", "passage", "section"})


def _document_of_part(tok: Token) -> Token | None:
    """Return the document noun of "part/excerpt of <document>" headed by ``tok``, else None."""
    if tok.lower_ not in _PART_NOUNS or tok.pos_ != "NOUN":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and speaker_nouns().get(obj.lemma_.lower(), ("", False))[1]:
                return obj
    return None


def _bracketed(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` stands inside round brackets."""
    left, right = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    return left > 0 and doc[left - 1].text == "(" and right + 1 < len(doc) and doc[right + 1].text == ")"


_INSIDE = frozenset({"within", "inside"})


def _insider(tok: Token) -> bool:
    """True when the source noun ``tok`` is placed "within" or "inside" a body ("a source within the
    ministry", "officials inside the company"): a member speaking for themself (annotation rule 8)."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in _INSIDE and any(g.dep_ == "pobj" for g in c.children) for c in tok.children)


def _verbs_of(noun: str) -> frozenset[str]:
    """Return the verb lemmas a document noun made from a verb may come from ("filing" → file,
    "announcement" → announce); empty for any other noun."""
    if noun.endswith("ing") and len(noun) > 5:
        stem = noun[:-3]
        return frozenset({stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set()))
    if noun.endswith("ment") and len(noun) > 7:
        return frozenset({noun[:-4]})
    return frozenset()


def _indefinite(tok: Token) -> bool:
    """True when the noun ``tok`` has an indefinite determiner ("an official", "another official")."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in tok.children)


class SpeakerResolver(_JointSpeakers):
    """Resolve source phrases of one document to entities, remembering earlier speakers."""

    # -- resolution --------------------------------------------------------------------------
    def resolve(self, tok: Token) -> Resolved | None:
        """Return the entity that the source phrase headed by ``tok`` refers to, else None.

        A person the phrase (or an earlier one) describes as a spokesperson for a named
        organisation carries it in ``on_behalf`` ("Jane Doe, a spokeswoman for Acme" → Jane Doe,
        on behalf of Acme); an unnamed spokesperson is the organisation itself, with none.
        """
        found = self._joint(tok) or self._language_marked(tok) or self._titled_name(tok) or self._resolve(tok)
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

    def _resolve(self, tok: Token) -> Resolved | None:
        # a bracketed apposition spells out the name just before it ("the secretary general of CEI
        # (Italian Episcopal Conference), Nunzio Galantino,"): it is tried after any other
        # apposition, so the role takes the person apposed to it (GUM news_taxes, statements-rich8;
        # issue 14 round 18)
        for c in sorted(tok.children, key=lambda c: (c.dep_ == "appos" and _bracketed(c), c.i)):
            # "GM's sales vice president, Mark LaNeve,": the apposed name
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
        chained = self._title_chain(tok)
        if chained is not None:
            return chained
        split = self._split_title_name(tok)
        if split is not None:
            return split
        named = None if self._opening_common_noun(tok) else self._named(tok)
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
        return self._description(tok)

    def _opening_common_noun(self, tok: Token) -> bool:
        """Return True when NER took a description noun for a name only because it opens the sentence.

        "Groups representing Uzbeks, the nation's largest minority, complained that …": the tagger
        reads "Groups" as a common plural noun, NER as an organisation's name; a word of
        lexicon/speaker_nouns.tsv the tagger calls a common noun, alone in its entity span and
        capitalised by its place first in the sentence, describes its speakers (issue 14 round 27,
        statements-rich11 11_9ecb).
        """
        if tok.pos_ != "NOUN" or not tok.is_sent_start or tok.lemma_.lower() not in speaker_nouns():
            return False
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        return ent is not None and len(ent) == 1

    def _title_chain(self, tok: Token) -> Resolved | None:
        """Return the person a title phrase with no comma in it ends in, when the parser reads it as
        a chain of appositions, else None.

        "Colts interim coach Bruce Arians asked": the tagger reads the team as a plural noun
        ("colts") and the parser makes it the subject, with "coach" apposed to it and "Bruce
        Arians" apposed to "coach" (statements-rich10 29_9ecbplus, issue 14 round 19). A phrase
        with no punctuation in it is one noun phrase, a title before a name, and the name at its
        end is the speaker, as in "GM's sales vice president, Mark LaNeve" the apposed name is.
        """
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        for role in tok.children:
            if role.dep_ != "appos" or role.pos_ != "NOUN" or role.i < tok.i:
                continue
            for name in role.children:
                if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.i < role.i:
                    continue
                if any(t.is_punct for t in self.doc[tok.i:role.i + 1]):
                    continue
                # the name may stand between the commas of its own apposition ("National LGBT news
                # source Daily Xtra's editorial director, Rachel Giese, said": the title phrase has
                # no comma, the name is apposed to its end; statements-rich16, issue 14 round 31)
                start = min(t.i for t in name.subtree if t.i > role.i)
                gap = self.doc[role.i + 1:start]
                if any(t.is_punct for t in gap) and [t.text for t in gap] != [","]:
                    continue
                named = self._named(name)
                if named is not None and self.entities.entity(named.entity).type == "PERSON":
                    return named
        return self._run_on_title(tok)

    def _split_title_name(self, tok: Token) -> Resolved | None:
        """Return the person ending a title phrase the parser split from its head, else None.

        The name hung on the title's complement ("US Ambassador to Germany Richard Grenell") or
        apposed to a role coordinated with the subject ("University of California, San Diego's
        chancellor, Pradeep Khosla"): ``_title_names`` finds it over the parse (issue 14 round 32).
        """
        name = name_after_complement(tok) or name_apposed_to_joined_role(tok)
        if name is None:
            return None
        named = self._named(name)
        if named is not None:
            return named if self.entities.entity(named.entity).type == "PERSON" else None
        return self._new(name) if _name_shaped(name) else None  # a name NER missed

    def _run_on_title(self, tok: Token) -> Resolved | None:
        """Return the person a title phrase ends in when the parser coordinated the name with the
        organisation opening it, else None.

        "California Department of Alcohol and Drug Program deputy director Millicent Tidwell told
        The Post": the parser makes "Department" the subject and "Tidwell" its conjunct with no
        conjunction word or comma on "Department" (statements-rich14 1_12ecbplus, issue 14 round
        28). English does not coordinate two nouns without "and", "or" or a comma; a person's name
        right after a common noun (the role: "director") at the end of an unpunctuated phrase is a
        title before a name, and the person speaks, as round 19's title chain says.
        """
        if tok.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ in {"cc", "preconj"} for c in tok.children):
            return None
        for name in tok.rights:
            if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
                continue
            ent = next((e for e in self.doc.ents if e.start <= name.i < e.end), None)
            if ent is None or ent.start <= tok.i + 1 or self.doc[ent.start - 1].tag_ != "NN":
                continue
            if any(t.is_punct or t.is_space for t in self.doc[tok.i:ent.end]):
                continue
            named = self._named(name)
            if named is not None and self.entities.entity(named.entity).type == "PERSON":
                return named
        return None

    def _description(self, tok: Token) -> Resolved | None:
        """Return the speaker a common-noun source phrase describes, else None.

        A person or organisation named inside the phrase, the author of a document noun (its
        releaser, its ``by``/``from`` phrase, its possessor, an earlier mention of it), the earlier
        antecedent a definite role noun takes up, the person the next sentence names, or else a new
        entity named by the phrase.
        """
        lemma = tok.lemma_.lower()
        etype, is_doc = speaker_nouns().get(lemma, ("", False))
        whole = _document_of_part(tok)
        if whole is not None:
            # "Part of the judge's statement reads “…”": the document the part is of speaks
            # (statements-rich18 wn2019-038, issue 14 round 34)
            return self.resolve(whole)
        person = self._entity_inside(tok, {"PERSON"})  # "the vice president and chairman of X Jim Press"
        if person is not None and not is_doc and self._only_possessor(tok, person[2]):
            # "Lindsay Lohan's attorney said …": a person described through another, not that
            # person (issue 14 round 11); "Smith's statement said" stays Smith's (a document)
            return self._new(tok)
        if person is not None and not is_doc and self._named_in_complement(tok, person[2], person[3]):
            # "Friends of Kathryn Jenkin … have described her as …", "an attorney for Lindsay
            # Lohan said": a person described through the one a prepositional complement names, as
            # through a possessor above — not that person (issue 14 round 26, statements-rich13)
            person = None
        if person is not None and self._names_a_body(tok, person[2], person[3]):
            # "Surrey police said …", "A statement from Surrey police said …" with "Surrey" taken
            # for a person: the police speak, a body named by its place, not a person (issue 14
            # round 27); a document goes on to its author, the body
            if not is_doc:
                return self._new(tok)
            person = None
        if person is not None:
            return Resolved(person[0], person[1], person[2], person[3], "name")
        if is_doc and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "releasing a statement saying ...": the one who released it
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
            # "the judge's statement reads …": a common-noun possessor is the author, resolved as
            # a description of its own (the judge named before; issue 14 round 34, rich18)
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            if owner is not None:
                found = self.resolve(owner)
                if found is not None:
                    return found
        if not is_doc and _insider(tok):
            # "A source within the central Interior Ministry said": an insider speaks for
            # themself, not for the body they are inside (docs/annotation.md rule 8, issue 14
            # round 33; statements-rich16 wn2019-017): a new person named by the whole phrase
            return self._new(tok)
        inner = self._entity_inside(tok, {"ORG", "GPE", "NORP"})
        if inner is not None and inner[2] == tok.idx and self._opening_common_noun(tok):
            inner = None  # "Groups representing Uzbeks": the head itself, no name (above)
        if (inner is not None and not is_doc and etype == "PERSON" and tok.tag_ == "NN" and _indefinite(tok)
                and lemma not in _spokesperson_nouns() and self.entities.entity(inner[0]).type == "ORG"
                and self._named_in_complement(tok, inner[2], inner[3])):
            # "An official from TfL stated: …": one unnamed member of a body, introduced as new, is
            # a person named by the whole phrase, as an unnamed spokesperson is (docs/annotation.md
            # rule 8; statements-wn2019 part 2 dev wn2019-112; issue 14 round 40); plural
            # "officials at the ministry", a definite "the official" and an unnamed spokesperson
            # ("a spokesman for Acme", pinned by test_statements_on_behalf) keep the body's reading
            return self._new(tok)
        if (inner is not None and not is_doc and self.entities.entity(inner[0]).type in {"GPE", "NORP"}
                and "GPE" not in etype.split("|") and self._named_in_complement(tok, inner[2], inner[3])):
            # "Residents at the village of Gavarzin said", "Politicians in Germany expressed …": a
            # place in a prepositional complement locates the speakers, it does not speak; only an
            # organ of the state ("the government of Iraq", ORG|GPE nouns) speaks for it (issue 14
            # round 26, statements-rich10 20_2ecbplus, wikinews 143480)
            inner = None
        if (inner is not None and self.entities.entity(inner[0]).type in {"GPE", "NORP"} and "GPE" not in etype.split("|")
                and self._names_a_body(tok, inner[2], inner[3])):
            # "Kent police said …": a body named by its place speaks, not the place; only an organ
            # of the state ("the Iraq government", ORG|GPE nouns) speaks for it (issue 14 round 27)
            if not is_doc:
                return self._new(tok)
            inner = None
        if inner is not None and not is_doc and self._names_a_governing_body(tok, inner[2], inner[3]):
            # "The Trump campaign said" with NER's "Trump" an organisation: the campaign speaks
            # (issue 14 round 28; a person's name is handled with ``person`` above)
            return self._new(tok)
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
            if self.entities.entity(inner[0]).type in {"GPE", "NORP"} and "GPE" not in etype.split("|") and self._adjective_at(inner[2]):
                # "Greek court has ruled …", "Italian secularist associations are concerned …": a
                # nationality adjective on a noun that is no organ of the state names no state; only
                # "the French government"/"ministry" (ORG|GPE nouns) speak for it (GUM news_worship,
                # news_taxes; issue 14 round 17)
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
            same = self._same_head(tok, types)
            if same is not None:
                self.entities.add_mention(same, Mention(tok.idx, tok.idx + len(tok), tok.text))
                return Resolved(same, tok.text, tok.idx, tok.idx + len(tok), "description")
            carriers = self._carriers(tok) if types == {"PERSON"} else set()
            if not carriers and types == {"PERSON"} and any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i for c in tok.children):
                # "the fire chief" that no one before was called: discourse-new, understood from
                # the situation, not the salient person (see ``_carriers``)
                return self._new(tok)
            # a singular role ("the local fire chief") is never a group only ever named by a
            # plural common noun ("Authorities estimate …"; issue 14 round 11)
            if lemma in lexicon.words("business_nouns.txt") and not carriers:
                # "the company" is never a state office or body ("The New York State Attorney
                # General (NYAG) is investigating WeWork … The company … confirmed"; round 23)
                carriers = {e for e in self.entities.ids()
                            if self.type_of(e) == "ORG" and not self.state_body(e)} or set()
            chosen = self.choice(tok.idx, types, window=None if "ORG" in types else _WINDOW, singular=tok.tag_ == "NN",
                                 only=carriers or None, description=True)
            if chosen is not None:
                ante = chosen.entity
                self.entities.add_mention(ante, Mention(tok.idx, tok.idx + len(tok), tok.text))
                return Resolved(ante, tok.text, tok.idx, tok.idx + len(tok), "description", why=self._why(tok, chosen))
        if not is_doc and (not etype or "PERSON" in etype.split("|")):
            named_next = self._named_next(tok)
            if named_next is not None:
                return named_next
        return self._new(tok)

    def _same_head(self, tok: Token, types: set[str]) -> str | None:
        """The unnamed speaker an earlier description of the same head noun introduced, if any.

        "…, a spokesperson at naval headquarters said. … The navy spokesperson said …": a definite
        description repeats the head noun of the indefinite one that introduced its referent (the
        strict head match of coreference resolution), so it is that speaker, however salient a
        name between them is (merge audit 20: the ship "Gibe" was made the speaker; ECB+
        12_16ecb). Only speakers the article never names (a description entity, not a name), of a
        type the noun may refer to; the latest such mention before ``tok`` wins.
        """
        lemma = tok.lemma_.lower()
        best: tuple[int, str] | None = None
        for eid in self.entities.ids():
            draft = self.entities.entity(eid)
            if draft.type not in types or not draft.name[:1].islower():
                continue
            for m in draft.mentions:
                if m.end > tok.idx:
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.root.i != tok.i and span.root.lemma_.lower() == lemma:
                    if best is None or m.start > best[0]:
                        best = (m.start, eid)
        return None if best is None else best[1]

    def _carriers(self, tok: Token) -> set[str]:
        """Return the persons named before ``tok`` that carry its head noun as their role.

        A definite role description is anaphoric to an antecedent that shares its head noun, and
        one narrowed by a premodifier ("the fire chief", "the county coroner") is otherwise most
        often discourse-new, understood from the situation (the fire has a chief), not the person
        in focus (Vieira & Poesio 2000, "An empirically based system for processing definite
        descriptions", Computational Linguistics 26(4)). "Palin has apologised … The fire chief
        has said an investigation is underway" went to Sarah Palin (ECB+ 13_15ecb, merge audit
        20); "James Steele, the fire chief, … Mayor Tom Reed … The fire chief said" went to the
        mayor. A person carries the noun through a title within five words before one of its
        earlier mentions outside quotation marks ("Fire Chief James Steele"), an apposition
        ("Steele, the fire chief"), or a description of it the resolver took up before ("the
        chief"). With carriers, the choice is among them; with none, a premodified role is a new
        speaker and a bare one ("the president") is left to the salience choice.
        """
        lemma = tok.lemma_.lower()
        out: set[str] = set()
        for eid in self.entities.ids():
            draft = self.entities.entity(eid)
            if draft.type != "PERSON" or not draft.name[:1].isupper():
                continue
            for m in draft.mentions:
                if m.end > tok.idx:
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span) or self.in_quote[span.start]:
                    continue
                root = span.root
                near = list(span)
                for prev in reversed(self.doc[max(span.sent.start, span.start - 5):span.start]):
                    if prev.pos_ in {"VERB", "AUX"} or prev.is_punct:
                        break  # "The fire chief told Tom Reed": a verb ends the title phrase
                    near.append(prev)
                near += [c for c in root.children if c.dep_ == "appos"]
                if root.dep_ == "appos":
                    near.append(root.head)
                if any(t.lemma_.lower() == lemma and t.i != tok.i and t.pos_ in {"NOUN", "PROPN"} for t in near):
                    out.add(eid)
                    break
        return out

    def _named_next(self, tok: Token) -> Resolved | None:
        """The person the next sentence names as the one speaking, for an unnamed "a <role>" speaker.

        Cataphora (issue 14 round 10): "A publicist says Tara Reid has checked herself into rehab.
        Jack Ketsoyan said Friday that …": an indefinite role noun (det "a"/"an", no name of its
        own, no relative clause or phrase describing it) opens its sentence and speaks, and the very
        next sentence opens with a person's name, the subject of its main verb, a speech cue; the
        role is that person. Any other next sentence leaves the role unnamed.
        """
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
        lemma = tok.lemma_.lower()
        verbs = _verbs_of(lemma)
        for prev in reversed(self.doc[:tok.i]):
            if prev.pos_ == "VERB" and prev.lemma_.lower() in verbs and not self.in_quote[prev.i]:
                # "Chrysler filed for bankruptcy … The bankruptcy filing indicated …": a noun made
                # from a verb takes up that verb's event, and its author is the verb's subject
                # (Grimshaw 1990, a nominal's subject argument; wikinews 125796, issue 14 round 40)
                subj = next((c for c in prev.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), None)
                if subj is not None:
                    found = self.resolve(subj)
                    if found is not None and self.type_of(found.entity) in {"ORG", "PERSON", "GPE"}:
                        return found
                continue
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
        local = self._matrix_subject(tok, info, types, gender)
        if local is not None:
            return local
        mate = clause_mate(tok)  # "he did not play Green … because he felt": where the first "he" stands
        at = tok.idx if mate is None else mate.idx
        self._chain(tok if mate is None else mate, types, gender, info.number)
        extra = self.description_candidates(at, gender) if tok.lower_ in {"he", "she"} and "PERSON" in types else None
        if tok.lower_ == "they" and info.number == "pl":
            extra = self.group_candidates(at)  # "Protesters' demands include …. They had asked …" (round 46)
        chosen = self.choice(at, types, gender=gender, singular=info.number == "sg", plural=info.number == "pl", extra=extra)
        if chosen is None:
            return None
        ante = chosen.entity
        if extra and ante in extra:
            # a person description no entity stood for won: its entity is made now, and its
            # mention joins the antecedents of later pronouns (``description_candidates``)
            made = self._new(extra[ante])
            if made is None:
                return None
            ante = made.entity
            desc = extra[chosen.entity]
            bisect.insort(self.history, (desc.idx, ante, self.type_of(ante), self._candidate(desc.idx, ante, desc)),
                          key=lambda h: h[:3])
            chosen = replace(chosen, entity=ante)
        self.entities.add_mention(ante, Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(ante, tok.text, tok.idx, tok.idx + len(tok), "pronoun", why=self._why(tok, chosen))

    def _chain(self, tok: Token, types: set[str], gender: str | None, number: str) -> None:
        """Resolve first the unresolved "he"/"she" of the same form that is the main-clause subject
        of one of the two sentences before ``tok``, and count it as a subject mention of its choice.

        "A professor …, Yanis Varoufakis, did not go to work today … But he rode his bicycle into
        the city … "What I did witness …," he said": Lappin & Leass (1994) resolve every pronoun in
        order and add it to its antecedent's salience, so the second "he" meets the first as the
        subject one sentence back. hearsay resolves only speakers; without the chain, the person
        quoted before the introduction outweighed the one the story had turned to (mention audit
        2, ECB+ 8_7ecbplus; "He knew … He knew … He saw" of Mark Felt, 28_7ecb).
        Only a pronoun that is its sentence's first subject is chained: the preferred centre of an
        utterance is its first, subject, mention (Grosz, Joshi & Weinstein 1995), and a subject after
        another ("He looked up at her then ; she heard his words", the second clause the parser's
        root) is none; chaining it cost LitBank dialogue speakers (round 21).
        """
        if tok.lower_ not in {"he", "she"}:
            return
        here = tok.sent
        sents = list(self.doc.sents)
        k = next((i for i, s in enumerate(sents) if s.start == here.start), None)
        if k is None:
            return
        known = {h[0] for h in self.history}
        for sent in sents[max(0, k - 2):k]:
            for p in sent:
                if (p.lower_ == tok.lower_ and p.dep_ in {"nsubj", "nsubjpass"} and p.head.dep_ == "ROOT"
                        and not self.in_quote[p.i] and p.idx not in known):
                    if not first_subject(p):
                        break  # "He looked up at her then ; she heard …": a later clause's subject is no sentence topic
                    chosen = self.choice(p.idx, types, gender=gender, singular=number == "sg", plural=number == "pl")
                    if chosen is not None:
                        cand = self._candidate(p.idx, chosen.entity, p)
                        bisect.insort(self.history, (p.idx, chosen.entity, self.type_of(chosen.entity), cand),
                                      key=lambda h: h[:3])
                        known.add(p.idx)
                    break  # one main-clause subject a sentence

    def _matrix_subject(self, tok: Token, info: PronounInfo, types: set[str], gender: str | None) -> Resolved | None:
        """Return the named subject of the clause that the pronoun's adverbial clause modifies, when
        it agrees ("Magruder lied when he claimed …" → Magruder; ``_antecedents.matrix_subject``)."""
        subj = matrix_subject(tok)
        if subj is None or self.in_quote[subj.i] or self.in_quote[tok.i] and not self.in_quote[subj.i]:
            return None
        found = self._named(subj)
        if found is None:
            return None
        etype = self.type_of(found.entity)
        if etype not in types or info.number == "pl" and etype == "PERSON" or info.number == "sg" and subj.tag_ == "NNPS":
            return None
        if gender is not None and etype == "PERSON" and self._gender(found.entity) not in {None, gender}:
            return None
        self.entities.add_mention(found.entity, Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(found.entity, tok.text, tok.idx, tok.idx + len(tok), "pronoun")

    def _name_of(self, eid: str) -> str:
        """Return an entity's name, or the head noun of a description candidate no entity stands for."""
        if eid.startswith(DESCRIPTION_ID):
            tok = self._token_at(int(eid[len(DESCRIPTION_ID):]))
            return tok.text if tok is not None else eid
        return self.entities.entity(eid).name

    def _why(self, tok: Token, chosen: Choice) -> str:
        """Return the scored antecedent choice of ``tok`` as the line a statement records."""
        names = {e: self._name_of(e) for e in (chosen.entity, chosen.runner_up) if e is not None}
        return f"{tok.text} → {chosen.explain(names)}"

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
        etype = self.type_of(found.entity)
        if etype not in types or info.number == "pl" and etype == "PERSON" and subj.tag_ not in {"NNS", "NNPS"} \
                and not speaker_nouns().get(subj.lemma_.lower(), ("", False))[0]:
            return None
        if gender is not None and etype == "PERSON" and self._gender(found.entity) not in {None, gender}:
            return None
        self.entities.add_mention(found.entity, Mention(tok.idx, tok.idx + len(tok), tok.text))
        return Resolved(found.entity, tok.text, tok.idx, tok.idx + len(tok), "pronoun")


__all__ = ["PronounInfo", "Resolved", "SpeakerResolver", "given_names", "pronouns", "speaker_nouns"]
