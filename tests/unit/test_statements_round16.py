"""Issue 14, round 16: the antecedent of a pronoun or description is one scored choice
(``hearsay.extract.statements._antecedent_choice``), and the statement records why.

Sentences are from the statements dev sets: Wikinews 51682 (CC BY 2.5), ECB+ 3_7ecbplus and
22_10ecbplus (CC BY 3.0). Tests marked "guard" pass on main too: they pin a case the first form
of the scored choice got wrong and a feature of the final form put right.
"""

from __future__ import annotations


def _speakers(analysis, content_word: str) -> set[str | None]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return {name(s.speaker) for s in analysis.statements if content_word in s.content}


def _rules(analysis, content_word: str) -> list[str]:
    return [s.rule for s in analysis.statements if content_word in s.content]


# -- decisive cases on the dev sets ------------------------------------------------------------

def test_statements_description_goes_to_the_organisation_named_in_its_own_sentence_issue_14(extract) -> None:
    # wikinews 51682: "the company" is Airbus, named in the sentence's own frame ("on the Airbus
    # website"), not Singapore Airlines, the subject and speaker three sentences back. Main's
    # character distance gave the subject a 600-character head start; as a scored choice the
    # nearer mention's recency outweighs the older subject.
    text = ("Singapore Airlines says that it will be compensated by Airbus for the additional delay in "
            "delivery of its new superjumbo A380's.\n"
            "The double-deck commercial aircrafts' delivery, originally due later this year, will be delayed "
            "until October 2007.\n"
            "The main fault has been found to be problems in the aircraft's 500km of wiring.\n"
            "In a statement on the Airbus website, the company said that \u201cthe root cause of the problem is "
            "the fact that the 3D Digital mock-up was implemented late\u201d.\n")
    assert _speakers(extract(text, "statements"), "root cause") == {"Airbus"}


def test_statements_reporter_is_not_a_place_its_own_report_names_issue_14_guard(extract) -> None:
    # guard (ECB+ 3_7ecbplus, its third sentence left out): "it" is the department quoted
    # before, not "Texas" inside the clause "it" reports (binding condition C). Main's order got
    # it right through a fixed cost for non-subjects; without the feature ``reported_clause`` the
    # scored choice gives it to Texas (230 against 205)
    text = ("Arcade Joseph Comeaux Jr., 49, ran away on foot with the guards' guns, the statement from the "
            "Texas Department of Criminal Justice said.\n"
            "The escape happened near Baytown, Texas, about 25 miles east of Houston, it said.\n")
    assert _speakers(extract(text, "statements"), "Baytown") == {"Texas Department of Criminal Justice"}


def test_statements_they_is_not_one_named_person_issue_14_guard(extract) -> None:
    # guard (ECB+ 22_10ecbplus): "They" takes up the police, not Hiller, a single person named
    # in each of the three sentences before (main's order got it right; without the plural
    # agreement the scored choice sums Hiller's mentions past the police)
    text = ("Yvonne Hiller, 43, is charged with murder for the shooting deaths of two female co - workers in "
            "September 2010.\n"
            "Hiller is also charged with attempted murder for allegedly shooting and injuring a third co - worker.\n"
            "Police say that the shootings happened minutes after Hiller was suspended from her job at the "
            "Kraft Plant following an altercation with the three victims.\n"
            "They say she forced her way through security at gunpoint, walked into the employee lounge where "
            "the three victims were and shot them.\n")
    assert _speakers(extract(text, "statements"), "security") == {"Police"}


def test_statements_rule_records_the_scored_antecedent_choice_issue_14(extract) -> None:
    # the user sees why: the statement's rule names the anaphor, the chosen entity with its score
    # and features, and the runner-up
    text = "Ann Lee was elected after Mary Smith resigned. She said the ward was full."
    [rule] = _rules(extract(text, "statements"), "ward")
    head, _, why = rule.partition("; speaker ")
    assert head == "indirect_clause"
    assert why.startswith("She \u2192 Ann Lee ")
    assert "grammatical_role" in why and "main_clause" in why
    assert " over Mary Smith " in why


def test_statements_rule_of_a_named_speaker_is_unchanged_issue_14_guard(extract) -> None:
    # guard: a speaker named in the text needs no choice, and its rule stays the bare rule
    text = "Ann Lee said the ward was full."
    assert _rules(extract(text, "statements"), "ward") == ["indirect_clause"]
