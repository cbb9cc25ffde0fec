"""Issue 14 round 14: classes the sixth blind set (statements-rich6: press releases and official
documents) showed.

Texts marked rich6 are from benchmarks/data/statements-rich6/: re3d (Dstl) US State Department and
CENTCOM parts (US Government, public domain), UK Government part (GOV.UK; contains public sector
information licensed under the Open Government Licence v3.0), or the ECB+ corpus (Cybulska and
Vossen 2014, NewsReader project, CC BY 3.0).
"""

from __future__ import annotations

# rich6 re3d us-state-department 340238F0…: a department's press statement in the first person
FORD = ("Ambassador Robert Ford has completed his consultations in Washington and is returning to Syria. He will "
        "continue the work he was doing previously. We believe his presence in the country is among the most effective "
        "ways to send the message that the United States stands with the people of Syria.\n")


def test_we_outside_quotation_marks_is_the_writer_never_a_person_named_before_rich6(extract, spoken) -> None:
    found = spoken(extract(FORD, "statements"))
    assert [s for s, cue, _ in found if cue == "believe"] == ["the writer"]


def test_we_inside_quotation_marks_stays_the_quoted_speaker_guard(extract, spoken) -> None:
    # guard: a quoted "we" is the speaker's own, as before
    text = "“We believe the plan will work,” Robert Ford said on Friday.\n"
    found = spoken(extract(text, "statements"))
    assert [s for s, _, c in found if c.startswith("We believe")] == ["Robert Ford"]


# rich6 re3d centcom 6646F63F…: a place's nickname in quotation marks after "also called"
QWEST = ("Later in the day, Carter flew to visit U.S. service members at Qayyarah Airfield West, also called “Q-West” "
         "in northern Iraq.\n")


def test_a_name_given_by_also_called_is_no_statement_rich6(extract, spoken) -> None:
    assert not [c for _, _, c in spoken(extract(QWEST, "statements")) if "Q-West" in c]
    text = "A village called “Hope” stood on the hill above the river.\n"
    assert not spoken(extract(text, "statements"))


def test_a_verdict_that_calls_its_object_something_stays_a_statement_guard(extract, spoken) -> None:
    # guards: the naming cue with an object of its own is a speaker's verdict (rich5's 28_2ecb shape)
    text = ("The New York Times called him “the most famous anonymous source in American history.” "
            "Critics have called the plan “a disgrace.”\n")
    found = spoken(extract(text, "statements"))
    assert [(s, c) for s, _, c in found] == [("New York Times", "the most famous anonymous source in American history."),
                                              ("Critics", "a disgrace.")]


# rich6 re3d uk-government AB37B117…: a statement set after "… said:" without quotation marks
BAYLEY = ("The UN commission of Inquiry on Syria has today published a report on the human rights situation in Syria.\n"
          "Responding to the report Gareth Bayley, the UK Special Representative for Syria said:\n"
          "The report by the UN Independent Commission of Inquiry (CoI) on Syria makes grim reading: it details "
          "deliberate attacks against civilians. It documents the breadth of barbarity carried out by the Asad regime "
          "against its own people.\n"
          "The full report can be found on the Human Rights Council web page.\n")
# rich6 3_3ecb (ECB+): an account after "According to reports in an Atlanta newspaper:"
NICHOLS = ("Former Kutztown University football player Brian Nichols has received a sentence of life in prison.\n"
           "According to reports in an Atlanta newspaper:\n"
           "Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole.\n"
           "Nichols was being tried for rape in March 2005 when he overpowered a female sheriff's deputy.\n")


def test_the_paragraph_after_an_unquoted_colon_lead_in_is_the_speakers_rich6(extract) -> None:
    a = extract(BAYLEY, "statements")
    sts = [(a.entities.entity(s.speaker).name if s.speaker else None, s.kind, s.content) for s in a.statements]
    assert len(sts) == 1  # one statement: "it details …", "It documents …" are nested in it
    name, kind, content = sts[0]
    assert name == "Gareth Bayley" and kind == "direct"
    assert content.startswith("The report by the UN Independent") and content.endswith("against its own people.")
    a = extract(NICHOLS, "statements")
    hits = [(s.kind, s.content) for s in a.statements if s.content.startswith("Nichols was sentenced")]
    assert hits == [("indirect", "Nichols was sentenced Saturday morning to seven life sentences and four sentences "
                                 "of life without parole.")]


