"""Issue 14 round 9: the classes round 8 left, each a rule over the parse.

- ``expect`` + to-infinitive is an agent's belief only in the narrow ``inf_agent`` frame: an
  active cue whose subject is a person or organisation, no object before the infinitive, and an
  infinitive that says more than its verb ("He expects to be back when …");
- a first-person ``know`` outside quotation marks is the writer's belief ("we do know our governor
  has not been treated fairly"); any other subject's "know" stays a factive, no statement;
- a document's later mention ("the statement said", "the letter read") speaks for the author the
  earlier mention named ("A statement from the Defence PRO says …", "X wrote a letter …");
- a straight opener closed by a curly mark is found in flattened text too, by a quote-balance
  check that needs no paragraph breaks.

Texts marked rich/rich2/rich3 are from benchmarks/data/statements-rich*/ (ECB+ corpus, Cybulska
and Vossen 2014, NewsReader project, CC BY 3.0).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import settings as settings_hyp
from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def _found(analysis) -> list[tuple[str | None, str, str]]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return [(name(s.speaker), s.type, s.content) for s in analysis.statements]


def test_expect_to_of_a_person_is_a_belief_rich2(extract) -> None:
    # rich2 29_2ecb (the gold's belief): a person's own expectation about what they will do
    text = ("Titans running back LenDale White was injured on Sunday. "
            "He expects to be back when the Titans host a divisional playoff either Jan. 10 or Jan. 11.")
    found = _found(extract(text, "statements"))
    assert any(t == "belief" and c.startswith("be back when the Titans host") for _, t, c in found)


def test_expect_to_with_an_object_or_no_agent_is_no_statement(extract) -> None:
    # an object before the infinitive is its subject (a forecast about it: extra 264435's
    # "Fiat expected X to increase", which the clause frame may still read as a belief, but never
    # the infinitive frame); a passive "is expected to" has no holder; a storm is no agent
    for text in ("Fiat expected its share of the company to increase to 57% by the end of the year.",
                 "Sales of the new model are expected to rise by 5% next year.",
                 "The storm expects to hit the coast on Monday."):
        assert not [s for s in extract(text, "statements").statements if s.rule.endswith("inf")], text


def test_first_person_know_is_the_writers_belief_rich(extract) -> None:
    # rich 13_11ecb, a reader's letter; the negated "don't know" is no statement
    text = ("We don't know if the fire is the result of radicals angry with Palin, "
            "but we do know our governor has not been treated fairly.")
    found = _found(extract(text, "statements"))
    assert found == [("the writer", "belief", "our governor has not been treated fairly")]


def test_third_person_know_is_no_statement(extract) -> None:
    # "know" with any other subject is factive (the narrator's fact), vetoed as before
    text = "Investigators know that the fire started in the kitchen of the church."
    assert not extract(text, "statements").statements


def test_the_document_speaks_for_its_author_rich3(extract) -> None:
    # rich3 12_2ecbplus: "the statement said" two sentences after "A statement from the Defence PRO"
    text = (DATA / "statements-rich3" / "12_2ecbplus.txt").read_text(encoding="utf-8")
    found = _found(extract(text, "statements"))
    later = next(s for s in found if s[2].startswith("After a brief skirmish"))
    assert later[0] is not None and "Defence PRO" in later[0]


def test_the_letter_speaks_for_its_writer_rich(extract) -> None:
    # rich 19_2ecbplus: "Matthew Willoughby … wrote a heartfelt letter …" then '"…,” the letter read'
    text = (DATA / "statements-rich" / "19_2ecbplus.txt").read_text(encoding="utf-8")
    found = _found(extract(text, "statements"))
    read = next(s for s in found if s[2].startswith("Kimani made great strides"))
    assert read[0] == "Matthew Willoughby"


def test_a_document_without_an_author_keeps_no_author(extract) -> None:
    # an indefinite mention that names no author stops the search: no earlier writer is borrowed
    text = ("Mayor Ann Lee opened the bridge on Monday. A letter was found at the site. "
            "\"The bridge is unsafe,\" the letter read.")
    found = _found(extract(text, "statements"))
    assert all(s[0] != "Ann Lee" for s in found)


def _quotes(text: str) -> list[str]:
    from hearsay.extract.statements._quote_marks import find_quote_spans

    return [text[q.start:q.end] for q in find_quote_spans(text)]


def test_mixed_marks_survive_flattening_rich() -> None:
    # rich 19_2ecbplus: '"Kimani …,” the letter read.' then '“He was … him. "' and '"Kimani …, "';
    # flattened, the paragraph is the whole text and a later straight mark exists
    text = (DATA / "statements-rich" / "19_2ecbplus.txt").read_text(encoding="utf-8")
    lines = _quotes(text)
    # the same quotations open at the same words (the second, unclosed on its line, may run on to
    # its straight closer once flattened)
    assert [q[:40] for q in _quotes(text.replace("\n", " "))] == [q[:40] for q in lines]
    assert lines[0] == "Kimani made great strides this year academically,"


@settings_hyp(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["the", "plan", "will", "work", "we", "said", "today", "bridge"]), min_size=2, max_size=6),
       st.lists(st.sampled_from(["more", "roads", "are", "coming", "next", "year", "soon"]), min_size=2, max_size=6))
def test_mixed_marks_pair_with_or_without_line_breaks(first, second) -> None:
    # a straight opener closed by a curly mark, then a curly opener closed by a straight mark, then
    # a straight pair: the same quotations whether the lines are kept or flattened
    a, b = " ".join(first).capitalize(), " ".join(second).capitalize()
    text = f'"{a},” the letter read.\n“{b}. "\n"{b}, " she said.\n'
    assert _quotes(text) == _quotes(text.replace("\n", " ")) == [a + ",", b + ". ", b + ", "]


def test_a_tokenised_opener_still_opens_its_paragraph_rich3(extract) -> None:
    # rich3 13_21ecb: "`` Right now …, '' he said." then the cue-less line "`` We just don't …''":
    # the two-backtick opener and its space start the paragraph, so the line continues Steele
    text = (DATA / "statements-rich3" / "13_21ecb.txt").read_text(encoding="utf-8")
    found = _found(extract(text, "statements"))
    assert any(who == "James Steele" and c.startswith("We just don't have any leads") for who, _, c in found)


def test_a_quotation_right_after_an_indirect_statement_continues_it_rich3(extract) -> None:
    # rich3 12_13ecb: "…, a Defence Ministry statement said." / "`` On sighting the helicopter …''"
    text = (DATA / "statements-rich3" / "12_13ecb.txt").read_text(encoding="utf-8")
    found = _found(extract(text, "statements"))
    quote = next(s for s in found if s[2].startswith("On sighting the helicopter"))
    assert quote[0] is not None and "Defence Ministry" in quote[0]


def test_a_verbless_quotation_after_a_quote_cue_and_a_comma_is_direct_rich3(extract) -> None:
    # rich3 23468 (MEANTIME, Wikinews, CC BY 4.0): "The invitation reads, “One more thing ...”";
    # without the comma the quotation is a label ("The sign read “No entry” in red letters")
    text = (DATA / "statements-rich3" / "23468.txt").read_text(encoding="utf-8")
    kinds = {s.content: s.kind for s in extract(text, "statements").statements}
    assert kinds.get("One more thing ...") == "direct"
    assert not extract("The old sign read “No entry” in red letters.", "statements").statements


def test_claims_to_of_an_organisation_is_an_assertion_rich3(extract) -> None:
    # rich3 23468 (MEANTIME, Wikinews, CC BY 4.0): an infinitival claim in the agent frame
    text = ("Alongside this rumor, AppleInsider claims to have seen a wireless device similar to "
            "Apple's Airport Express that supports video.")
    found = _found(extract(text, "statements"))
    assert ("AppleInsider", "assertion", "have seen a wireless device similar to Apple's Airport Express that supports video") in found


def test_a_sentence_final_report_coordinated_with_its_clause_rich3(extract) -> None:
    # rich3 1_1ecbplus: the parser makes "confirmed" a conjunct of "left"; the clause before the
    # comma is what Access Hollywood confirmed. An "and"-conjunct is a second event, no report.
    text = ("Lindsay Lohan has left the Betty Ford Center and is moving to a rehab facility in Malibu, "
            "Calif., Access Hollywood has confirmed.\n")
    found = _found(extract(text, "statements"))
    assert any(who == "Access Hollywood" and c.startswith("Lindsay Lohan has left") for who, _, c in found)
    assert not extract("The company cut 500 jobs, and the union has complained.", "statements").statements


def test_a_sentence_initial_per_is_according_to_rich3(extract) -> None:
    # rich3 6_6ecbplus; "per" inside a sentence ("$5 per share") or before a common noun
    # ("Per capita income rose") is a rate, no source
    found = _found(extract('Per THR, the negotiations between the two parties are "delicate, " but a deal could get done soon.', "statements"))
    assert [(who, c[:16]) for who, _, c in found] == [("THR", "the negotiations")]
    assert not extract("Shares of the company cost $5 per share on Monday.", "statements").statements
    assert all(s.cue != "Per" for s in extract("Per capita income rose, officials said.", "statements").statements)


def test_according_to_around_a_request_relays_it_rich3(extract) -> None:
    # rich3 27_5ecbplus: the request is Childs's, the BBC only relays it (docs/annotation.md rule 3)
    text = ("According to the BBC, Microsoft's Dustin Childs advised users to set internet and local security "
            "zone settings to 'high' to block ActiveX controls and active scripting.")
    (st_,) = extract(text, "statements").statements
    assert (st_.speaker_text, st_.type) == ("Dustin Childs", "request")
    assert st_.via  # the BBC
