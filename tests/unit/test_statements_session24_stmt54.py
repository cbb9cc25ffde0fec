"""Statements, issue 14, session 24, round 50 (helper stmt54): speakers of quotations by turn-taking.

Quotative inversion: a quotation whose own attribution follows its closing mark with the verb first
("“…,” said Rose, still flushed"; "…?”⏎asked Lord Henry") is that subject's. The small English model
often leaves the verb without a subject there ("Rose" the subject of "flushed"), or the line break
puts the verb in another paragraph, and the quotation went to turn-taking, which gave it to the
previous speaker (``_inverted_attribution``; LitBank dev, statements-rich8, wikinews dev flattened,
ECB+ 3_4ecb). With the verb left out, a name and its apposition alone after a closing comma and mark
("“…,” Jesse Toprak, an analyst for Edmunds.") label the quotation (wikinews 124043 flattened, ECB+
12_18ecb). A cue-less turn that addresses by name the speaker turn-taking gives it goes to the other
party of the exchange (``_vocatives``; LitBank dev). Texts written for the tests in the shape of the dev articles; each rule test fails on
main's code before the round, the guards pass on both.
"""

from __future__ import annotations

from _speaker_probes import speakers_of


def test_statements_inverted_cue_with_a_participle_after_the_name_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("“It generally crops out once in a generation,” said my brother.\n"
                "“I wish they didn't crop out,” said Rose, still flushed.\n", "statements")
    assert speakers_of(a, "crop out,") == {"Rose"}


def test_statements_inverted_cue_after_tokenised_quote_marks_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Victims' relatives said any Nichols victory was hollow.\n"
                "`` I don't think Brian Nichols won, '' said Christina Greenway, daughter of the court reporter "
                "Nichols murdered.\n", "statements")
    assert speakers_of(a, "Nichols won") == {"Christina Greenway"}


def test_statements_inverted_cue_on_the_next_line_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("“What is that?” said Basil Hallward.\n“You know quite well.”\n“I do not, Harry.”\n"
                "“Is he dead?”\nasked Lord Henry, walking across the studio.\n", "statements")
    assert speakers_of(a, "Is he dead") == {"Lord Henry"}


def test_statements_inverted_cue_in_flattened_text_after_a_full_stop_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("“It will support good jobs for Canadians,” said Clements. Betty Sutton, Ohio's Congresswoman, put "
                "forward the CARS act. “It clearly stimulates the economy. But importantly it really helps the "
                "environment quite a bit in two respects.” said William Clay Ford Jr., executive chairman of Ford "
                "Motor Co. Ford Motor Company has not asked for assistance.\n", "statements")
    assert speakers_of(a, "stimulates the economy") == {"William Clay Ford Jr."}


def test_statements_quotation_continues_its_speaker_without_an_inverted_cue_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Victims' relatives said the verdict was hollow.\n"
                "“I don't think Brian Nichols won,” said Christina Greenway, daughter of the court reporter.\n"
                "“Now he can look forward to a life in prison.”\n", "statements")
    assert speakers_of(a, "life in prison") == {"Christina Greenway"}


def test_statements_name_after_the_closing_mark_with_the_verb_left_out_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("“It's too early to see a trend, but spring shows signs of hope,” said Jim Press, the vice chairman of "
                "Chrysler. Annualised sales of vehicles in the US are predicted to have dipped below nine million in "
                "March. “Auto makers are pulling every lever in their effort to attract buyers. The typical incentive "
                "programs simply do not resonate in today's economy,” Jesse Toprak, an analyst for Edmunds. Ford shares "
                "gained 2.3% in early trading.\n", "statements")
    assert speakers_of(a, "pulling every lever") == {"Jesse Toprak"}


def test_statements_name_after_tokenised_quote_marks_at_the_end_of_the_text_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Somali pirates released a Greek chemical tanker on Saturday, a piracy monitor told CNN.\n"
                "`` She is currently limping to safe waters and it is feared that three crew members lost their lives, '' "
                "Andrew Mwangura, head of the Seafarers Assistance Program in Mombasa, Kenya\n", "statements")
    assert speakers_of(a, "limping to safe waters") == {"Andrew Mwangura"}


def test_statements_name_that_opens_a_clause_after_the_quotation_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Police said the road was closed.\n"
                "“We have no idea what caused it,” Smith said, adding that the inquiry would take weeks.\n", "statements")
    assert speakers_of(a, "no idea what caused it") == {"Smith"}


def test_statements_turn_that_addresses_its_continued_speaker_goes_to_the_other_party_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    # a vocative names the addressee, never the speaker (``_vocatives``; LitBank dev, Howards End)
    a = extract("“The train is late,” said Aunt Juley.\n“It always is,” said Margaret.\n"
                "“I still feel quite uneasy about this business, Margaret.”\n", "statements")
    assert speakers_of(a, "quite uneasy") == {"Aunt Juley"}


def test_statements_turn_that_addresses_someone_else_continues_its_speaker_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("“The deal is done,” said Tom Reed.\n“It is a good day for the company,” said Ann Lee.\n"
                "“We thank you, Tom, for your work.”\n", "statements")
    assert speakers_of(a, "for your work") == {"Ann Lee"}