def test_a_colon_lead_in_before_a_quoted_paragraph_keeps_the_quotation_guard(extract, spoken) -> None:
    # guard: with quotation marks the quotation is the statement, as before (rich6 uk-government 85F0CF36…)
    text = ("Boris Johnson met the Iraqi Foreign Minister in London today.\nA Foreign Office spokesman said:\n"
            "“The Foreign Secretary met the Iraqi Foreign Minister to discuss a range of issues.”\n")
    found = spoken(extract(text, "statements"))
    assert [c for _, _, c in found] == ["The Foreign Secretary met the Iraqi Foreign Minister to discuss a range of issues."]


def test_a_colon_that_ends_no_report_sets_no_statement_guard(extract) -> None:
    # guard: a lead-in without a cue ("The agenda:") makes nothing of the next paragraph
    text = "The council met on Friday. The agenda:\nThe budget for 2014 and the new school in the north.\n"
    assert not extract(text, "statements").statements


def test_a_verdict_whose_object_the_parser_reads_as_a_second_predicate_stays_guard(extract, spoken) -> None:
    # guard (statements-ecb 28_11ecbplus, ECB+ CC BY 3.0): "called Magruder a "congenital liar"" —
    # the parser makes both "Magruder" and "liar" predicates of "called"
    text = 'Looking back at Watergate last summer, LaRue called Magruder a "congenital liar" and said he had lied.\n'
    found = spoken(extract(text, "statements"))
    assert ("LaRue", "called", "congenital liar") in found


# rich6 re3d centcom 6646F63F…: a release relayed by the press, a joint stance and a repeated title
CARTER = ("Defense Secretary Ash Carter today met with Iraqi Prime Minister Haider al-Abadi in Baghdad, according to a "
          "Defense Department news release. The secretary and Abadi agreed that there will still be work to rid Iraq of "
          "ISIL after the liberation of Mosul, the release said.\n")
# written for the test: the nearest person before "the secretary" is the foreign minister
TITLE = ("Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva. Lavrov told reporters the talks "
         "were useful. The secretary said a deal was close. The minister said the talks would go on.\n")


def test_two_speakers_joined_by_and_are_one_group_and_the_release_relays_them_rich6(extract, spoken) -> None:
    found = spoken(extract(CARTER, "statements"))
    agreed = [(s, cue) for s, cue, c in found if c.startswith("there will still be work")]
    assert len(agreed) == 1 and agreed[0][1] == "agreed"
    assert "Carter" in agreed[0][0] and "Abadi" in agreed[0][0]
    # the release's own report of the agreement is dropped: the agreement is relayed, not repeated
    assert not [c for _, cue, c in found if cue == "said" and "agreed" in c]


def test_a_definite_title_is_the_person_named_with_it_not_the_nearest_rich6(extract, spoken) -> None:
    found = spoken(extract(TITLE, "statements"))
    assert [s for s, _, c in found if c == "a deal was close"] == ["John Kerry"]
    assert [s for s, _, c in found if c == "the talks would go on"] == ["Sergei Lavrov"]


def test_a_role_conjoined_with_a_titled_name_stays_one_person_guard(extract, spoken) -> None:
    # guard (docs/statements.md): "the company president and CEO Louis Gallois" is one person
    text = "The company president and CEO Louis Gallois said the plant would stay open.\n"
    found = spoken(extract(text, "statements"))
    assert [s for s, _, _ in found] == ["Louis Gallois"]


# rich6 1_15ecb (ECB+): the paragraph ends on "he said" and the quotation follows on the next line
KETSOYAN = ("Yesterday, on Friday, Reid checked into rehab.\n"
            "According to various reports Tara Reid's representative Jack Ketsoyan left a statement for the press, he said\n"
            "`` We appreciate your respect to her (Tara Reid) and her family's privacy at this time. ''\n")


def test_a_paragraph_ending_on_its_cue_introduces_the_next_quotation_rich6(extract, spoken) -> None:
    found = spoken(extract(KETSOYAN, "statements"))
    assert found == [("Jack Ketsoyan", "said", "We appreciate your respect to her (Tara Reid) and her family's privacy at this time.")]


def test_a_closed_said_sentence_before_a_quotation_keeps_its_clause_guard(extract, spoken) -> None:
    # guard: "…, he said." closes its sentence: the clause before is what he said
    text = ("Jack Ketsoyan said the actress was resting, and she would not comment, he said.\n"
            "“We appreciate your respect for her privacy.”\n")
    found = spoken(extract(text, "statements"))
    assert any(c.startswith("the actress was resting") for _, _, c in found)


