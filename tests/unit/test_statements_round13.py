"""Issue 14 round 13: classes the fifth blind set (statements-rich5) showed.

Texts marked rich5 are from benchmarks/data/statements-rich5/: ECB+ corpus (Cybulska and Vossen
2014, NewsReader project, CC BY 3.0), or re3d's UK Government part (GOV.UK; contains public sector
information licensed under the Open Government Licence v3.0) and CENTCOM part (public domain).
"""

from __future__ import annotations

from hearsay.extract.statements._quote_marks import find_quote_spans

# rich5 29_9ecb (stored flattened): a quotation re-opened per paragraph with two backticks
MANNING = ("`` It was a funny game, we were completing some passes but we were down 14-0, '' Manning said. "
           "`` The crowd were into it and Jacksonville is always tough here at home. `` It's been a very "
           "different season. For us to win eight in a row, it was what we had to do. `` You never take "
           "winning for granted. It's hard to win one game and it's extremely hard to win eight in a row "
           "like we did. '' The Colts had looked like they would suffer their first defeat in eight games.\n")

# rich5 UK government statement, flattened: curly marks re-opened per paragraph
JOHNSON = ("Following the update, the Foreign Secretary Boris Johnson said: “It is unacceptable that the UN "
           "has still not been given access to eastern Aleppo to assist those who remain and carry out "
           "monitoring. “The Syrian army now claims full control of Aleppo, but this is a hollow victory. "
           "“There is only one way to end this conflict: a Syrian-led political settlement based on a "
           "transition away from the Assad regime.”\n")


def _quoted(text: str) -> list[str]:
    return [text[q.start:q.end].strip() for q in find_quote_spans(text)]


def test_reopened_backtick_quotation_is_its_own_paragraph_rich5() -> None:
    quoted = _quoted(MANNING)
    assert any(q.startswith("It's been a very different season") for q in quoted)
    assert any(q.startswith("The crowd were into it") and q.endswith("here at home.") for q in quoted)


def test_backtick_opener_written_twice_mid_sentence_still_closes() -> None:
    # the slip the two-backtick rule was written for: no sentence end before the second opener
    text = "He was charged with the `` illegal use `` of his weapon on Friday.\n"
    assert _quoted(text) == ["illegal use"]


def test_reopened_curly_quotation_is_not_nested_rich5() -> None:
    quoted = _quoted(JOHNSON)
    assert len(quoted) == 3 and quoted[1].startswith("The Syrian army now claims")


def test_reopened_quotations_continue_the_speaker_rich5(extract, spoken) -> None:
    found = spoken(extract(JOHNSON, "statements"))
    hit = [s for s, _, c in found if c.startswith("The Syrian army now claims")]
    assert hit == ["Boris Johnson"]
    found = spoken(extract(MANNING, "statements"))
    assert [s for s, _, c in found if c.startswith("It's been a very different season")] == ["Manning"]


# rich5 7_1ecbplus flattened (its lines made spaces, as scraped corpora ship text)
KLITSCHKO = ("The Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the "
             "challenger a standing count before stopping the fight at 2: 56. \"Thompson was not so easy to box. "
             "I'm satisfied, \" Klitschko said. In 2008, Klitschko stopped Thompson in the 11th round. Thompson, "
             "the mandatory challenger nominated by the IBF, fell to 36 - 3 (24 KOs). After the fight, Klitschko "
             "led the crowd of 22, 000 in signing \"Happy Birthday\" to trainer Emanuel Steward, who turned 68 on "
             "Saturday. \"Tony Thompson is very hard to hit, \" Steward said. \"Tony was watching Wladimir's right "
             "hand all night. \" A cagey opening round was followed by a scrappy second, as Klitschko twice "
             "wrestled Thompson to the floor. Thompson briefly stepped up his cautious tactics when landing a left "
             "to Klitschko's face in the third. \"I got caught but I'm OK, \" Thompson said in the ring. \"He's "
             "strong and he's world heavyweight champion for a reason. \" Klitschko extended the domination of the "
             "heavyweight ranks he shares with his older brother, Vitali.\n")


def test_flattened_turns_with_narrative_between_are_no_exchange_rich5(extract, spoken) -> None:
    # the alternation rule (dialogue: A, B, then A again) must not fire when narrative follows a
    # turn inside its restored paragraph: each second quotation continues its own speaker
    found = spoken(extract(KLITSCHKO, "statements"))
    by_content = {c.strip()[:20]: s for s, _, c in found}
    assert by_content.get("Tony was watching Wl") == "Emanuel Steward"
    assert by_content.get("He's strong and he's") == "Tony Thompson"


