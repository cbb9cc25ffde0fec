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

