"""A group (NORP) is a figure's subject only when the figure counts the group or its members (issue 13, round 8).

Sentences are quoted from openly licensed dev texts: Wikinews 118147 (CC BY 2.5), ECB+ 3_4ecb (CC BY 3.0), the
article-extraction-benchmark pages aeb-ecb46e3e489d and aeb-7a457a4f7173 (MIT, Scrapinghub), re3d's CENTCOM press release
26CC32861EF7 (US Government, public domain) and Wikipedia page 7EA8D40D4CBE (CC BY-SA 3.0); one sentence is written
for the test. The expected subjects were worked out by reading each sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

CENTCOM = ("Near Bayji, one strike engaged an ISIL tactical unit and destroyed an ISIL-held building, a VBIED, and a "
           "front-end loader. Near Mosul, five strikes engaged four ISIL tactical units; destroyed three ISIL-held buildings, "
           "two vehicles, two mortar systems, a rocket propelled grenade launcher, a VBIED staging facility, and a VBIED; "
           "damaged 29 supply routes; and suppressed an ISIL tactical unit and a mortar team.")
JURY = ("The jury - six black women, two white women, two black men, one white man and one Asian man - began hearing the "
        "case Sept. 22 and convicted Nichols on Nov. 7 after 12 hours of deliberation.")
SENATE = ("Only ten Republicans joined forty Democrats and two independents in voting for the bill. "
          "Three Democrats voted with thirty-one Republicans against it.")


def _subject(text: str, figure: str, settings) -> str | None:  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    record = analyze_text(text, settings, published=date(2016, 8, 15))
    names = {e.id: e.name for e in record.entities}
    fig = next(f for f in record.figures if f.text == figure)
    return names.get(fig.subject) if fig.subject else None


@pytest.mark.parametrize(("text", "figure", "subject", "why"), [
    # the counted noun is the group itself: the figure counts it, not the group named as the clause's subject
    (SENATE, "thirty-one Republicans", "Republicans", "counted group, not the subject 'Three Democrats'"),
    (SENATE, "forty Democrats", "Democrats", "counted group, not the subject 'ten Republicans'"),
    (SENATE, "Three Democrats", "Democrats", "guard: the subject is the counted group"),
    # the group is in the clause's subject (who acts, or a make-up being described), not what is counted
    (SENATE, "two independents", None, "independents are no Republicans"),
    (JURY, "six black women", None, "'Asian' describes another juror"),
    (JURY, "two black men", None, "'Asian' describes another juror"),
    (JURY, "one Asian man", "Asian", "guard: the group modifies the person counted"),
    ("The Islanders trailed by two late in the third period before goals by Josh Bailey and Ryan Pulock in the final "
     "4:29 of regulation forced overtime.", "two", None, "a score margin, no count of the team"),
    # the group modifies another noun: which markets, whose buildings
    ("Shares fell sharply, with all European markets losing more than 5%.", "more than 5%", None, "the markets' fall"),
    (CENTCOM, "three ISIL-held buildings", None, "buildings the group held are not the group"),
    # the paragraph's running subject: a group runs on only to a count of people
    (CENTCOM, "29 supply routes", None, "routes, after 'four ISIL tactical units'"),
    (CENTCOM, "two vehicles", None, "vehicles, after 'four ISIL tactical units'"),
    # a name NER made of the figure's own words is no subject (ECB+ 3_4ecb; written from sample 4's false point)
    ("The two jurors, who did not give their names, said the closed-door jury deliberations never became hostile during "
     "the four days they tried to decide a penalty.", "two jurors", None, "'two jurors' tagged PERSON"),
    # guards: the group modifies the noun of its members
    (CENTCOM, "four ISIL tactical units", "ISIL", "the group's own units"),
    ("Omar is one of the first two Muslim women elected to Congress.", "two Muslim women", "Muslim", "members counted"),
    ("At least 10 U.S. Marines and an unknown number of Iraqi soldiers died.", "At least 10 U.S. Marines", "U.S. Marines",
     "members counted"),
])
def test_group_subject(text: str, figure: str, subject: str | None, why: str, settings) -> None:  # type: ignore[no-untyped-def]
    assert _subject(text, figure, settings) == subject, why


@pytest.mark.parametrize(("noun", "members"), [("fighters", True), ("pirates", True), ("women", True), ("units", True),
                                               ("markets", False), ("buildings", False), ("routes", False)])
def test_counts_members(noun: str, members: bool, nlp) -> None:  # type: ignore[no-untyped-def]
    from hearsay.extract.figures.amounts import counts_members

    doc = nlp(f"They counted 12 {noun}.")
    assert counts_members(doc[3]) is members
