"""Joint speakers: two or more sources that vouch for one statement together.

"The secretary and Abadi agreed that …", "New Orleans and Jefferson Parish officials said …",
"according to international media and Greek Sky TV": the speaker is the whole coordination, one
per-article group entity named by the phrase, while each member keeps its own mention
(``docs/annotation.md`` rule 3; issue 14 rounds 14, 40 and 48). The token-level reading of a
coordination is in ``_coordinations``; this layer of the speaker resolver turns it into entities.
The group carries ``ids.group = "joint"`` so the ledger never keys it across articles (issue 12).
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._coordinations import coordination_span, group_type, split_coordination
from hearsay.extract.statements._phrases import Resolved
from hearsay.extract.statements._spokespersons import _Spokespersons
from hearsay.model import Mention
from hearsay.nlp.text import doc_text

_GROUP_HEADS = frozenset({"PERSON", "ORG", "GPE"})  # names a joint speaker may join


def _according_to_source(tok: Token) -> bool:
    """True when ``tok`` is the object of "according to", the source of the clause it heads."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


class _JointSpeakers(_Spokespersons):
    """The speaker-resolver layer that reads joint subjects and titled roles."""

    def _joint(self, tok: Token) -> Resolved | None:
        """Return two speakers joined by "and" as one group, else None.

        "The secretary and Abadi agreed that …" is the two of them, not Abadi (statements-rich6,
        issue 14 round 14): a subject with an "and" conjunct that is a bare name of a person or
        an organisation (no role before it: "the president and CEO Louis Gallois" is one person),
        the subject itself a name or a definite role. The group is a new entity named after the
        two resolved speakers ("Ash Carter and Abadi"), its mention the whole phrase.
        """
        if not (tok.dep_ in {"nsubj", "nsubjpass"} or _according_to_source(tok)):
            return None
        whole = split_coordination(tok)  # a coordination the parser built elsewhere (round 48)
        if whole is not None:
            return self._coordination(*whole)
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
            return None
        conj = [c for c in tok.children if c.dep_ == "conj"]
        if len(conj) == 1 and tok.pos_ == "PROPN" and tok.ent_type_ in _GROUP_HEADS:
            kin = self._joint_with_others(tok, conj[0])
            if kin is not None:
                return kin
        if len(conj) == 1 and _according_to_source(tok):
            media = self._joint_sources(tok, conj[0])
            if media is not None:
                return media
        if len(conj) != 1 or conj[0].pos_ != "PROPN" or conj[0].ent_type_ not in _GROUP_HEADS:
            return None
        other = conj[0]
        # "the United States": a name's own article is no role before it (session 20); a role
        # word is ("the president and CEO Louis Gallois" is one person)
        named_body = other.ent_type_ in {"GPE", "ORG"}
        if any(c.dep_ in {"compound", "amod", "det"} and c.pos_ != "PROPN"
               and not (named_body and c.dep_ == "det" and c.lower_ == "the") for c in other.children):
            return None
        if other.ent_type_ == "GPE" and tok.ent_type_ != "GPE":
            return None  # "the minister and Britain …": only countries joined with countries
        if tok.pos_ == "PROPN" and tok.ent_type_ in _GROUP_HEADS:
            first = self._named(tok)
        elif tok.pos_ == "NOUN" and self._definite(tok):
            first = self._titled(tok)
        else:
            return None
        second = self._named(other)
        if first is None or second is None or first.entity == second.entity:
            return None
        lo, hi, text = self._group_span(tok, other)
        names = [self.entities.entity(r.entity).name for r in (first, second)]
        types = {self.entities.entity(r.entity).type for r in (first, second)}
        etype = "ORG" if types == {"ORG"} else "PERSON"
        return self._group(" and ".join(names), etype, lo, hi, text)

    def _coordination(self, first: Token, last: Token) -> Resolved:
        """The whole coordination from ``first`` to ``last`` as one per-article group entity,
        named by the phrase; each member keeps its own mention (issue 14 round 48)."""
        lo, hi = coordination_span(first, last)
        text = doc_text(self.doc)[lo:hi]
        return self._group(text, group_type(first, last), lo, hi, text)

    def _group(self, name: str, etype: str, lo: int, hi: int, text: str) -> Resolved:
        """A per-article entity of joint speakers named ``name``, its mention the phrase at
        ``lo:hi``. It carries ``ids.group = "joint"``: the ledger gives it no key across articles
        ("Reuters and NBC" would otherwise be an organisation whose leading word "Reuters" later
        articles may propose; issue 12), while each member keeps its own mention and identity."""
        eid = self.entities.add("name:" + " ".join(name.lower().split()), name, etype, Mention(lo, hi, text))
        self.entities.set_id(eid, "group", "joint")
        return Resolved(eid, text, lo, hi, "name")

    def _group_span(self, tok: Token, other: Token) -> tuple[int, int, str]:
        """The span of a joint subject from ``tok``'s phrase (without a leading article) to ``other``."""
        left = tok.left_edge
        lo = self.doc[left.i + 1].idx if left.lower_ in {"the", "a", "an"} and left.i < tok.i else left.idx
        hi = other.idx + len(other)
        return lo, hi, doc_text(self.doc)[lo:hi]

    def _joint_with_others(self, tok: Token, other: Token) -> Resolved | None:
        """"The CIA and other intelligence agencies reportedly believe …": a named speaker and
        "other <plural noun>" of its kind are one group, named by the whole phrase (session 20;
        statements-wn2019 dev2 annotates such joint sources as one row)."""
        if other.tag_ != "NNS" or not any(c.dep_ == "amod" and c.lower_ == "other" for c in other.children):
            return None
        first = self._named(tok)
        if first is None:
            return None
        lo, hi, text = self._group_span(tok, other)
        etype = "PERSON" if self.entities.entity(first.entity).type == "PERSON" else "ORG"
        return self._group(text, etype, lo, hi, text)

    def _joint_sources(self, tok: Token, other: Token) -> Resolved | None:
        """"According to international media and Greek Sky TV, …": the object of "according to" is
        the source of what follows, and two sources joined there vouch for it together, as two
        joined subjects do (``_joint``); a plural common noun of sources ("media", "reports") joined
        with a name is one group named by the whole phrase (statements-rich6 8_10ecbplus and
        statements-wn2019 part 2 annotate such sources as one row; issue 14 round 40). Two names
        are left to ``_joint``."""
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or other.pos_ != "PROPN" or other.ent_type_ not in _GROUP_HEADS:
            return None
        if self._named(other) is None:
            return None
        lo, hi, text = self._group_span(tok, other)
        return self._group(text, "ORG", lo, hi, text)

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
