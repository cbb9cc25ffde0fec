"""Issue 14, round 28: a person's name the parser coordinated with the organisation of its title
("California Department of … deputy director Millicent Tidwell told"); a body a leader's name
modifies speaks ("The Obama administration said"); a passive participle's noun is no source ("the
fire damages, suspected as arson, were …"); a belief dropped inside a report does not take the
report with it ("Church officials said they expect to hold services …"); two short quoted turns
with no question are no exchange (the third continues the last speaker).

Texts are from statements-rich14 1_12ecbplus, 13_2ecb, 18_14ecb and 3_8ecb (ECB+ corpus, Cybulska
and Vossen 2014, CC BY 3.0), LitBank (a public-domain novel), or written for the test. Tests
marked "guard" pass on main too: they pin what the new rules must leave alone.
"""

from __future__ import annotations

from hypothesis import given, settings as hyp_settings, strategies as st

from _speaker_probes import speakers_of as _speakers_of


# -- a title run on into its name ----------------------------------------------------------------

# ECB+ 1_12ecbplus (rich14, blind run): the parser made "Tidwell" a conjunct of "Department" and
# the quotation went to the department
_TIDWELL = (
    "Unfortunately, Morningside is unlicensed and photogs snapped her shopping for gadgets at the very "
    "moment of her alleged check in.\n"
    "“The facility that Lindsay is now in, that’ s not a licensed residential drug treatment center,” "
    "California Department of Alcohol and Drug Program deputy director Millicent Tidwell told The Post.\n"
)


def test_statements_a_title_run_into_its_name_is_the_persons_issue_14(extract) -> None:
    a = extract(_TIDWELL, "statements")
    assert _speakers_of(a, "licensed residential") == {"Millicent Tidwell"}


def test_statements_an_organisation_and_a_person_stay_joint_issue_14(extract) -> None:
    # guard: a real coordination ("and") is two speakers, never the person alone
    a = extract("Acme Corp and Mary Smith said the plant was safe.\n", "statements")
    assert _speakers_of(a, "plant was safe") != {"Mary Smith"}


def test_statements_a_parsed_title_chain_keeps_its_name_issue_14(extract) -> None:
    # guard: the same title the parser reads as one phrase
    a = extract("Ohio Department of Health deputy director Mary Smith said the plant was safe.\n", "statements")
    assert _speakers_of(a, "plant was safe") == {"Mary Smith"}


# -- a body a leader's name modifies -------------------------------------------------------------

def test_statements_the_obama_administration_is_no_person_issue_14(extract) -> None:
    a = extract("The Obama administration said on Tuesday that it would not release the photographs.\n", "statements")
    assert _speakers_of(a, "release the photographs") == {"Obama administration"}


def test_statements_a_regime_speaks_not_its_leader_issue_14(extract) -> None:
    a = extract("The Assad regime denied that it had used chemical weapons.\n", "statements")
    assert _speakers_of(a, "chemical weapons") == {"Assad regime"}


def test_statements_a_campaign_speaks_not_its_candidate_issue_14(extract) -> None:
    a = extract("The Clinton campaign said the report was false.\n", "statements")
    assert _speakers_of(a, "report was false") == {"Clinton campaign"}


def test_statements_the_leader_himself_still_speaks_issue_14(extract) -> None:
    # guard: the person named alone stays the speaker
    a = extract("Barack Obama said the plan would work.\n", "statements")
    assert _speakers_of(a, "plan would work") == {"Barack Obama"}


def test_statements_an_administration_official_stays_an_official_issue_14(extract) -> None:
    # guard: "administration" modifying a role noun is no body speaking
    a = extract("A senior administration official said the talks had failed.\n", "statements")
    assert _speakers_of(a, "talks had failed") == {"senior administration official"}


@hyp_settings(max_examples=8)
@given(st.sampled_from(["Obama", "Bush", "Clinton", "Trump"]), st.sampled_from(["administration", "campaign"]))
def test_statements_a_leaders_body_property_issue_14(extract, leader: str, body: str) -> None:
    a = extract(f"The {leader} {body} said the figures were wrong.\n", "statements")
    assert _speakers_of(a, "figures were wrong") == {f"{leader} {body}"}


def test_statements_a_relayed_minister_stays_issue_14(extract) -> None:
    # guard: a sentence written in the shape of the founding article's relayed statement (Shoigu via
    # Tass; the article itself is scored by tests/golden) keeps the minister
    text = ("Russian Defence Minister Sergei Shoigu told reporters that North Korean troops had helped, "
            "Tass reported.\n")
    a = extract(text, "statements")
    assert _speakers_of(a, "North Korean troops") == {"Sergei Shoigu"}


