"""Issue 14, round 25: "X quoted him as saying" after a quotation relays the pronoun's words; a
person named inside a reporter's own report is not that reporter (binding condition C of referents).

Texts are from the statements-rich12 article ECB+ 2_1ecb (ECB+ corpus, Cybulska and Vossen 2014,
CC BY 3.0), from the statements-rich8 article GUM news_warhol (Wikinews, CC BY 2.5, as tokenised in
GUM) or written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of, via_of as _via_of


# -- "People quoted him as saying" ---------------------------------------------------------------

# ECB+ 2_1ecb (rich12, blind run): the quotation went to the magazine, the one quoting
_OSCARS = (
    "World's sexiest man' Hugh Jackman has been roped in to host the 81st annual Academy Awards ceremony\n"
    "According to Laurence Mark, producer of the telecast, the Australian actor has been selected `` because "
    "we want the ceremony to be fun.\n"
    "He can hold the screen and he can hold a stage.\n"
    "It doesn't hurt that he looks amazing in a tuxedo and he's the sexiest man alive, '' People quoted him as "
    "saying.\n"
    "The ceremony will take place at the Kodak Theatre in Los Angeles on February 22.\n"
)


def test_statements_quoted_him_as_saying_is_the_pronouns_issue_14(extract) -> None:
    a = extract(_OSCARS, "statements")
    assert _speakers_of(a, "hold a stage") == {"Laurence Mark"}


def test_statements_quoted_him_as_saying_relays_the_quoter_issue_14(extract) -> None:
    a = extract(_OSCARS, "statements")
    assert "People" in _via_of(a, "hold a stage")


# guard, written for the test: a named object of "quoted … as saying" was round 19's rule already
_NAMED = "The agency quoted the governor as saying five people had received treatment.\n"


def test_statements_quoted_a_named_person_as_saying_guard(extract) -> None:
    a = extract(_NAMED, "statements")
    assert _speakers_of(a, "received treatment") in ({"governor"}, {"the governor"})


# guard, written for the test: "quoted" with no "as saying" is no relay frame
_NO_AS = (
    "Senator Ann Lee criticised the budget on Monday.\n"
    "“This plan will hurt families,” she said.\n"
    "The newspaper quoted her remarks on its front page.\n"
)


def test_statements_quoted_without_as_saying_guard(extract) -> None:
    a = extract(_NO_AS, "statements")
    assert _speakers_of(a, "hurt families") == {"Ann Lee"}


# -- a person the reporter's own quotation names ---------------------------------------------------

# GUM news_warhol (rich8): "He" went to Warhol, the subject of the sentence before, though the
# quotation it introduces names Warhol in the third person
_WARHOL = (
    "Why did she so badly want to attend? \" It's Warhol. He is a legend.\" For Kevin Allton, a USI "
    "instructor in English, Warhol was also a legend. He said, \"Andy Warhol was the center of the "
    "Zeitgeist for the 20th century and everything since. He is a post-modern diety.\" Allton said he had "
    "only seen the Silver Clouds installation before in film.\n"
)


def test_statements_reporter_is_not_the_person_his_quotation_names_issue_14(extract) -> None:
    a = extract(_WARHOL, "statements")
    assert _speakers_of(a, "center of the Zeitgeist") == {"Kevin Allton"}


# written for the test: the subject of the sentence before is the one the quotation is about
_COACH = (
    "The coach, Tom Hale, praised his young striker after the match.\n"
    "Ben Ortiz scored twice on Saturday.\n"
    "He said: “Ben Ortiz is the best finisher I have coached in twenty years.”\n"
)


def test_statements_reporter_is_not_the_subject_his_quotation_names_issue_14(extract) -> None:
    a = extract(_COACH, "statements")
    assert _speakers_of(a, "best finisher") == {"Tom Hale"}


# guard, written for the test: a quotation that names nobody keeps the subject before
_SCORER = (
    "The coach, Tom Hale, praised his young striker after the match.\n"
    "Ben Ortiz scored twice on Saturday.\n"
    "He said: “I was lucky with the second goal.”\n"
)


def test_statements_reporter_of_a_quotation_naming_nobody_guard(extract) -> None:
    a = extract(_SCORER, "statements")
    assert _speakers_of(a, "lucky with the second") == {"Ben Ortiz"}


# guard, written for the test: an organisation's statement names the organisation; "it" still
# takes it up (the rule is for persons only)
_ACME = (
    "Acme Corp reported record sales for the third quarter on Tuesday.\n"
    "“Acme is proud of every one of its employees,” it said in a statement.\n"
)


def test_statements_organisation_named_in_its_own_statement_guard(extract) -> None:
    a = extract(_ACME, "statements")
    assert _speakers_of(a, "proud of every one") == {"Acme Corp"}
