"""Issue 14, round 23: a definite description ("the company", "the agency") takes up an
organisation that was a centre of the discourse, not the organisation-like name passed last.

Mention audits 1-3 (benchmarks/labels/mentions-round*.tsv) found "the company" on IE, a browser
named only as a modifier and inside "versions of IE", for Microsoft, the subject of the article
(``hearsay.extract.statements._antecedent_choice.centres``; Grosz, Joshi & Weinstein 1995).

The article tests are ECB+ 27_1ecbplus (ECB+ corpus, Cybulska and Vossen 2014, CC BY 3.0), eight
consecutive sentences of its body; topic 27 is no check split. Tests marked "guard" pass on main
too.
"""

from __future__ import annotations

from hypothesis import given, strategies as st

from hearsay.extract.statements._antecedent_choice import Candidate, Context, choose


def _speakers(analysis, content_word: str) -> set[str | None]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return {name(s.speaker) for s in analysis.statements if content_word in s.content}


# ECB+ 27_1ecbplus (CC BY 3.0), eight consecutive sentences: Microsoft is a subject and a speaker;
# IE is named in the three sentences before "the company said" only as a modifier ("IE settings",
# "the IE trusted sites zone") and inside "versions of IE"
_IE = ("Attackers could set up websites specifically designed to exploit the vulnerability, Microsoft said, "
       "and then run malicious code on users' computers.\n"
       "Targeted attacks directed at IE8 and 9 had already been reported, it said.\n"
       "\"Hackers are already exploiting this so I hope Microsoft produces a full patch within a few days, \" "
       "said Dana Tamir, director at security company Trusteer.\n"
       "In a blog post, Microsoft's Dustin Childs advised concerned users to set internet and local security "
       "zone settings to \"high\" to block ActiveX controls and active scripting.\n"
       "He also recommended changing IE settings to prompt users before running active scripting.\n"
       "But doing this \"may affect usability\", he said, so users should add sites they trust, and visit "
       "often, to the IE trusted sites zone.\n"
       "Microsoft's Fix It patch applies only to 32 - bit versions of IE.\n"
       "It is not being rolled out automatically and is not intended to be a replacement for scheduled "
       "security updates, the company said.\n")


def test_statements_company_is_a_centre_not_a_product_named_as_a_modifier_issue_14(extract) -> None:
    # mention audits 1-3 (rows 13060, 13062, 10798, human-judged: "the company = Microsoft; IE
    # is its browser"); main gives the statement to IE
    assert _speakers(extract(_IE, "statements"), "rolled out") == {"Microsoft"}


def test_statements_company_after_a_new_subject_company_issue_14_guard(extract) -> None:
    # guard, written for the test: the organisation that is the subject of the sentence just before
    # stays the antecedent, however often an older one was named
    text = ("Acme Corp said on Monday it would cut 300 jobs.\n"
            "Acme Corp has lost money for three years.\n"
            "Acme Corp plans to sell its plant in Ohio.\n"
            "Globex Inc, its main rival, announced record sales on Tuesday.\n"
            "The company said demand for its machines had doubled.\n")
    assert _speakers(extract(text, "statements"), "demand") == {"Globex Inc"}


def test_statements_company_with_no_centre_keeps_every_candidate_issue_14_guard() -> None:
    # guard: with no subject or speaker among the candidates, the choice is main's
    only = [Candidate(0, "a", "object", False, False, False, sentence=0),
            Candidate(50, "b", "oblique", False, True, False, sentence=1)]
    assert choose(only, Context(2, None, centres_only=True)) == choose(only, Context(2, None))


def test_statements_description_passes_over_a_recent_modifier_for_an_older_subject_issue_14() -> None:
    # "Microsoft said … IE settings … versions of IE. …, the company said": the subject three
    # sentences back against two oblique, embedded mentions in the sentences just before; the
    # scores (hand-computed) give IE 112 against Microsoft 41 before any centre is asked for
    focus = Candidate(0, "microsoft", "subject", True, False, False, sentence=1)
    passing = [Candidate(100 + k, "ie", "oblique", False, True, False, sentence=k) for k in (2, 3)]
    found = choose([focus, *passing], Context(4, None))
    assert found is not None and found.entity == "ie"  # a pronoun's choice is unchanged
    found = choose([focus, *passing], Context(4, None, centres_only=True))
    assert found is not None and found.entity == "microsoft"