# rich5 CENTCOM article (re3d, public domain): a second quotation in the attribution's paragraph
CARTER = ("On Thanksgiving Day, Defense Secretary Ash Carter offered his condolences to Dayton’s family.\n"
          "“I am deeply saddened by the news on this Thanksgiving Day that one of our brave service members "
          "has been killed in Syria while protecting us from the evil of ISIL,” Carter said in a Nov. 24 "
          "statement. “It is a painful reminder of the dangers our men and women in uniform face around the "
          "world to keep us safe.”\n")


def test_quotation_after_the_attribution_sentence_continues_it_rich5(extract, spoken) -> None:
    found = spoken(extract(CARTER, "statements"))
    assert [s for s, _, c in found if c.startswith("It is a painful reminder")] == ["Ash Carter"]


def test_quotation_after_another_sentence_is_not_continued(extract, spoken) -> None:
    # narrative between the attribution and the next quotation: no continuation in mid-paragraph
    text = CARTER.replace("statement. “It is", "statement. The ceremony was held at the base. “It is")
    found = spoken(extract(text, "statements"))
    assert not [s for s, _, c in found if c.startswith("It is a painful reminder") and s == "Ash Carter"]


# rich5 9_4ecbplus (ECB+, a press release of the Union of Concerned Scientists)
GRIFO = ("In a related story, 1, 300 biologists and three scientific societies representing some 20, 000 "
         "scientists sent separate letters last Friday to the Interior and Commerce departments.\n"
         "Below is a statement by Francesca Grifo, director of UCS's Scientific Integrity Program:\n"
         "\"Several last - minute Bush administration regulatory changes have undermined the scientific "
         "foundation of the Endangered Species Act, and today the Obama administration has begun to repair "
         "the damage.\n"
         "\"Today, the Obama administration restored critical checks and balances to protect our nation's "
         "biodiversity.\n"
         "Interior Secretary Salazar's decision is a long - awaited first step. \"\n")


def test_statement_by_author_before_a_colon_is_the_lead_in_rich5(extract, spoken) -> None:
    found = spoken(extract(GRIFO, "statements"))
    assert [s for s, _, c in found if c.startswith("Several last - minute")] == ["Francesca Grifo"]
    assert [s for s, _, c in found if c.startswith("Today, the Obama")] == ["Francesca Grifo"]



# rich4 re3d_wikipedia_76F75D985AD7642B43A8AA4DBC146621 (English Wikipedia via re3d, CC BY-SA 3.0)
KARBOULY = ("He was captured by Jordanian 71st Counter Terrorism Battalion with the aid of Jordanian "
            "intelligence officers in May 2006, and accused of being Abu Musab al-Zarqawi's assistant which "
            "Karbouly denied.[2] Karbouly told the tribunal that he was “innocent”. He told the tribunal that "
            "he was instead kidnapped “from Lebanon on May 6.”[3]\n")


def test_citation_mark_is_a_token_of_its_own(nlp) -> None:
    from hearsay.nlp.parser import CitationSuffix

    assert isinstance(nlp.tokenizer.suffix_search, CitationSuffix)
    words = [t.text for t in nlp("which Karbouly denied.[2] Karbouly told the court[3][4] that")]
    assert words[2:5] == ["denied", ".", "[2]"] and words[8:11] == ["court", "[3]", "[4]"]


def test_sentence_starts_after_a_cited_sentence_end(nlp) -> None:
    doc = nlp("Karbouly denied it.[2] Karbouly told the tribunal that he was innocent.")
    assert [s.text for s in doc.sents][-1].startswith("Karbouly told")


def test_name_read_as_adverb_is_the_source_rich4(extract, spoken) -> None:
    found = spoken(extract(KARBOULY, "statements"))
    told = [s for s, cue, c in found if cue == "told" and c.startswith("he was “innocent")]
    assert told and told[0] is not None and "Karbouly" in told[0]


def test_relative_pronoun_object_of_a_denial_is_its_content_rich4(extract, spoken) -> None:
    found = spoken(extract(KARBOULY, "statements"))
    denied = [(s, c) for s, cue, c in found if cue == "denied"]
    assert denied and "Zarqawi's assistant" in denied[0][1] and "Karbouly" in (denied[0][0] or "")


def test_relative_subject_of_a_cue_is_no_content(extract, spoken) -> None:
    # "which" is the subject here ("the report which confirmed …"): no relative-object content
    text = "The ministry published a report which confirmed the closure of the plant on Monday.\n"
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("a report") for _, _, c in found)


def test_quoted_name_after_argued_about_is_no_fragment_rich5(extract, spoken) -> None:
    # rich5 28_2ecb: the quoted name is what people argued about, not their words
    text = ("For years, people had speculated and argued about the identity of `` Deep Throat, '' whose name "
            "was derived from the title of a popular pornographic movie.\n")
    found = spoken(extract(text, "statements"))
    assert not any("Deep Throat" in c for _, _, c in found)


