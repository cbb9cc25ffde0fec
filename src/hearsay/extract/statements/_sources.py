"""Source phrases of cue verbs: the subject, the ``by`` agent, the subject inherited by a participle,
conjunct or relative clause, the object of an inverted clause ("…,” warned a report), and the
names the parser misattaches; plus the agent test of the ``inf_agent`` frame and "let X know"."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.statements._apposed_names import apposed_name_before, titled_person_of
from hearsay.extract.statements._cues import CueEntry, adjectival_participle, cue_entry, negated, _passive
from hearsay.extract.statements._speaker_lexicon import speaker_nouns


_SUBJ = {"nsubj", "csubj"}
_NON_SOURCES = {"this", "that", "these", "those", "which", "what", "there", "who", "you", "some", "one", "it", "nobody", "none"}
_RELATIVE = {"who", "which", "that"}


def let_know(tok: Token) -> tuple[CueEntry, Token | None] | None:
    """Return the speech entry and source of "X let Y know that …" at ``know``, else None.

    A causative of knowing is telling (issue 14 round 10: "Meyer went on … to let fans know that
    …"): ``know`` as the clausal complement of ``let`` with a "that" clause of its own ("let me know
    if …" is a request for information, no statement). The source is the subject of ``let``, found
    up its conjunct, infinitival and adverbial-clause heads when ``let`` has none of its own.
    """
    if tok.lemma_.lower() != "know" or tok.dep_ not in {"ccomp", "xcomp"} or tok.head.lemma_.lower() != "let":
        return None
    if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
        return None
    let = tok.head
    if negated(let):
        return None
    src = source_of(let)
    head = let
    while src is None and head.dep_ in {"conj", "xcomp", "advcl"} and head.head.i != head.i:
        head = head.head
        src = next((c for c in head.children if c.dep_ in _SUBJ), None)
    return CueEntry("let", "verb", "speech", frozenset({"clause", "that"})), src


def _name_read_as_adverb(tok: Token) -> Token | None:
    """Return a name the parser hung on cue verb ``tok`` as an adverb right before it, else None.

    The small English parser reads an unfamiliar surname before a verb as an adverb ("Karbouly
    <-advmod- told the tribunal that …", "which Karbouly <-advmod- denied"), leaving the verb with
    no subject or with the relative pronoun as one (rich4's Wikipedia article, issue 14 round 13).
    """
    for c in tok.children:
        if (c.dep_ in {"advmod", "npadvmod"} and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", "ORG"}
                and c.i < tok.i and c.right_edge.i == tok.i - 1):
            return c
    return None


def _document_sent_to(addressee: Token) -> Token | None:
    """Return the document sent to ``addressee`` when a participle cue hangs on the addressee, else None.

    "… sent separate letters last Friday to the Interior and Commerce departments urging them to
    overturn …" (statements-rich5, issue 14 round 14): the parser hangs "urging" on the nearest
    noun, the addressee of "to"; the letters urge, not the departments. The addressee is the object
    of "to" under a verb whose direct object is a document noun (lexicon/speaker_nouns.tsv); the
    document is the source (resolved to its sender).
    """
    prep = addressee.head
    if addressee.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in {"dative", "prep"}:
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < addressee.i and speaker_nouns().get(c.lemma_.lower(), ("", False))[1]:
            return c
    return None


def _subject_source(tok: Token, subjects: list[Token]) -> Token:
    """Return the source among the subjects of cue verb ``tok``: the last proper noun or subject, the
    name after an opening participle, the noun a relative clause describes, a name apposed to it."""
    propn = [s for s in subjects if s.pos_ == "PROPN"]
    subj = (propn or subjects)[-1]
    if subj.tag_ == "VBG" and subj.i == subj.sent.start:
        # "Writing in a company blog, Mike Reavey, director of …, urged users to …": the parser
        # takes the opening participle for the subject and hangs the name on it; the name after
        # the participle's comma is the source (statements-rich4, issue 14 round 11)
        named = [c for c in subj.children if c.dep_ in {"npadvmod", "appos", "nsubj"} and c.pos_ == "PROPN"
                 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","]
        if named:
            return named[0]
    if subj.lower_ in _RELATIVE and tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return _whole_name(tok.head)  # "analysts, who had forecast that …": the noun the clause describes
    return _named_before(tok, subj) or titled_person_of(subj) or subj


def _whole_name(noun: Token) -> Token:
    """Return the head of the name ``noun`` ends when it closes a name's "for"/"of" phrase.

    "… the Russian government's Federal Service for the Financial Markets, which demanded the
    suspension": the parser hangs the relative clause on the last word, NER splits the name in two;
    the clause describes the whole name, headed by "Service" (statements-extra2 113227, issue 14
    round 42). Only proper nouns: "the head of the agency, who said …" keeps "agency".
    """
    prep = noun.head
    if (noun.pos_ == "PROPN" and noun.dep_ == "pobj" and prep.lower_ in {"for", "of"} and prep.head.pos_ == "PROPN"
            and prep.head.ent_type_ == "ORG" and noun.ent_type_ == "ORG" and prep.i == prep.head.i + 1):
        return prep.head
    return noun


_QUOTING = frozenset({"quote", "cite"})


def _listed_with_complement(tok: Token) -> Token | None:
    """Return the subject of the reported clause a subjectless past-tense verb continues, else None.

    "Witnesses say defendant Yvonne Hiller had long complained of abuse …, claimed they were
    poisoning her …": the parser joins "claimed" to the present-tense "say", but a verb listed
    after a comma with no conjunction, in the past tense of the reported clause and not in the
    reporting verb's present, continues that clause and shares its subject (issue 14 round 27,
    statements-rich12 22_7ecbplus; the witnesses relay it).
    """
    head = tok.head
    if (tok.dep_ != "conj" or tok.tag_ != "VBD" or head.tag_ not in {"VBP", "VBZ"} or head.i >= tok.i
            or tok.i == 0 or tok.doc[tok.i - 1].text != "," or any(c.dep_ == "cc" for c in head.children)):
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i < tok.i and c.tag_ in {"VBD", "VBN"}), None)
    if clause is None:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN", "PRON"}]
    return subjects[0] if subjects else None


def _inverted_title_name(tok: Token) -> Token | None:
    """Return the person's name that ends an inverted cue's clause the parser read as a clause of
    its own: "“It is an honor …,” said ABC Entertainment Group prexy Paul Lee." ("prexy" tagged a
    verb, "Group" its subject, "Paul Lee" its object; statements-rich4 2_10ecbplus, issue 14
    round 28's left item). After a quotation the words between an inverted cue and the sentence's
    end are its subject phrase, a title run into a name, so the name that closes them is the
    source: a clausal complement right after the cue, with no punctuation inside, ending in a
    person's name that ends the sentence."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "ccomp" or c.left_edge.i != tok.i + 1:
            continue
        sub = list(c.subtree)
        last = sub[-1]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (not any(t.is_punct for t in sub) and last.ent_type_ == "PERSON" and last.pos_ == "PROPN"
                and (after is None or after.text in {".", "\n"} or after.is_space)):
            return last
    return None


def _going_on_to(tok: Token) -> bool:
    """True for the infinitive of an aspectual "go on to …" the parser hung on "went" as an adverbial
    clause ("Dittmar went on to add, “…”": issue 14 round 33, rich17 wn2019-027): the subject of
    "went on" says it, as it would of "continued to add" (an ``xcomp``). Only a verb that introduces
    words (the ``quote`` frame: add, say, explain, warn): "Meyer went on to praise Weitz" names whom
    she praised, no words of hers (statements-rich2 6_2ecb)."""
    head = tok.head
    entry = cue_entry(tok)
    return (entry is not None and "quote" in entry.frames and head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and head.i < tok.i)


def source_of(tok: Token) -> Token | None:
    """Return the head token of the source phrase of cue verb ``tok``, else None."""
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        return source_of(tok.head)
    if adjectival_participle(tok):
        return next(c for c in tok.children if c.dep_ == "nsubjpass")
    subjects = [c for c in tok.children if c.dep_ in _SUBJ]
    marked = name_before_marks(tok, subjects)
    if marked is not None:
        return marked
    misread = _name_read_as_adverb(tok)
    if misread is not None and all(s.lower_ in _RELATIVE for s in subjects):
        return misread
    if subjects:
        return _subject_source(tok, subjects)
    for aux in tok.children:
        # "I do hope …" after a sentence-final line: the parser can hang the subject on the
        # emphatic or modal auxiliary ("I" <-nsubj- "do" <-aux- "hope"); the auxiliary's subject is
        # the verb's (issue 14, round 8: an op-ed's "I do hope" was lost in the article)
        if aux.dep_ == "aux" and aux.i < tok.i:
            aux_subjects = [c for c in aux.children if c.dep_ in _SUBJ and c.i < aux.i]
            if aux_subjects:
                return aux_subjects[-1]
    if _passive(tok):
        for c in tok.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        return None
    if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    head = tok.head
    if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"} and head.i < tok.i
            and tok.i > 0 and _comma_before_participle(tok)):
        # "Dicks said he was “shocked”, releasing a statement …": a participle after a comma shares the
        # subject of the clause before it (never a noun after it, even after a closing quote); when
        # the parser hangs it on the reported clause, it belongs to the reporting clause
        if head.dep_ == "ccomp" and head.head.pos_ in {"VERB", "AUX"}:
            head = head.head
        return source_of(head)
    # inverted clause: the quote or clause comes first, the source follows ("…,” warned a report)
    left_content = any(c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].is_quote
    ) or (tok.i > 1 and tok.doc[tok.i - 1].is_punct and tok.doc[tok.i - 2].is_quote)
    if left_content:
        for c in tok.children:
            if c.dep_ in {"dobj", "attr", "npadvmod", "nsubj"} and c.i > tok.i and c.pos_ in {"NOUN", "PROPN"}:
                return c
        misparsed = _inverted_title_name(tok)
        if misparsed is not None:
            return misparsed
    apposed = apposed_name_before(tok)  # "the president of X, Jamel Msallem, said" (round 36)
    if apposed is not None:
        return apposed
    swallowed = _name_swallowed_before(tok)
    if swallowed is not None:
        return swallowed
    disagreeing = _plural_subject_before(tok)
    if disagreeing is not None:
        return disagreeing
    listed = _listed_with_complement(tok)
    if listed is not None:
        return listed
    if tok.dep_ in {"advcl", "conj", "xcomp", "pcomp"} and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.tag_ not in {"VBG", "VBN"} and not _going_on_to(tok):
            return None
        return source_of(tok.head)
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.tag_ == "VBN" and cue_entry(tok) is not None and not any(
            c.dep_ == "ccomp" for c in tok.children):
        # a passive participle's noun is what is said or thought of, not who says it: "the $1
        # million fire damages, suspected as arson, were …", "The man, described by police as
        # “dangerous”, …" → the "by" agent, else no source (issue 14 round 28, statements-rich14
        # 13_2ecb); with a clause of its own the noun holds it ("Residents, worried that …"); only
        # for the cue itself, not a verb a conjoined cue inherits its subject from ("Cameron's
        # companion …, faced about and said: …", the parser's "faced" a participle; LitBank)
        return next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:  # "a statement saying"
        sent = _document_sent_to(tok.head)
        if sent is not None:
            return sent
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" and _passive(tok.head.head):
        # "The minister was reported/quoted as saying: …": the passive subject said it, an
        # unnamed reporter relayed it (issue 14 round 11; round 10's rich2 leftover)
        passive_subj = [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]
        return passive_subj[0] if passive_subj else None
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in _QUOTING:
        # "Another news agency quoted the governor as saying …": the agency carries the words; the
        # quoted object is made the speaker and the agency its relay by the relay pass
        # (``_relays._quoted_as``; statements-rich9 20_1ecb, issue 14 round 19)
        return source_of(tok.head.head)
    return None


# a bracketed mark after a name in web news: a language tag ("[es]", "[pt-BR]") or a handle ("(@Staisy09)")
_MARK = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?|@\w{2,30}")


def name_before_marks(tok: Token, subjects: list[Token]) -> Token | None:
    """Return the name a cue verb's subject is cut from by bracketed marks, else None.

    Web news follows a source's name with its handle and the language of the linked page
    ("Sthaisy Smith (@Staisy09) [es] considers it madness …:", "Uniradioinforma [es] reports
    that …"; statements-gv2012, issue 14 round 42): the parser ends a sentence at the brackets and
    makes the mark the verb's subject, or leaves the verb with none. When the verb has no subject
    but the bracket tokens, and right before it stand one or more bracketed marks (a lower-case
    language code or a handle) after a proper noun, that name is the source.
    """
    if any(not _in_brackets(s) for s in subjects):
        return None
    doc = tok.doc
    i = tok.i - 1
    # a fronted adverbial between the marks and the verb: "… [es] on the other hand sees it as …"
    fronted = [c for c in tok.children if c.dep_ in {"prep", "advmod", "npadvmod"} and c.i < tok.i and not _in_brackets(c)]
    while fronted and fronted[-1].right_edge.i == i:
        i = fronted.pop().left_edge.i - 1
    groups = 0
    while i > 0 and doc[i].text in {")", "]"}:
        closer = doc[i].text
        opener = "(" if closer == ")" else "["
        j = i - 1
        while j >= 0 and i - j <= 6 and doc[j].text != opener:
            j -= 1
        if j < 0 or doc[j].text != opener or not _MARK.fullmatch(doc.text[doc[j].idx + 1:doc[i].idx].strip()):
            return None
        groups += 1
        i = j - 1
        while i > 0 and doc[i].is_space:
            i -= 1
    if not groups or i < 0:
        return None
    name = doc[i]
    if name.pos_ == "NUM" and name.dep_ == "nummod" and name.head.i == i - 1:
        name = name.head  # "Agenda 507 (@agenda507) [es] wants …"
    return name if name.pos_ == "PROPN" or name.ent_type_ in {"PERSON", "ORG"} else None


def _in_brackets(t: Token) -> bool:
    """True for a bracket or a token between brackets right before it ("[", "es", "]")."""
    if t.text in {"(", ")", "[", "]"}:
        return True
    doc = t.doc
    return 0 < t.i < len(doc) - 1 and doc[t.i - 1].text in {"(", "["} and doc[t.i + 1].text in {")", "]"}


def _comma_before_participle(tok: Token) -> bool:
    """True when a comma stands right before participle ``tok`` or before its own adverbs ("…,”
    further saying, …": statements-wn2019 wn2019-070, issue 14 round 36)."""
    i = tok.i - 1
    while i > 0 and tok.doc[i].dep_ == "advmod" and tok.doc[i].head.i == tok.i:
        i -= 1
    if i > 0 and tok.doc[i].is_quote and tok.doc[i - 1].text == ",":
        i -= 1  # the comma inside the closing quotation mark
    return tok.doc[i].text == ","


_NAME_LINKS = frozenset({"of", "at", "for", "from"})


def _name_swallowed_before(tok: Token) -> Token | None:
    """Return the name right before a subjectless main cue verb that the parser put inside a fronted
    phrase, else None.

    "On Friday Ford Motor Company announced …" ("Friday Ford Motor Company" read as the object of
    "On") and "Calling it as “just another apology”, Anna Franowska of “Have no fear”, an abuse
    victim support charity, told Reuters “…”" (the name apposed to "apology"): the finite verb of the
    sentence is left with no subject, and the name that ends right before it is its subject
    (statements-rich19 wn2019-051 and wn2019-057, issue 14 round 35). The verb must be the active,
    finite root with no subject and nothing before it but the fronted phrase; between the name and
    the verb only the name's own "of"/"at"/"for"/"from" phrase (quotation marks allowed) and one
    apposition between commas may stand, with no verb.
    """
    if tok.dep_ != "ROOT" or tok.tag_ not in {"VBD", "VBZ", "VBP"} or _passive(tok):
        return None
    if any(c.dep_ in _SUBJ or c.dep_ == "expl" or c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i for c in tok.children):
        return None
    doc = tok.doc
    i = tok.i - 1
    if i > tok.sent.start and doc[i].text == ",":  # one apposition between commas: ", an abuse victim support charity,"
        j = i - 1
        while j > tok.sent.start and doc[j].text != "," and doc[j].pos_ not in {"VERB", "AUX"}:
            j -= 1
        if j <= tok.sent.start or doc[j].text != "," or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[j + 1:i]):
            return None
        i = j - 1
    # the name's own phrase: "of “Have no fear”", "at Acme" (words with no verb of their own, after a link word)
    k = i
    while k > tok.sent.start and not (doc[k].pos_ == "PROPN" and doc[k].ent_type_ in {"PERSON", "ORG"}):
        if doc[k].text in {",", ";", ":"} or doc[k].pos_ in {"VERB"} and not doc[k].is_title:
            return None
        k -= 1
    name = doc[k]
    if name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"} or k != i and doc[k + 1].lower_ not in _NAME_LINKS:
        return None
    if name.dep_ in _SUBJ or name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
        return None
    return name


