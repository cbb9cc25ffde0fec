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