def test_quoted_words_under_a_framed_preposition_stay_a_fragment(extract, spoken) -> None:
    # "warned of …" names its content through "of" (cues.tsv prep:of): the fragment is kept
    text = "The central bank governor warned of a “catastrophic collapse” in lending on Tuesday.\n"
    found = spoken(extract(text, "statements"))
    assert any("catastrophic collapse" in c for _, _, c in found)


def test_it_as_an_organisation_estimating_is_a_source_rich5(extract, spoken) -> None:
    # rich5 27_4ecb: "It" is Microsoft, the subject of an active "estimated that"
    text = ("Microsoft has said that the flaw has been proven to exist only in version 7 of Internet Explorer. "
            "It has estimated that one in every 500 Windows users has been exposed to websites that attempt "
            "to exploit the flaw.\n")
    found = spoken(extract(text, "statements"))
    assert any(cue == "estimated" and c.startswith("one in every 500") for _, cue, c in found)


def test_it_is_estimated_stays_sourceless(extract, spoken) -> None:
    text = "It is estimated that as many as 233,000 web pages have been affected.\n"
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("as many as 233,000") for _, _, c in found)


def test_inverted_report_after_an_adverbial_parse_rich5(extract, spoken) -> None:
    # rich5 28_2ecb: the parser hangs the reported clause on "said" as an adverbial clause
    text = ("Mark Felt, the mysterious `` Deep Throat '' source who helped Washington Post reporters Bob "
            "Woodward and Carl Bernstein crack the Watergate scandal that brought down President Richard Nixon, "
            "has died at age 95.\n"
            "Felt suffered from congestive heart failure but the exact cause of his death at home on Thursday "
            "was not immediately known, said the Press Democrat newspaper in Santa Rosa, California, 55 miles "
            "(90 km) north of San Francisco.\n")
    found = spoken(extract(text, "statements"))
    hit = [(s, c) for s, cue, c in found if cue == "said"]
    assert hit and hit[0][1].startswith("Felt suffered from congestive heart failure")


def test_subordinate_clause_before_an_inverted_cue_is_not_its_content(extract, spoken) -> None:
    # "When …, said X" : a clause with its own subordinator is circumstance, not the report
    text = "When the fire started in the kitchen, said the fire chief, the building was empty.\n"
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("When the fire started") or c.startswith("the fire started") for _, _, c in found)


# rich4 13_16ecb (ECB+, CC BY 3.0)
PALIN = ("Her spokesman, Bill McAllister, says Palin told an assistant pastor she apologizes if the fire was "
         "connected to the `` undeserved negative attention '' the church has received since she became the "
         "vice presidential candidate on Aug. 29.\n")


def test_told_addressee_then_clause_without_that_is_a_relay_rich4(extract, spoken) -> None:
    found = spoken(extract(PALIN, "statements"))
    hit = [s for s, cue, c in found if c.startswith("she apologizes")]
    assert hit and hit[0] is not None and "Palin" in hit[0]


def test_told_addressee_with_a_true_relative_clause_reports_no_clause(extract, spoken) -> None:
    # a relative clause with its own relative word describes the addressee: no content there
    text = "The minister told the farmers who had lost their crops about the new aid on Monday.\n"
    found = spoken(extract(text, "statements"))
    assert not any(c.startswith("who had lost") or c.startswith("had lost") for _, _, c in found)


def test_backtick_closer_slip_before_narrative_opens_no_quotation_rich5() -> None:
    # rich5 1_11ecb flattened: a closing slip "girl. ``" is followed by narrative running into a
    # mid-sentence quoted phrase: that is no re-opened paragraph of quoted words
    text = ("`` I didn't know it was going to ruin my career. People forget I've done, like, 20 movies. I'm not "
            "just a party girl. `` While Reid has been out of the cinematic spotlight, she recently launched a "
            "clothing line. In an interview in October, Reid told People she was a `` social drinker '' who's "
            "no longer tempted.\n")
    assert not any(q.startswith("While Reid has been") for q in _quoted(text))


def test_described_as_keeps_its_fragment(extract, spoken) -> None:
    # the founding article's shape: "described the troops as “heroes”" names the words through "as"
    text = "Kim Jong Un praised the soldiers on Friday. He further described the troops as “heroes” of the nation.\n"
    found = spoken(extract(text, "statements"))
    assert any(c.startswith("heroes") for _, _, c in found)


def test_name_apposed_to_the_subject_is_the_antecedent_rich5(extract, spoken) -> None:
    # rich5 13_1ecb (flattened): "he" after "The pastor, Larry Kroon, declined to say …" is Kroon,
    # not the fire chief quoted before him
    text = ("Mr Steele said the fire was lit at the entrance and moved inward as a small group of women were "
            "working on crafts. A fire alarm alerted them to the fire. The pastor, Larry Kroon, declined to say "
            "whether the church had received any recent threats. `` There are so many variables, '' he said.\n")
    found = spoken(extract(text, "statements"))
    assert [s for s, _, c in found if c.startswith("There are so many")] == ["Larry Kroon"]