# -- a passive participle's noun is no source ------------------------------------------------------

# ECB+ 13_2ecb (rich14, blind run): the quoted fragment went to "the estimated $1 million fire
# damages" through "suspected" (a participle modifying them)
_DAMAGES = (
    "The former Republican vice presidential candidate went to the church Saturday to apologize to pastors "
    "in case the estimated $1 million fire damages, suspected as arson, were `` in any way connected to the "
    "undeserved negative attention the church has received '' since the governor's involvement with John "
    "McCain's presidential campaign.\n"
)


def test_statements_damages_suspected_as_arson_say_nothing_issue_14(extract) -> None:
    a = extract(_DAMAGES, "statements")
    names = {a.entities.entity(s.speaker).name for s in a.statements if s.speaker}
    assert not any("damages" in n for n in names)


def test_statements_a_participles_agent_speaks_not_its_noun_issue_14(extract) -> None:
    a = extract("The man, described by police as “dangerous”, fled on foot.\n", "statements")
    assert _speakers_of(a, "dangerous") == {"police"}


def test_statements_a_worried_noun_still_holds_its_clause_issue_14(extract) -> None:
    # guard: with a clause of its own the participle's noun holds the belief
    a = extract("Residents, worried that the fire would spread, left their homes.\n", "statements")
    assert _speakers_of(a, "fire would spread") == {"Residents"}


def test_statements_a_statement_saying_stays_the_statements_issue_14(extract) -> None:
    # guard: a present participle on a document noun ("a statement saying") is untouched
    a = extract("Acme Corp issued a statement saying the plant was safe.\n", "statements")
    assert _speakers_of(a, "plant was safe") == {"Acme Corp"}


# -- a dropped belief does not take its report with it --------------------------------------------

# ECB+ 13_2ecb and 18_14ecb (rich14, blind run): both statements were lost — the infinitive inside
# the report was dropped as part of it, and the report as the holder of that (dropped) belief
def test_statements_said_they_expect_to_keeps_the_report_issue_14(extract) -> None:
    a = extract("Church officials said they expect to hold services at the Wasilla Middle School for the "
                "foreseeable future during repairs.\n", "statements")
    found = [s for s in a.statements if "hold services" in s.content]
    assert len(found) == 1 and found[0].cue == "said"


def test_statements_said_they_were_planning_to_keeps_the_report_issue_14(extract) -> None:
    a = extract("John Christie, head of house production for Paperny Films, located down the street, said they "
                "were planning to hold an office party upstairs when someone heard shots fired.\n", "statements")
    assert _speakers_of(a, "office party") == {"John Christie"}


def test_statements_said_they_suspect_stays_the_belief_issue_14(extract) -> None:
    # guard: round 9's nested belief still replaces its report
    a = extract("Authorities said they suspect the fire was set deliberately.\n", "statements")
    found = [s for s in a.statements if "set deliberately" in s.content]
    assert [s.cue for s in found] == ["suspect"]


def test_statements_a_conjoined_cue_keeps_its_subject_issue_14(extract) -> None:
    # guard (LitBank dev, Zane Grey's "Desert Gold", public domain): the parser reads "faced" as a
    # participle on "companion"; "said" inherits the companion, not the participle rule's nothing
    text = ("In the morning the same reticence , the same aloofness characterized the manner of both .\n"
            "But Cameron 's companion , when he had packed his burro and was ready to start , faced about and "
            "said : \" We might stay together , if it 's all right with you . \"\n")
    a = extract(text, "statements")
    assert _speakers_of(a, "stay together") == {"Cameron 's companion"}


# -- two short turns are no exchange ----------------------------------------------------------------

# ECB+ 3_8ecb (rich14, blind run): the judge's continued quotation went to Nichols by alternation
_BODIFORD = (
    "`` I will not bring dishonor to the decision to spare my life, '' Nichols, 37, told the court.\n"
    "`` I'm giving you the maximum -- every day I could give you, '' Superior Court Judge James Bodiford said, "
    "in the same court where the killing occurred.\n"
    "`` If I could give you more, I would. ''\n"
)


def test_statements_a_judges_quote_continues_after_two_short_turns_issue_14(extract) -> None:
    a = extract(_BODIFORD, "statements")
    assert _speakers_of(a, "give you more") == {"James Bodiford"}


def test_statements_a_question_and_answer_still_alternate_issue_14(extract) -> None:
    # guard: a question and its answer are an exchange; the third turn goes back to the asker
    text = "“Where are you going?” asked Tom Reed.\n“To the river,” said Ann Hale.\n“Why, at this hour?”\n"
    a = extract(text, "statements")
    assert _speakers_of(a, "at this hour") == {"Tom Reed"}
