"""Issue 14 round 11: the classes the fourth blind set (statements-rich4) and round 10 left.

- a quotation paragraph after a lead-in paragraph ending "X said:" is X's;
- "X was reported/quoted as saying …": the passive subject is the source;
- a "that" clause the parser hung on the cue's addressee ("told a judge that …") is the cue's;
- "Lindsay Lohan's attorney said" is the attorney, not Lohan;
- "he has received confirmation that …": the receiver is not the confirmation's source;
- "estimates damages at $1 million": an object valued by an "at" phrase is an estimate's content;
- a singular role ("the local fire chief") is never a group named by a plural ("Authorities");
- a closing ” read as cp1252 that lost its last byte ("â€") is repaired to ”.

Texts marked rich2/rich4/ecb are from benchmarks/data/statements-rich2/, -rich4/ and
statements-ecb/ (ECB+ corpus, Cybulska and Vossen 2014, NewsReader project, CC BY 3.0).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st




def test_colon_lead_in_paragraph_gives_the_next_quote_its_speaker_ecb(extract, spoken) -> None:
    # ecb 23_5ecbplus, the quotation set as a paragraph of its own after the lead-in
    text = ("A British man has died in New Zealand.\n\nA Foreign Office spokeswoman said:\n\n"
            "\"We are aware of the death of a British man in New Zealand. We are in contact with the local "
            "authorities and stand ready to provide consular assistance.\"\n")
    found = spoken(extract(text, "statements"))
    assert any(s is not None and c.startswith("We are aware of the death") for s, _, c in found)


def test_colon_lead_in_needs_the_colon(extract, spoken) -> None:
    # a narrative paragraph with a cue of its own content does not lend it to the next quotation
    text = ("A Foreign Office spokeswoman said the family had been told.\n\n"
            "\"We are aware of the death of a British man in New Zealand.\"\n")
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("We are aware") and cue == "said" for _, cue, c in found)


def test_reported_as_saying_colon_then_quote_rich2(extract, spoken) -> None:
    # rich2 4_5ecb (gold speaker Hugh Hefner)
    text = ("Hugh Hefner was reported as saying about Page:\n"
            "`` I think that she was a remarkable lady, an iconic figure in pop culture who influenced sexuality, "
            "taste in fashion, someone who had a tremendous impact on our society ''.\n")
    found = spoken(extract(text, "statements"))
    assert any(s == "Hugh Hefner" and c.startswith("I think that she was a remarkable lady") for s, _, c in found)


def test_quoted_as_saying_passive_subject_is_the_source(extract, spoken) -> None:
    text = "The chairman, John Barrow, was quoted as saying the merger would be completed by March."
    found = spoken(extract(text, "statements"))
    assert any(s == "John Barrow" and c.startswith("the merger would be completed") for s, _, c in found)


def test_told_a_judge_that_rich4(extract, spoken) -> None:
    # rich4 1_2ecbplus: the parser makes the "that" clause an acl of "judge"
    text = ("Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery, a treatment "
            "facility in Newport Beach.")
    found = spoken(extract(text, "statements"))
    assert any(s == "Mark Jay Heller" and c.startswith("Lohan was settling in at Morningside") for s, _, c in found)


def test_told_a_judge_during_a_hearing_that_rich4(extract, spoken) -> None:
    # rich4 1_8ecbplus: the clause hangs on "hearing", inside a phrase after the addressee
    text = ("Heller told a judge during a hearing Thursday morning that Lohan had checked in to the Morningside "
            "Recovery rehab facility, but the starlet left it after a few minutes.")
    found = spoken(extract(text, "statements"))
    assert any(s == "Heller" and c.startswith("Lohan had checked in to the Morningside") for s, _, c in found)


def test_relative_that_after_the_object_is_no_content(extract, spoken) -> None:
    text = "She told the story that her mother wrote in 1950."
    assert not any(c.startswith("her mother wrote") for _, _, c in spoken(extract(text, "statements")))


def test_named_persons_role_is_not_that_person_rich4(extract, spoken) -> None:
    # rich4 1_2ecbplus (gold speaker: the attorney, Mark Jay Heller)
    text = ("Lindsay Lohan's attorney said Thursday the actress checked into a Southern California rehab "
            "facility.")
    found = spoken(extract(text, "statements"))
    speakers = [s for s, _, c in found if c.startswith("the actress checked into")]
    assert speakers and all(s is not None and "attorney" in s for s in speakers)


def test_named_persons_document_stays_theirs(extract, spoken) -> None:
    text = "John Barrow's statement said the merger would be completed by March."
    found = spoken(extract(text, "statements"))
    assert any(s == "John Barrow" for s, _, _ in found)


def test_received_confirmation_is_not_the_receivers_statement_rich4(extract, spoken) -> None:
    # rich4 1_8ecbplus: White said it; the confirmation came from someone unnamed
    text = ("The actress, however, has since checked in to a different rehab but will not face a probation "
            "violation for leaving another treatment facility after a few minutes, a prosecutor said Friday.\n"
            "Lohan made it to the new facility late Thursday, TMZ reported.\n"
            "White said he has received confirmation that Lohan has checked in to a rehab facility and he is "
            "satisfied with her location.")
    found = spoken(extract(text, "statements"))
    assert not any(cue == "confirmation" for _, cue, _ in found)
    assert any(s == "White" and cue == "said" for s, cue, _ in found)


def test_estimate_with_a_valued_object_rich4(extract, spoken) -> None:
    # rich4 13_16ecb and 13_5ecb
    text = ("Authorities estimate the damages to the Wasilla Bible Church at $1 million.\n"
            "Larry Kroon, pastor of the Wasilla Bible Church, estimates damages at more than $1 million to the "
            "church.")
    found = spoken(extract(text, "statements"))
    contents = [c for _, cue, c in found if cue.startswith("estimate")]
    assert "the damages to the Wasilla Bible Church at $1 million" in contents
    assert any(c.startswith("damages at more than $1 million") for c in contents)


def test_estimate_without_a_value_is_no_statement(extract, spoken) -> None:
    text = "Officials estimated the damage at the church on Friday."
    assert not any(cue.startswith("estimate") for _, cue, _ in spoken(extract(text, "statements")))


def test_singular_role_is_not_a_plural_group(extract, spoken) -> None:
    # the pattern of rich4 13_16ecb: a capitalised plural group speaks, then "the local fire chief"
    text = ("Authorities said the fire was set on purpose.\n"
            "The local fire chief says the fire is definitely suspicious.")
    a = extract(text, "statements")
    found = spoken(a)
    chief = [s for s, _, c in found if c.startswith("the fire is definitely")]
    assert chief and chief[0] != "Authorities"


def _lossy_mojibake(text: str) -> str:
    # UTF-8 read as cp1252 by a decoder that drops the bytes cp1252 leaves undefined
    return text.encode("utf-8").decode("cp1252", errors="ignore")


def test_lost_closing_quote_byte_is_repaired_rich4() -> None:
    from hearsay.ingest.readers import make_article

    # rich4 2_10ecbplus
    text = "“We are thrilled to have Ellen DeGeneres host the Oscars,” said Zadan and Meron jointly."
    assert make_article(text=_lossy_mojibake(text), origin="t").text == text


_WORDS = st.text(alphabet="abcdefghij KLMNOP.,", min_size=1, max_size=30).map(str.strip).filter(bool)


@given(_WORDS, _WORDS)
def test_lossy_mojibake_quotes_round_trip(said: str, rest: str) -> None:
    from hearsay.ingest.readers import repair_text

    text = f"“{said},” {rest} ‘ok’ it’s “{said}”"
    assert repair_text(_lossy_mojibake(text))[0] == text


def test_quote_paragraph_continues_the_quoted_speaker_not_a_closing_report_rich4(extract, spoken) -> None:
    # rich4 1_2ecbplus (gold: Heller's words, the prosecutor only objected)
    text = ("Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery.\n"
            "\"My client is ensconced in the bosom of that facility right now, \" Heller argued after a prosecutor "
            "objected to Lohan's choice of rehab facilities.\n"
            "\"She's in rehab right now.\n"
            "Nothing bad is going to happen. \"\n")
    found = spoken(extract(text, "statements"))
    assert any(s is not None and "Heller" in s and c.startswith("She's in rehab right now") for s, _, c in found)


def test_participle_opener_then_name_is_the_source_rich4(extract, spoken) -> None:
    # rich4 27_9ecb (gold: Mike Reavey's request); the parser makes "Writing" the subject
    text = ("Writing in a company blog, Mike Reavey, director of the Microsoft Security Response Center, urged "
            "users to test and deploy the security update `` as quickly as possible. ''")
    found = spoken(extract(text, "statements"))
    assert any(s == "Mike Reavey" and c.startswith("test and deploy") for s, _, c in found)