def _plural_subject_before(tok: Token) -> Token | None:
    """The plural noun right before a subjectless conjoined cue that cannot share its first
    conjunct's singular subject, else None.

    "The main town on Qeshm still has power, water and electricity connections and officials say
    they are sending relief goods" (a sentence with no full stop run into the next, as scraped and
    sentence-split text arrives): the parser coordinates "officials" with the objects and "say"
    with "has", so "say" would inherit "The main town". A present-tense verb inflected for a
    plural subject (VBP) cannot take a singular third-person subject (VBZ head, singular noun), so
    the plural noun before it is its subject (statements-rich9 20_1ecbplus; issue 14 round 18).
    """
    if tok.dep_ != "conj" or tok.tag_ != "VBP" or tok.i == 0 or tok.head.tag_ != "VBZ":
        return None
    prev = tok.doc[tok.i - 1]
    if prev.tag_ not in {"NNS", "NNPS"} or prev.dep_ in _SUBJ:
        return None
    first = [c for c in tok.head.children if c.dep_ in _SUBJ]
    if not first or first[0].tag_ not in {"NN", "NNP"}:
        return None
    return prev


def _named_before(verb: Token, subj: Token) -> Token | None:
    """The name a description subject is apposed to when its closing comma is missing.

    "Buzz Hargrove, the president of Canadian Auto Workers said …": with no comma after the
    description the parser makes the description the subject and hangs the name on the verb
    (``dep``/``npadvmod``). A person or organisation name that is a child of the same verb and
    ends right before "<name>, <description>" is the source, as it is when both commas are there.
    """
    if subj.pos_ != "NOUN":
        return None
    lo = subj.left_edge.i
    if lo < 2 or subj.doc[lo - 1].text != ",":
        return None
    for c in verb.children:
        if (c.i == lo - 2 and c.dep_ in {"dep", "npadvmod", "nsubj", "appos"} and c.pos_ == "PROPN"
                and c.ent_type_ in {"PERSON", "ORG"}):
            return c
    return None


