"""Issue 14 round 6: two rules the blind set statements-extra2 asked for.

- a view held through a regarding verb with an "as" predicate ("X have been seen by stockholders
  as not sufficient", "investors view the plan as a gamble") is a belief of its holder, while the
  same verbs without "as" are perception ("saw the plane") and never a cue;
- "Name, the role of Org said …" with the closing comma missing keeps the name as the speaker.

Sentences marked extra2 are from benchmarks/data/statements-extra2 (English Wikinews via
MEANTIME, CC BY 4.0).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _found(analysis, content_word: str) -> list[tuple[str | None, str | None, str]]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return [(name(s.speaker), s.type, s.content) for s in analysis.statements if content_word in s.content]


def test_regard_passive_with_agent_is_the_agents_belief_extra2(extract) -> None:
    # extra2 115711
    text = ("On Monday, stock markets across Asia resumed their downward slide, and Japan's Nikkei stock index "
            "fell to lows not seen since October 1982 as the Japanese government's former measures to stop the "
            "credit and stock crisis have been seen by stockholders as not sufficient.\n")
    found = _found(extract(text, "statements"), "sufficient")
    assert len(found) == 1
    speaker, kind, content = found[0]
    assert (speaker, kind) == ("stockholders", "belief")
    assert content.startswith("the Japanese government's former measures") and content.endswith("as not sufficient")
    # "lows not seen since October 1982" is perception (and negated): no statement of its own
    assert len(extract(text, "statements").statements) == 1


@pytest.mark.parametrize(("text", "holder", "content"), [
    ("The takeover is widely regarded by economists as a mistake.\n", "economists",
     "The takeover is widely regarded by economists as a mistake"),
    ("Investors view the merger as a gamble on the Chinese market.\n", "Investors",
     "the merger as a gamble on the Chinese market"),
    ("Maria Lopez sees the tax as a threat to small farms.\n", "Maria Lopez", "the tax as a threat to small farms"),
])
def test_regard_verbs_with_as_are_beliefs(extract, text, holder, content) -> None:
    assert _found(extract(text, "statements"), content.split()[-1]) == [(holder, "belief", content)]


@pytest.mark.parametrize("text", [
    # perception, no "as" predicate
    "Around 50,000 people watched the flight, and Maria Lopez saw the plane land in Toulouse.\n",
    "Visitors viewed the new aircraft at the Paris air show on Monday.\n",
    # a passive with no holder is sourceless ("is seen as"), as "is thought" is
    "The takeover is widely regarded as a mistake.\n",
    "The new model is seen as the company's best hope.\n",
    # negated
    "Investors do not see the merger as a threat.\n",
    # the thing regarded is a relative pronoun: no content inside the clause (LitBank dev: The War
    # of the Worlds and Dubliners, public domain texts)
    "Their world is far gone in its cooling and this world is still crowded with life, but crowded only "
    "with what they regard as inferior animals.\n",
    "His questions showed me how complex and mysterious were certain institutions of the Church which I had "
    "always regarded as the simplest acts.\n",
])
def test_regard_verbs_without_holder_or_as_make_no_statement(extract, text) -> None:
    assert extract(text, "statements").statements == ()


_HOLDERS = ["investors", "analysts", "economists", "voters", "traders"]
_VERBS = ["seen", "viewed", "regarded"]
_THINGS = ["The plan", "The merger", "The new tax", "The decision"]
_PREDICATES = ["a mistake", "a risk to growth", "too expensive", "a sign of weakness"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_HOLDERS), st.sampled_from(_VERBS), st.sampled_from(_THINGS), st.sampled_from(_PREDICATES),
       st.booleans())
def test_regard_property_holder_needed(extract, holder, verb, thing, predicate, with_agent) -> None:
    agent = f" by {holder}" if with_agent else ""
    text = f"{thing} is widely {verb}{agent} as {predicate}.\n"
    found = extract(text, "statements").statements
    if with_agent:
        assert [(s.type, s.content) for s in found] == [("belief", text.strip().rstrip("."))]
        assert extract(text, "statements").entities.entity(found[0].speaker).name == holder
    else:
        assert found == ()


def test_name_before_an_unclosed_description_is_the_speaker_extra2(extract) -> None:
    # extra2 68899: after the sentence before it, the parser makes "president" the subject of
    # "said" (no comma closes the description) and hangs "Hargrove" on the verb as ``dep``
    text = ("Cerberus also led a consortium that acquired the majority stake in April of last year in GMAC, the "
            "financing arm of GM, and is said to planning to invest in auto parts giant Delphi.\n"
            "Buzz Hargrove, the president of Canadian Auto Workers said he had been assured that the collective "
            "bargaining agreement with Chrysler would remain and that jobs would not be eliminated.\n")
    analysis = extract(text, "statements")
    (st_,) = [s for s in analysis.statements if "assured" in s.content]
    assert analysis.entities.entity(st_.speaker).name == "Buzz Hargrove"


def _parsed(nlp, words, heads, deps, pos, ents):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_source_of_takes_the_name_before_an_unclosed_description(nlp) -> None:
    from hearsay.extract.statements._attribution import source_of

    words = ["John", "Carter", ",", "the", "head", "of", "Acme", "said", "sales", "fell", "."]
    heads = [1, 7, 7, 4, 7, 4, 5, 7, 9, 7, 7]
    deps = ["compound", "dep", "punct", "det", "nsubj", "prep", "pobj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    assert source_of(doc[7]).text == "Carter"
    # with no name before the comma the description stays the source ("The head of Acme said")
    doc = _parsed(nlp, words[3:], [h - 3 for h in heads[3:]], deps[3:], pos[3:], ["O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    assert source_of(doc[4]).text == "head"
