"""Issue 14 round 12: classes the fourth blind set (statements-rich4) left.

- a headline worded "Speaker: clause" with no quotation marks is the speaker's report;
- "objected to <noun phrase>" names the thing opposed, not reported content.

Texts marked rich4 are from benchmarks/data/statements-rich4/ (ECB+ corpus, Cybulska and
Vossen 2014, NewsReader project, CC BY 3.0).
"""

from __future__ import annotations




# rich4 1_2ecbplus, its first lines
LOHAN = ("May 2, 2013, 1: 12 PM\nLawyer: Lindsay Lohan checks into rehab facility\nUpdated 4: 08 p. m. ET\n"
         "Lindsay Lohan's attorney said Thursday the actress checked into a Southern California rehab "
         "facility that a state official said is unlicensed to perform the type of treatment a judge "
         "required her to receive.\nMark Jay Heller told a judge that Lohan was settling in at "
         "Morningside Recovery, a treatment facility in Newport Beach.\n")


def test_headline_speaker_label_without_quotes_is_a_report_rich4(extract, spoken) -> None:
    found = spoken(extract(LOHAN, "statements"))
    hit = [s for s, _, c in found if c == "Lindsay Lohan checks into rehab facility"]
    assert hit and hit[0] is not None


def test_headline_place_label_is_no_speaker(extract, spoken) -> None:
    # a place or topic label names no speaker: the colon is no attribution there
    text = "Syria: rebels capture the border town\nThe town fell on Monday after a week of fighting.\n"
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("rebels capture") for _, _, c in found)


def test_headline_label_needs_a_clause(extract, spoken) -> None:
    # "Lawyer: a new chapter" has no finite verb with a subject: a label, not a report
    text = "Lawyer: a new chapter for the actress\nThe actress moved to Newport Beach on Monday.\n"
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("a new chapter") for _, _, c in found)


def test_objected_to_a_noun_phrase_is_no_statement_rich4(extract, spoken) -> None:
    # rich4 1_2ecbplus: the prosecutor's objection names what is opposed, not a content
    text = ("\"My client is ensconced in the bosom of that facility right now, \" Heller argued after a "
            "prosecutor objected to Lohan's choice of rehab facilities.\n")
    found = spoken(extract(text, "statements"))
    assert not any(cue.startswith("object") for _, cue, _ in found)


def test_objected_that_reports_a_clause(extract, spoken) -> None:
    # "object" keeps its clause frame: "objected that …" reports what was said
    text = "The defence lawyer objected that the evidence had been gathered without a warrant.\n"
    found = spoken(extract(text, "statements"))
    assert any(cue.startswith("object") and c.startswith("the evidence had been gathered") for _, cue, c in found)