def valid_source(tok: Token) -> bool:
    """True when ``tok`` can head a source phrase (not a demonstrative, expletive or quantifier)."""
    if one_of_people(tok):
        return True
    if tok.lower_ in _NON_SOURCES and tok.lower_ != "it":
        return False
    if tok.lower_ == "it":
        # "it said" of an organisation, never "it is hoped" / "it emerged"
        return tok.head.lemma_ in {"say", "announce", "report", "state", "add", "confirm", "deny", "warn", "claim", "predict",
                                   "estimate", "forecast", "note", "explain", "acknowledge", "admit", "insist"}
    if any(t.tag_ in {"WRB", "WDT", "WP"} for t in tok.subtree if t.i < tok.i):
        return False  # "how many people will want to …", "which analysts expect …": a question, not a source
    return tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "X"} or tok.ent_type_ != ""



def one_of_people(tok: Token) -> bool:
    """True for "one of the victims": "one" with an "of" phrase of plural person nouns is one
    particular member who speaks (statements-rich18 wn2019-039, issue 14 round 34), unlike "one"
    alone or "one of the reasons"."""
    if tok.lower_ != "one":
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ == "NNS" and (obj.lower_ in _people_nouns() or obj.lemma_.lower() in _people_nouns()):
                return True
    return False

