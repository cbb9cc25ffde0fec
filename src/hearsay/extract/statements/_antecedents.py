"""Antecedents of one document: the mentions of speaker entities with their roles, the speakers
found so far, and the candidates a pronoun or description agrees with, handed to the scored
choice of ``_antecedent_choice`` (Lappin & Leass 1994; issue 14 round 16)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.statements._antecedent_choice import Candidate, Choice, Context, Role, choose
from hearsay.extract.statements._attribution import cue_entry
from hearsay.extract.statements._group_antecedents import group_candidates
from hearsay.extract.statements._sources import one_of_people
from hearsay.extract.statements._speaker_lexicon import _SPEAKER_TYPES, given_names, speaker_nouns
from hearsay.nlp.text import doc_text


_WINDOW = 2500  # characters an antecedent may lie back


def _role(tok: Token) -> tuple[Role, bool]:
    """Return the grammatical role of the phrase headed by ``tok`` and whether it is a subject of
    its sentence's main clause. A name apposed to the subject stands where the subject does ("The
    pastor, Larry Kroon, declined to say …"; statements-rich5 13_1ecb, issue 14 round 13)."""
    if tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.i < tok.i:
        return _role(tok.head)
    if tok.dep_ == "dobj":
        return "object", False
    if tok.dep_ == "dative":
        return "dative", False
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return ("oblique" if tok.dep_ == "pobj" else "other"), False
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "Ann Lee arrived and was greeted"
        head = head.head
    return "subject", head.dep_ == "ROOT"


_RELATIVE_PRONOUNS = {"who", "which", "that"}


def relative_subject(tok: Token) -> Token | None:
    """Return the relative pronoun that is the subject of a relative clause on the phrase headed
    by ``tok`` ("Reunion Pictures' Matthew O'Connor, who coproduced Reid …" → "who"), else None.

    A relative pronoun is a mention of its antecedent with a role of its own (Lappin & Leass 1994
    count every noun phrase of an equivalence class, a relative pronoun's included): the person
    an oblique phrase introduces is, through "who", the subject of the clause that says what they
    did. Without it, the one oblique mention lost to an earlier speaker's salience and "“Tara was
    100 percent professional,” he told E! News" went to the publicist quoted two sentences before
    (statements-rich14 1_3ecb; issue 14 round 29).
    """
    for c in tok.children:
        if c.dep_ != "relcl" or c.i < tok.i:
            continue
        subj = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and subj.tag_ in {"WP", "WDT"}:
            return subj
    return None