# rich5 re3d uk-government 78C6FA20… (OGL v3.0): a resolution's request of someone to act
RESOLUTION = ("On 19 December the UN Security Council adopted Resolution 2328. The Resolution demanded full access "
              "for the UN across Syria and requested it to monitor the evacuations from eastern Aleppo.\n")
# rich6 re3d us-state-department 9DFBD0B6…: a condemnation and a reaffirmed commitment
CONDEMN = ("We condemn in the strongest possible terms terrorist attacks this weekend in Baghdad and Najaf. The U.S. "
           "reaffirms its commitment to support the government and people of Iraq in this struggle.\n")


def test_a_request_of_someone_to_act_is_a_request_rich5(extract) -> None:
    a = extract(RESOLUTION, "statements")
    hits = [(s.type, s.content) for s in a.statements if s.cue == "requested"]
    assert hits and hits[0][0] == "request" and hits[0][1].startswith("monitor the evacuations")


def test_condemn_and_reaffirm_report_what_a_statement_does_rich6(extract, spoken) -> None:
    found = spoken(extract(CONDEMN, "statements"))
    cues = {cue: c for _, cue, c in found}
    assert cues.get("condemn", "").startswith("terrorist attacks this weekend")
    assert cues.get("reaffirms", "").startswith("its commitment to support")


def test_demand_with_a_plain_object_is_a_need_not_a_request_guard(extract) -> None:
    # guard (wikinews-statements 106653, CC BY 2.5): demand + object stays no cue
    text = "Airlines demand performance improvements of 15-20% before they buy a new plane.\n"
    assert not [s for s in extract(text, "statements").statements if s.cue and s.cue.startswith("demand")]


# rich6 8_10ecbplus (ECB+): a line naming only the source, over the line it reports
ATHENS = ("BREAKING NEWS - 3 DEAD due to Molotov cocktail at Bank\n"
          "According to international media and Greek Sky TV\n"
          "THREE PEOPLE HAVE DIED IN A BLAZE that broke out at MARFIN EGNATIA BANK, on Stadiou Street, downtown Athens.\n"
          "The fire started when demonstrators hurled Molotov cocktail fire bombs at the Bank.\n")


def test_a_line_according_to_a_source_leads_in_the_next_rich6(extract) -> None:
    a = extract(ATHENS, "statements")
    hits = [(s.kind, s.content) for s in a.statements if s.content.startswith("THREE PEOPLE")]
    assert hits == [("indirect", "THREE PEOPLE HAVE DIED IN A BLAZE that broke out at MARFIN EGNATIA BANK, on Stadiou "
                                 "Street, downtown Athens.")]
    assert not [s for s in a.statements if s.content.startswith("The fire started")]  # only the next line


# rich5 6_8ecb (ECB+): two sources joined by "and", each with its own participle clause
STUDIO = ("Now, it seems, a battle is going on between a studio saying there's no news to report and an entertainment "
          "magazine claiming Chris Weitz is getting behind the steering wheel.\n")


def test_a_conjunct_after_a_participle_clause_is_no_part_of_the_speaker_rich5(extract, spoken) -> None:
    found = spoken(extract(STUDIO, "statements"))
    said = [s for s, cue, _ in found if cue == "saying"]
    assert said and "Weitz" not in said[0] and "magazine" not in said[0]


def test_letters_sent_to_someone_urging_them_are_the_senders_request_rich5(extract, spoken) -> None:
    # rich5 9_4ecbplus's shape (ECB+), with the sender named plainly: the parser hangs "urging" on
    # the addressee; the letters (their sender) urge
    text = ("The Union of Concerned Scientists sent separate letters last Friday to the Interior and Commerce "
            "departments urging them to overturn the rule changes.\n")
    found = spoken(extract(text, "statements"))
    assert [s for s, cue, _ in found if cue == "urging"] == ["Union of Concerned Scientists"]


def test_a_participle_on_a_noun_that_received_nothing_keeps_its_noun_guard(extract, spoken) -> None:
    # guard: "a statement saying …" is the statement's (its author's) as before
    text = "The ministry issued a statement on Friday saying the border would stay closed.\n"
    found = spoken(extract(text, "statements"))
    assert [s for s, cue, _ in found if cue == "saying"] == ["ministry"]