_AGENT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def agent_infinitive(tok: Token) -> Token | None:
    """Return the to-infinitive verb of an agent's belief or intention ("X expects to …"), else None.

    The narrow ``inf_agent`` frame of ``expect``/``seek``/``hope`` (issue 14 round 9): a bare "expect
    to" is as often a forecast about things ("sales are expected to rise", "Fiat expected X to
    increase") as an agent's own intention. It holds only when the cue is active and its subject
    is a person or organisation (a PERSON or ORG name, a role noun of ``lexicon/speaker_nouns.tsv``
    or a personal pronoun), when no object stands between cue and infinitive (an object is the
    infinitive's subject: "expected sales to rise" is about sales), and when the infinitive's
    clause says something beyond its verb (an object, complement or modifier).
    """
    if _passive(tok) or tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"}:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _agent(subj):
        return None
    if any(c.dep_ in {"dobj", "dative"} for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in {"VERB", "AUX"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            said = [g for g in c.children if g.dep_ not in {"aux", "neg", "punct", "cc"} and g.i > c.i]
            if said and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                return c
    return None


def agent_subject(tok: Token) -> bool:
    """True when active cue verb ``tok`` has a subject that can act by speaking: a person, an
    organisation or a country (NER), a role noun or a personal pronoun (the ``agent`` frame of
    cues.tsv: "the US has been encouraging allies to …", never "the results encouraged investors
    to …"; issue 14 round 31)."""
    if _passive(tok):
        return False
    # the parser can hang the subject on an auxiliary ("The US has been encouraging": "US" on "been")
    heads = [tok, *(c for c in tok.children if c.dep_ == "aux" and c.i < tok.i)]
    subj = next((c for h in heads for c in h.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if _agent(subj) or subj.ent_type_ in {"GPE", "NORP"} or subj.pos_ == "PROPN":
        # a name NER left untyped is still a name ("The US has been encouraging …" after a
        # sentence that made "Mahan" the place: statements-rich16 wn2019-016)
        return True
    # a description of people or of a body: "the mayor", "police", "officials" (not a document)
    low = subj.lemma_.lower()
    role = speaker_nouns().get(low)
    return subj.pos_ in {"NOUN", "PROPN"} and (role is not None and not role[1] or low in _people_nouns())


@functools.lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    # person_nouns.txt leaves bodies out on purpose ("police" is no antecedent for "he"); as the
    # subject of a speech act the two collective bodies of news reports speak as people do
    return frozenset(lexicon.words("person_nouns.txt") | lexicon.words("titles.txt") | {"police", "authority"})


def _agent(subj: Token) -> bool:
    """True when ``subj`` names a person or organisation (NER, a role noun, a personal pronoun)."""
    if subj.lower_ in _AGENT_PRONOUNS:
        return True
    if subj.ent_type_ in {"PERSON", "ORG"}:
        return True
    role = speaker_nouns().get(subj.lemma_.lower())
    return subj.pos_ == "NOUN" and role is not None and not role[1] and role[0] in {"PERSON", "ORG"}
