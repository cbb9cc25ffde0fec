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