def _embedded(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` sits inside another noun phrase: a possessor, a
    compound or adjectival modifier, or the object of a preposition that modifies a noun."""
    if tok.dep_ in {"poss", "compound", "nmod", "amod"}:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"NOUN", "PROPN", "PRON"}


def _event_agent(tok: Token) -> bool:
    """True when the name headed by ``tok`` is the possessor or compound modifier of an event noun
    ("a Screen Actors Guild strike", "Russia's attack"): the nominal's subject argument."""
    return tok.dep_ in {"poss", "compound"} and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in lexicon.event_nouns()


def _adverbial(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the object of a preposition attached to a verb."""
    return tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "agent"} and tok.head.head.pos_ in {"VERB", "AUX"}


_LOCATIVE_PREPS = {"in", "at", "across", "throughout", "inside", "within", "near"}


def _locative(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the object of a locative preposition that
    modifies a noun ("officials in Britain", "a plant in Germany"): it says where, and is no
    antecedent of "it" or "the company" (issue 14, round 5: "it" linked to a country)."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS
            and prep.head.pos_ in {"NOUN", "PROPN"})


_ADDRESS_VERBS = frozenset({"tell", "say", "speak", "write"})  # speech verbs whose "to" object is addressed


def _addressee(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the one a speech cue addresses ("he told The
    Associated Press", "said in a statement to Reuters"): an outlet or listener, never the
    organisation "the company" or "it" takes up later (statements-rich7 22_2ecbplus, issue 14
    round 15: "the company said in a statement" went to the news agency told just before)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head
    elif tok.dep_ not in {"dobj", "dative"}:
        return False
    if head.pos_ != "VERB" or head.lemma_.lower() not in _ADDRESS_VERBS:
        return False
    entry = cue_entry(head)
    return entry is not None and entry.kind == "speech"


_TALK_NOUNS = frozenset({"interview", "conversation", "talk", "call", "chat", "letter", "message", "email"})
_TALK_VERBS = _ADDRESS_VERBS | {"talk", "explain", "interview"}  # and those with a party one talks "with"


def interlocutors(anaphor: Token) -> list[tuple[int, int]]:
    """Return the character spans of the names a subject pronoun ``anaphor`` speaks to in its own
    sentence: the object of "to"/"with" of a speaking verb that has no other subject ("Speaking to
    Martin Smith of PBS, he said …"), of a noun of talk ("In an interview with Dawn, she said …"),
    and the addressee of a "tell" the pronoun is the subject of ("he told Smith …").

    The one who speaks is not the one spoken to: binding condition C keeps "he told Smith" apart,
    and an interview or a conversation has two parties, its subject and the one it is "with" (issue
    14 round 38: "he" went to the PBS interviewer, statements-wn2019 part 2 dev). Only the phrase's
    head name is returned ("Martin Smith", not "of PBS")."""
    if anaphor.dep_ not in {"nsubj", "nsubjpass"} or anaphor.pos_ != "PRON":
        return []
    out: list[tuple[int, int]] = []
    for tok in anaphor.sent:
        if tok.dep_ in {"pobj", "dative"} and tok.head.lower_ in {"to", "with"} and tok.pos_ == "PROPN":
            gov = tok.head.head
        elif tok.dep_ in {"dobj", "dative"} and tok.pos_ == "PROPN" and tok.head.lemma_.lower() == "tell":
            gov = tok.head
        else:
            continue
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in _TALK_NOUNS:
            ok = True
        elif gov.pos_ == "VERB" and gov.lemma_.lower() in _TALK_VERBS:
            subj = [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}]
            ok = not subj or subj[0].i == anaphor.i
        else:
            ok = False
        if ok:
            out.append((tok.left_edge.idx, tok.idx + len(tok)))
    return out


_LINKED_CLAUSES = {"advcl", "conj"}


def clause_mate(tok: Token) -> Token | None:
    """Return the earliest subject pronoun of the same form as ``tok`` in an earlier clause of
    ``tok``'s clause complex (clauses joined by coordination or an adverbial link), else None.

    "He did not start Dalembert, and he did not play Green … because he felt that was a bad
    matchup": the subjects of one clause complex that share a pronoun are one referent, so the
    last "he" takes its antecedent where the first stands, before the objects named between
    (statements-rich9 5_1ecbplus; issue 14 round 18). Lappin & Leass (1994) resolve every pronoun
    in order, so the first "he" would already be in the chain; hearsay resolves only speakers, and
    this puts the chain back for subjects. A reported clause ("he said he …") is not a link: its
    subject is the reporter's business (``_reporter``).
    """
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    top = tok.head
    while top.dep_ in _LINKED_CLAUSES and top.head.i != top.i:
        top = top.head
    clauses, stack = [], [top]
    while stack:
        verb = stack.pop()
        clauses.append(verb)
        stack.extend(c for c in verb.children if c.dep_ in _LINKED_CLAUSES and c.pos_ in {"VERB", "AUX"})
    mates = [c for v in clauses for c in v.children
             if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == tok.lower_ and c.i < tok.i]
    return min(mates, key=lambda c: c.i) if mates else None


def matrix_subject(tok: Token) -> Token | None:
    """Return the named subject of the clause that the adverbial clause of pronoun ``tok`` modifies.

    "LaRue said Magruder lied when he claimed President Nixon knew …": the subject pronoun of an
    adverbial clause (advcl: "when/after/because he …") is first proposed the subject of the
    clause it modifies, the first noun phrase Hobbs's (1978) tree search meets going up from the
    pronoun ("Resolving pronoun references", Lingua 44) — here Magruder, not LaRue, the reporter
    named in every sentence before (ECB+ 28_9ecbplus, merge audit 20). Only a proper name (an
    NNP subject NER names, outside any quotation) before the pronoun is returned; the caller checks
    type, gender and number, and anything else is left to the salience choice.
    """
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = tok.head
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    subj = next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i > tok.i or subj.tag_ != "NNP" or subj.ent_type_ not in {"PERSON", "ORG", "GPE"}:
        return None
    return subj


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def first_subject(tok: Token) -> bool:
    """True when ``tok`` is the first subject of its sentence.

    The preferred centre of an utterance is its highest-ranked mention, the subject, and among
    subjects the first (Grosz, Joshi & Weinstein 1995, Centering); in "He looked up at her then ;
    she heard his words" the parser makes the second clause the root, but "she" is no topic the
    next sentence continues (issue 14 round 21, LitBank dev).
    """
    sent = tok.sent
    return not any(q.dep_ in {"nsubj", "nsubjpass"} for q in sent[: tok.i - sent.start])


def controlled_clause(tok: Token) -> tuple[int, int] | None:
    """Return the character span of a participial clause whose unexpressed subject is ``tok``.

    "Expressing certainty that Dr. Benjamin had opportunities to go elsewhere, he said …": the
    understood subject of a subjectless non-finite clause adjoined to a clause (advcl: a participle,
    an infinitive of purpose; no subordinator) is that
    clause's subject (subject control), and it c-commands every name inside the participle, so by
    binding condition C none of those names is the subject pronoun (ECB+ 34_9ecbplus, merge audit
    20: five "he" of Msgr. Farmer went to Regina Benjamin). Returned for the reported-clause
    discount of ``_antecedent_choice`` (a last resort, not an exclusion: a misparse costs little).
    """
    if tok.dep_ != "nsubj" or tok.lower_ not in {"he", "she", "they", "it"}:
        return None
    for c in tok.head.children:  # the tag is not asked for VBG: a line-initial "Praising" is often tagged NNP
        if c.dep_ == "advcl" and c.tag_ not in _FINITE and not any(
                g.dep_ in {"nsubj", "nsubjpass", "mark", "expl"} for g in c.children):
            return c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
    return None


def _person_noun(tok: Token) -> bool:
    """True when the common noun ``tok`` names a person's role: a person row of
    ``lexicon/speaker_nouns.tsv`` ("spokesman", "lawyer") or a title (``lexicon/titles.txt``:
    "professor", "commodore")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and (speaker_nouns().get(lemma, ("", False))[0] == "PERSON"
                                 or lemma in lexicon.words("titles.txt"))


def _age(tok: Token) -> bool:
    """True when ``tok`` is an age: "33" in "Kevin Blacks, 33," or the "old" of "25-year-old"."""
    if tok.dep_ == "appos" and tok.tag_ == "CD" and tok.text.isdigit():
        return 0 < int(tok.text) < 120
    return tok.dep_ == "amod" and tok.lower_ == "old" and any(t.lower_ in {"year", "years"} for t in tok.subtree)


def person_shaped(root: Token) -> bool:
    """True when the singular proper name headed by ``root`` stands where only a person does: it
    is apposed to a person's role noun either way round ("A professor of economics …, Yanis
    Varoufakis, …", "Waymarsh the American lawyer"), or it is given an age ("25-year-old Guzel",
    "Kevin Blacks, 33,").

    Such contexts are animacy evidence that anaphora resolvers use beside the named-entity tag
    (Orasan & Evans 2007, "NP animacy identification for anaphora resolution", JAIR 29: person
    hyponyms in apposition; Raghunathan et al. 2010's multi-pass sieve shares attributes across
    appositions). Mention audits 1 and 2 (issue 12): "he"/"she" went to a person named earlier
    because NER typed the one just introduced an organisation (ECB+ 8_7ecbplus, 11_2ecb). A
    relative "who" ("Montell Figgins, who represents Thomas, said …") was tried as a third sign
    and dropped: in fiction it also retyped heroines ("near Florence, who …"), and LitBank lost
    two dialogue speakers for one gained (issue 14 round 20).
    """
    if root.tag_ != "NNP":
        return False  # "the Red Indians who were lurking": a plural name is a group, not one person
    if root.dep_ == "appos" and _person_noun(root.head):
        return True
    for c in root.children:
        if c.dep_ == "appos" and _person_noun(c) or _age(c):
            return True
    return False


def _one_of_a_kind(root: Token) -> bool:
    """True when a plural-tagged name is one person: it is apposed to an indefinite singular noun
    ("Commodore Nirad Sinha, a navy spokesman, told CNN", "Sinha" tagged NNPS). A group is never "a spokesman" (number agreement within the apposition; issue 14 round 20,
    mention audit 2, ECB+ 12_8ecb: the next "He said" skipped Sinha as a group)."""
    if root.tag_ != "NNPS":
        return False
    return any(c.dep_ == "appos" and c.tag_ == "NN" and any(g.lower_ in {"a", "an"} for g in c.children)
               for c in root.children)


DESCRIPTION_ID = "description:"

_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "until", "since", "when", "because", "as", "while", "once"})


def _clause_subject_after(tok: Token) -> bool:
    """True when ``tok`` is the object the parser gave a clause-opening "after"/"before"/… on the
    main verb, with that verb's subjectless adverbial clause following it: "were arrested after
    one of their daughters, aged 17, escaped": ``tok`` is that clause's subject, misparsed."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _CLAUSE_PREPOSITIONS or prep.head.dep_ != "ROOT":
        return False
    return any(c.dep_ == "advcl" and c.i > tok.i and c.tag_ in {"VBD", "VBZ", "VBP"}
               and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in prep.head.children)


def partitive_member(tok: Token) -> Token | None:
    """Return the plural person noun of a partitive subject that brings one new person in, else None.

    "One of the victims decided to allow her name to be made public. She said …" (statements-rich18
    wn2019-039) and "… after one of their daughters, aged 17, escaped and phoned 911. She … said …"
    (statements-rich19 wn2019-050; issue 14 round 35): "one of the <people>" (``one_of_people``) is
    indefinite, so it introduces a referent (Prince 1981) that no entity stands for, and the next
    "she" took an earlier speaker or no one. Such a subject is a description candidate of a later
    "he"/"she" when it is the subject of the main clause or of an adverbial clause on it, or the
    object the parser gave a clause-opening "after"/"before"/… in place of that clause's subject
    (``_clause_subject_after``); the sex, if any, is the plural noun's ("daughters").
    """
    if not one_of_people(tok):
        return None
    if tok.dep_ == "nsubj":
        if tok.head.dep_ != "ROOT" and not (tok.head.dep_ == "advcl" and tok.head.head.dep_ == "ROOT"):
            return None
    elif not _clause_subject_after(tok):
        return None
    prep = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")
    return next(c for c in prep.children if c.dep_ == "pobj")


_FIRST_SECOND = frozenset({"my", "our", "your", "thy"})


def _discourse_new(tok: Token) -> bool:
    """True when the noun phrase headed by ``tok`` brings a new referent in: it has a possessor
    ("Timmons' best friend", "his lawyer") or an indefinite determiner ("a", "an", "one", "another").

    A possessor chain that ends in the first or second person ("my brother's wife") is no such
    phrase: it names someone the narrator or addressee knows, most often a character already
    named (LitBank dev, The Prisoner of Zenda: "My brother's wife uttered an exclamation … said
    she" is Rose)."""
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i:
            owner = c
            while True:
                if owner.lower_ in _FIRST_SECOND:
                    return False
                nxt = next((g for g in owner.children if g.dep_ == "poss"), None)
                if nxt is None:
                    return True
                owner = nxt
        if c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one", "another"}:
            return True
    return False


def _inside_other(spans: list[tuple[int, int, str]], start: int, end: int, eid: str) -> bool:
    """True when a longer mention of another entity holds the mention ``start..end``."""
    k = bisect.bisect_right(spans, (start, 1 << 62, "\uffff"))  # every mention starting at or before ``start``
    for s, e, other in reversed(spans[max(0, k - 8):k]):  # the nearest few: a holder starts close before
        if other != eid and s <= start and end <= e and e - s > end - start:
            return True
    return False


class _Antecedents:
    """Earlier speaker mentions of one document, by offset, and the antecedent search over them."""

    def __init__(self, doc: Doc, entities: EntityIndex, in_quote: list[bool]) -> None:
        self.doc = doc
        self.entities = entities
        self.in_quote = in_quote
        self.history: list[tuple[int, str, str, Candidate]] = []  # (offset, entity id, type, candidate), by offset
        self._spoken: list[tuple[int, str]] = []  # (offset, entity id) of every speaker so far, by offset
        self._reports: list[tuple[int, int]] = []  # (start, end) of every earlier statement's reported content
        self._genders: dict[str, str | None] = {}
        self._plural: dict[str, bool] = {}
        self._bodies: dict[str, bool] = {}
        self._sent_starts = [s.start_char for s in doc.sents]
        spans = sorted((m.start, m.end, eid) for eid in entities.ids() for m in entities.entity(eid).mentions)
        self._persons = self._person_shaped(spans)
        for eid in entities.ids():
            draft = entities.entity(eid)
            if draft.type not in _SPEAKER_TYPES:
                continue
            for m in draft.mentions:
                tok = self._token_at(m.start)
                if tok is None or in_quote[tok.i]:
                    continue
                if _inside_other(spans, m.start, m.end, eid):
                    continue  # "Singapore" inside "Singapore Airlines": part of another entity's name, no referent of its own
                if draft.type in {"GPE", "NORP"} and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
                    continue  # "a Dutch insurer": a country named by an adjective is no antecedent of "the company"/"it"
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if draft.type in {"GPE", "LOC"} and span is not None and _locative(span.root):
                    continue  # "Regulators in Britain fined a Dutch insurer. It said …": a place where, not who
                if draft.type in {"ORG", "GPE", "NORP"} and span is not None and _addressee(span.root):
                    continue  # "he told The Associated Press. … the company said": the channel, not the one in focus
                self.history.append((m.start, eid, self.type_of(eid), self._candidate(m.start, eid, span.root if span is not None else None)))
                rel = relative_subject(span.root) if span is not None else None
                if rel is not None:  # "… to Matthew O'Connor, who coproduced …": O'Connor is that clause's subject
                    self.history.append((rel.idx, eid, self.type_of(eid), self._candidate(rel.idx, eid, rel)))
        self.history.extend(self._unindexed_surnames(spans))
        self.history.sort(key=lambda h: h[:3])

    def _unindexed_surnames(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, str, str, Candidate]]:
        """Return mentions of persons the entity index lost: a one-word proper noun outside any
        quotation and any entity's mention, heading its own phrase, spelt as a one-word mention or
        as the last word of a longer mention of exactly one person of the article, and as no
        one-word mention of anything else.

        "Waseem appeared in a news conference … He has since said …": NER typed this "Waseem" an
        organisation and the index dropped it, so the subject of the sentence before was no
        candidate and "He" went to a person named two sentences back (statements-wn2019 part 2 dev
        wn2019-122; issue 14 rounds 38 and 40). A name the article already gives a person, alone,
        is that person's mention, as a family name alone is in a second reference (one sense per
        discourse; Gale, Church & Yarowsky 1992).
        """
        short: dict[str, set[str]] = {}
        for eid in self.entities.ids():
            draft = self.entities.entity(eid)
            for m in draft.mentions:
                words = m.text.split()
                if len(words) == 1 and m.text[:1].isupper():
                    short.setdefault(m.text, set()).add(eid if draft.type == "PERSON" else "")
                elif len(words) > 1 and draft.type == "PERSON" and words[-1][:1].isupper():
                    short.setdefault(words[-1], set()).add(eid)  # the family name a second mention uses
        starts = {s for s, _e, _ in spans}
        out = []
        for tok in self.doc:
            if tok.pos_ != "PROPN" or tok.dep_ in {"compound", "flat"} or self.in_quote[tok.i] or tok.idx in starts:
                continue
            owners = short.get(tok.text, set())
            if len(owners) != 1 or "" in owners or self.entities.mentions_in(tok.idx, tok.idx + len(tok)):
                continue
            if any(c.dep_ in {"compound", "flat"} for c in tok.children):
                continue  # a longer name of someone else ("Mohammed Waseem" vs "Ali Waseem")
            eid = next(iter(owners))
            out.append((tok.idx, eid, self.type_of(eid), self._candidate(tok.idx, eid, tok)))
        return out

    def _person_shaped(self, spans: list[tuple[int, int, str]]) -> set[str]:
        """Return the organisations and places NER typed whose name is once person-shaped
        (:func:`person_shaped`), outside quotations and no part of a longer name."""
        out: set[str] = set()
        for eid in self.entities.ids():
            draft = self.entities.entity(eid)
            if draft.type not in {"ORG", "GPE", "NORP"}:
                continue
            for m in draft.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span) or self.in_quote[span.root.i] or _inside_other(spans, m.start, m.end, eid):
                    continue
                if person_shaped(span.root):
                    out.add(eid)
                    break
        return out

    def state_body(self, eid: str) -> bool:
        """True when the organisation ``eid`` is a state office or body by its name: a mention
        outside quotation marks headed by, or apposed to a proper name headed by, a title
        (``lexicon/titles.txt``: "General") or an office's word (``lexicon/office_heads.txt``) —
        "The New York State Attorney General (NYAG)", "the Interior Department". A business noun
        ("the company") never takes such a body up (issue 14 round 23, mention audits 1 and 3:
        "The company, which is expected to lay off thousands …" went to NYAG, not WeWork)."""
        if eid not in self._bodies:
            words = lexicon.words("titles.txt") | lexicon.words("office_heads.txt")
            found = False
            for m in self.entities.entity(eid).mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span) or self.in_quote[span.root.i]:
                    continue
                root = span.root
                heads = [root] + ([root.head] if root.dep_ == "appos" and root.head.pos_ == "PROPN" else [])
                if any(h.pos_ == "PROPN" and h.lower_ in words for h in heads):
                    found = True
                    break
            self._bodies[eid] = found
        return self._bodies[eid]

    def type_of(self, eid: str) -> str:
        """Return the type an anaphor agrees with: the entity's, or PERSON for a name NER typed an
        organisation or place that stands where only a person does (:func:`person_shaped`)."""
        return "PERSON" if eid in self._persons else self.entities.entity(eid).type

    def _candidate(self, offset: int, eid: str, root: Token | None, speaker: bool = False) -> Candidate:
        role, main = _role(root) if root is not None else ("other", False)
        return Candidate(offset, eid, role, main, root is not None and _embedded(root), root is not None and _adverbial(root),
                         self._sentence_of(offset), speaker, event_agent=root is not None and _event_agent(root),
                         subject_owner=root is not None and root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"})

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self._sent_starts, offset) - 1

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def remember(self, offset: int, entity: str, content: tuple[int, int] | None = None) -> None:
        """Record ``entity`` as a speaker at ``offset``: a speaker counts as a subject mention there
        and, until the next statement, as the previous speaker (``_antecedent_choice``); the
        ``content`` it reports (start, end) discounts the mentions inside it for later anaphors."""
        cand = self._candidate(offset, entity, None, speaker=True)
        bisect.insort(self.history, (offset, entity, self.type_of(entity), cand), key=lambda h: h[:3])
        bisect.insort(self._spoken, (offset, entity))
        if content is not None:
            bisect.insort(self._reports, content)

    def _in_earlier_report(self, pos: int, offset: int) -> bool:
        """True when ``pos`` lies inside the content of a statement reported before ``offset``."""
        k = bisect.bisect_right(self._reports, (pos, 1 << 62))
        return any(s <= pos < e <= offset for s, e in self._reports[max(0, k - 4):k])

    def _gender(self, eid: str) -> str | None:
        """Return m or f when a person's given name, title or, for a description, head noun says so
        ("Mrs", "Maria", "her father"), else None."""
        if eid in self._genders:
            return self._genders[eid]
        names = given_names()
        votes: set[str] = set()
        draft = self.entities.entity(eid)
        text = doc_text(self.doc)
        for m in draft.mentions:
            words = m.text.lower().split()
            title = text[max(0, m.start - 8):m.start].lower().split()[-1:]
            # a description's lower-case head noun ("her father", "the widow") says the sex as
            # description_candidates reads it; a capitalised last word is a surname ("Felt")
            head = words[-1:] if len(words) > 1 and m.text.split()[-1].islower() else []
            for w in (words[:1] if len(words) > 1 else []) + title + head:
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
                sp is not None and len(sp) > 0 and sp.root.tag_ in {"NNS", "NNPS"} and not _one_of_a_kind(sp.root)
                for sp in spans)
        return self._plural[eid]

    def _single_person(self, eid: str) -> bool:
        """True when a person entity is only ever named as one person (a singular proper name, no
        "X and Y"): never the antecedent of "they" ("Police say … Hiller was suspended … They say
        …"; statements-rich 22_10ecbplus, issue 14 round 16)."""
        draft = self.entities.entity(eid)
        if draft.type != "PERSON" or not draft.mentions:
            return False
        for m in draft.mentions:
            sp = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is None or not len(sp) or sp.root.tag_ != "NNP" or any(t.lower_ in {"and", "&"} for t in sp):
                return False
        return True

    def _reported_by(self, offset: int) -> list[tuple[int, int]]:
        """Return the character spans of the clause reported by the cue whose subject stands at
        ``offset`` ("The escape happened near Baytown, Texas, it said") and of a participial clause
        that subject controls (``controlled_clause``): the reporter is rarely one of the places or
        people its own report names (binding condition C; fronted reports weaken it, so
        ``_antecedent_choice.reported_clause`` discounts, not excludes)."""
        tok = self._token_at(offset)
        if tok is None or tok.dep_ not in {"nsubj", "nsubjpass"}:
            return []
        out = []
        for c in tok.head.children:
            if c.dep_ == "ccomp" and c.i != tok.i:
                out.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))
                break
        controlled = controlled_clause(tok)
        if controlled is not None:
            out.append(controlled)
        return out

    def _persons_named_in(self, spans: list[tuple[int, int]]) -> set[str]:
        """Return the persons a name inside ``spans`` (the anaphor's own report) refers to, quoted
        names included.

        Binding condition C holds of referents, not of one mention: in "For Kevin Allton, …, Warhol
        was also a legend. He said, "Andy Warhol was the center of the Zeitgeist …"" the reporter is
        not the person his own quotation names in the third person, wherever else that person
        stands (statements-rich8 gum_news_warhol, GUM CC BY 4.0: "He" went to Warhol, the subject of
        the sentence before; issue 14 round 25). A person only named inside a report is no centre
        for its reporter (Grosz, Joshi & Weinstein 1995). Every mention of such a person then gets
        the reported-clause discount (a last resort, not an exclusion). Persons only: an
        organisation's statement often names the organisation ("“Acme is proud …,” it said")."""
        out: set[str] = set()
        for lo, hi in spans:
            for _s, _e, eid in self.entities.mentions_in(lo, hi):
                if self.entities.entity(eid).type == "PERSON":
                    out.add(eid)
        return out

    def _antecedent(self, offset: int, types: set[str], prefer_subject: bool = True, window: int | None = _WINDOW,
                    gender: str | None = None, singular: bool = False, plural: bool = False) -> str | None:
        """Return the entity an anaphor at ``offset`` takes up, else None (see :meth:`choice`)."""
        found = self.choice(offset, types, window, gender, singular, plural)
        return None if found is None else found.entity

    def description_candidates(self, offset: int, gender: str | None = None, back: int = 2) -> dict[str, Token]:
        """Return the discourse-new person descriptions a "he"/"she" at ``offset`` may take up, by a
        placeholder id (``DESCRIPTION_ID`` + the head's offset) for the scored choice.

        "Timmons' 16 year-old best friend took the stand and talked about … He said …" (statements-
        rich14 33_2ecb; issue 14 round 30): the subject of the sentence before is a person no cue has
        made a speaker and NER does not name, so no entity stood for it and "He" went to an earlier
        speaker. A candidate is the main-clause subject of one of the ``back`` sentences before the
        anaphor's, outside quotation marks, headed by a singular common noun of a person
        (``lexicon/person_nouns.txt`` or a title) and introduced as new: a possessor ("Timmons'
        best friend") or an indefinite article ("a neighbour", "one witness"), the noun phrases that
        bring a referent into the discourse (Prince 1981, "Toward a taxonomy of given-new
        information"; Poesio & Vieira 1998 on discourse-new descriptions). A definite description
        ("the old man") most often takes up someone already named, and is left to the entities; so is
        a description of the other sex by its head noun's gender (``given_names``: "mother"). No
        entity's mention may hold the head noun. The entity is made only when chosen.
        """
        out: dict[str, Token] = {}
        here = self._sentence_of(offset)
        sents = list(self.doc.sents)
        words = lexicon.words("person_nouns.txt") | lexicon.words("titles.txt")
        for k in range(max(0, here - back), here):
            sent = sents[k]
            for tok in sent:
                if self.in_quote[tok.i]:
                    continue
                member = partitive_member(tok)
                if member is not None:
                    noun = member  # "one of the victims": the partitive's people say the sex, if any
                elif (tok.dep_ != "nsubj" or tok.tag_ != "NN" or tok.head.dep_ != "ROOT" or tok.lemma_.lower() not in words
                      or not _discourse_new(tok)):
                    continue
                else:
                    noun = tok
                if gender is not None and given_names().get(noun.lemma_.lower()) in {"m", "f"} - {gender}:
                    continue  # "My mother …. He assured …": a description of the other sex
                lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
                if any(s <= tok.idx < e for s, e, _ in self.entities.mentions_in(lo, hi)):
                    continue  # the head is some entity's mention already
                out[f"{DESCRIPTION_ID}{tok.idx}"] = tok
        return out

    def group_candidates(self, offset: int, back: int = 2) -> dict[str, Token]:
        """Return the groups of people no entity stands for that a "they" at ``offset`` may take up,
        by a placeholder id (``DESCRIPTION_ID`` + the noun's offset), from the ``back`` sentences
        before and the anaphor's own (``_group_antecedents``; issue 14 round 46)."""
        here = self._sentence_of(offset)
        sents = list(self.doc.sents)[max(0, here - back):here + 1]
        anaphor = self._token_at(offset)
        found = group_candidates(sents, anaphor, self.in_quote,
                                 lambda t: self.entities.lookup(t.idx, t.idx + len(t)) is not None)
        return {f"{DESCRIPTION_ID}{t.idx}": t for t in found}

    def choice(self, offset: int, types: set[str], window: int | None = _WINDOW, gender: str | None = None,
               singular: bool = False, plural: bool = False, only: set[str] | None = None,
               description: bool = False, extra: dict[str, Token] | None = None) -> Choice | None:
        """Return the scored choice among the earlier mentions an anaphor at ``offset`` agrees with.

        Candidates: mentions before ``offset`` (within ``window`` characters, None for the whole
        document) of an entity of one of ``types``, of no other gender, and, for a singular
        anaphor, no group only ever named by a plural noun, for a plural one no single named person,
        and, as a last resort only, one inside the clause the anaphor's own cue reports. The choice is made by
        ``_antecedent_choice.choose``: role, recency, main clause, head noun, previous speaker,
        reported clause, salience summed over mentions. ``only``, when given, limits the candidates
        to those entities (the persons a role description's head noun was said of). A
        ``description`` ("the company") takes up only an entity that was a centre
        (``_antecedent_choice.centres``).
        """
        cands: list[Candidate] = []
        reported = self._reported_by(offset)
        named = self._persons_named_in(reported)
        anaphor = self._token_at(offset)
        spoken_to = interlocutors(anaphor) if anaphor is not None else []
        for k in range(bisect.bisect_left(self.history, offset, key=lambda h: h[0]) - 1, -1, -1):  # nearest first
            pos, eid, etype, cand = self.history[k]
            if window is not None and offset - pos > window:
                break
            if etype not in types or only is not None and eid not in only:
                continue
            if any(lo <= pos < hi for lo, hi in spoken_to):
                continue  # "Speaking to Martin Smith, he said …": he is not the one he speaks to
            if gender is not None and etype == "PERSON" and self._gender(eid) not in {None, gender}:
                continue  # "she" is not "Steve Jobs"
            if singular and etype == "PERSON" and self._plural_people(eid):
                continue  # "Prosecutors said he took bribes. He has always denied …": he is no group
            if plural and etype == "PERSON" and self._single_person(eid):
                continue
            if (any(lo <= pos < hi for lo, hi in reported) or eid in named) and not cand.speaker:
                cand = replace(cand, in_report=True)
            elif not cand.speaker and self._in_earlier_report(pos, offset):
                cand = replace(cand, in_earlier_report=True)
            cands.append(cand)
        for eid, tok in (extra or {}).items():  # person descriptions no entity stands for (above)
            cands.append(self._candidate(tok.idx, eid, tok))
        k = bisect.bisect_left(self._spoken, (offset,)) - 1
        here = Context(self._sentence_of(offset), self._spoken[k][1] if k >= 0 else None,
                       centres_only=description)
        return choose(cands, here)
