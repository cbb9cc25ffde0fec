"""Spokespersons: the organisation a person speaks for, from a role noun in or beside their phrase
("Jane Doe, a spokeswoman for Acme"; "Acme spokeswoman Jane Doe")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.statements._phrases import _Phrases, Resolved
from hearsay.extract.statements._speaker_lexicon import _ORG_TYPES, _ROLE_PREPS, _is_spokesperson, _spokesperson_nouns, speaker_nouns
from hearsay.model import Mention
from hearsay.nlp.text import doc_text


class _Spokespersons(_Phrases):
    """The organisations the document's people are said to speak for."""

    def __init__(self, doc: Doc, entities: EntityIndex, in_quote: list[bool]) -> None:
        super().__init__(doc, entities, in_quote)
        self._affiliation: dict[str, str] = {}  # person -> the organisation the text says they speak for
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