_ROLES = st.sampled_from(["subject", "object", "dative", "oblique", "other"])


@given(st.lists(st.tuples(st.sampled_from("abc"), _ROLES, st.integers(0, 5), st.booleans()), min_size=1, max_size=8))
def test_statements_description_choice_is_a_centre_when_one_exists_issue_14(rows) -> None:
    # property: a description's choice is an entity with a subject or speaker mention, or one named
    # in its own sentence, whenever any candidate is one; else it is the plain choice
    cands = [Candidate(k, e, r, False, False, False, sentence=s, speaker=sp)  # type: ignore[arg-type]
             for k, (e, r, s, sp) in enumerate(rows)]
    here = Context(5, None, centres_only=True)
    centred = {c.entity for c in cands if c.role == "subject" or c.speaker or c.sentence >= 5}
    found = choose(cands, here)
    assert found is not None
    if centred:
        assert found.entity in centred
    else:
        assert found == choose(cands, Context(5, None))


# ECB+ 2_3ecb (CC BY 3.0), two consecutive sentences: the guild is named only as the compound of
# an event noun, "a Screen Actors Guild strike", the nominal's subject argument
_SAG = ("Preparing for the job may prove difficult, since producers will most likely need to draw up "
        "contingency plans in the event of a Screen Actors Guild strike.\n"
        "The union, at loggerheads with studios over contract issues big and small, said on Wednesday that it "
        "would ask its members to authorize a strike.\n")


def test_statements_union_is_the_agent_of_an_event_noun_issue_14_guard(extract) -> None:
    # guard (mention audit 1, row 710, human-judged correct on main): without the event-noun
    # agent as a centre, the centre rule dropped the guild and gave "The union" to the Oscars in
    # the full article
    assert _speakers(extract(_SAG, "statements"), "authorize") == {"Screen Actors Guild"}


def test_statements_event_agent_is_a_centre_issue_14() -> None:
    # "the Oscars … a Screen Actors Guild strike. The union said": the compound of an event noun
    # stays a candidate of a description though a subject was named before it (hand-computed: the
    # guild 75, the Oscars 41); as a plain modifier it would be dropped for the subject
    oscars = Candidate(0, "oscars", "subject", True, False, False, sentence=0)
    guild = Candidate(100, "sag", "other", False, True, False, sentence=2, event_agent=True)
    found = choose([guild, oscars], Context(3, None, centres_only=True))
    assert found is not None and found.entity == "sag"
    modifier = Candidate(100, "sag", "other", False, True, False, sentence=2)
    found = choose([modifier, oscars], Context(3, None, centres_only=True))
    assert found is not None and found.entity == "oscars"


# written for the test after aeb-06e5123e4ef7 (article-extraction-benchmark, MIT; the mention
# audits' case): "the company" is the firm the state office looks into, not the office
_NYAG = ("The New York State Attorney General (NYAG) has opened an inquiry into WeWork, two people "
         "said.\n"
         "The company, which plans to cut jobs this week, said on Monday that it was cooperating.\n")


def test_statements_company_is_no_state_office_issue_14(extract) -> None:
    # mention audits 1 and 3 (rows 22832, 18776, human-judged: "the company = WeWork, not NYAG");
    # main gives the statement to NYAG, the subject of the sentence before
    assert _speakers(extract(_NYAG, "statements"), "cooperating") == {"WeWork"}


def test_statements_agency_may_still_be_a_state_body_issue_14_guard(extract) -> None:
    # guard, written for the test: only business nouns skip state bodies; "the agency" is one
    text = ("The Federal Aviation Administration grounded the jets on Monday.\n"
            "The agency said the inspections would take two weeks.\n")
    assert _speakers(extract(text, "statements"), "inspections") == {"Federal Aviation Administration"}
