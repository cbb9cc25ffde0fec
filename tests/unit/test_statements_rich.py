"""Issue 14 round 7: the rules the blind set statements-rich asked for.

- the possessive pronoun of a nominal cue is its source ("his claim that …" -> the antecedent of
  "his"), unless the noun is the object of a cue verb, whose statement already holds it;
- "allege" takes a noun-phrase object ("plaintiffs alleging civil rights violations"), and a text
  that "reads" introduces a quotation ("…,” the letter read");
- a straight opening quotation mark closed by a curly one (mixed house styles in scraped copy);
- Penn Treebank quotation marks (two backticks ... two apostrophes) of tokenised corpora.

Sentences marked rich are from benchmarks/data/statements-rich (ECB+ corpus, Cybulska and
Vossen 2014, CC BY 3.0); the one marked wikinews is from wikinews-statements dev
(English Wikinews via MEANTIME, CC BY 4.0).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hearsay.extract.statements._quote_marks import find_quote_spans


def _found(analysis) -> list[tuple[str | None, str, str]]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return [(name(s.speaker), s.kind, s.content) for s in analysis.statements]


def test_possessive_of_a_nominal_cue_is_its_source_rich(extract) -> None:
    # rich 28_1ecbplus
    text = ("LaRue said last year that President Nixon had not been told of the plan to break into the building.\n"
            "He cited his close relationship with Mr Mitchell to back up his claim that the president was ignorant of the plan.\n")
    found = _found(extract(text, "statements"))
    assert ("LaRue", "indirect", "the president was ignorant of the plan") in found


def test_possessive_nominal_cue_under_a_cue_verb_is_not_doubled(extract) -> None:
    # "stressed his view that …": one statement (the verb's), not a second nested one
    # wikinews 127248
    text = ("Henderson stated that he envisioned the bankruptcy process would take between 60 and 90 days.\n"
            "He stressed several times his view that the process would be one that is executed quickly, saying that "
            "not just a sense of urgency but “pure unadulterated speed” was his expectation of the process.\n")
    found = [f for f in _found(extract(text, "statements")) if "executed quickly" in f[2]]
    assert len(found) == 1


def test_straight_opener_closed_by_a_curly_mark_rich(extract) -> None:
    # rich 19_2ecbplus
    text = ("Gray's school principal, Matthew Willoughby of the Urban Assembly School of Design and Construction, "
            "wrote a heartfelt letter describing the teen as a hard - working student who was committed to his academics.\n"
            "\"Kimani made great strides this year academically,” the letter read.\n")
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["Kimani made great strides this year academically,"]
    found = _found(extract(text, "statements"))
    assert [(k, c) for _, k, c in found] == [("direct", "Kimani made great strides this year academically,")]
    # the speaker is the letter (its writer, named a sentence earlier, is not yet carried over)
    assert found[0][0] is not None


def test_straight_mark_still_wins_when_one_follows() -> None:
    # a curly mark inside a straight-quoted paragraph that a straight mark closes later is nested
    text = '"He called it “a disgrace” and left," she said.\n'
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == ["He called it “a disgrace” and left,"]


_WORDS = st.lists(st.sampled_from(["the", "plant", "will", "close", "soon", "we", "said", "no", "2009", "it's"]), min_size=1, max_size=12)


@given(_WORDS)
def test_mixed_marks_property(words) -> None:
    body = " ".join(words) + ","
    text = f'"{body}” the letter read.\n'
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == [body]


def test_penn_treebank_quotes_rich(extract) -> None:
    # rich 27_8ecb
    text = ("Researchers say the number of attack sites is too high to keep exhaustive lists.\n"
            "`` The vulnerability is so juicy that we expect it to show up in tool kits fairly shortly, '' "
            "said Rick Howard, intelligence director of iDefense.\n")
    found = _found(extract(text, "statements"))
    quote = [f for f in found if "juicy" in f[2]]
    assert quote == [("Rick Howard", "direct", "The vulnerability is so juicy that we expect it to show up in tool kits fairly shortly,")]


@given(_WORDS)
def test_penn_treebank_quotes_property(words) -> None:
    body = " ".join(words)
    text = f"He wrote `` {body} '' on Monday.\n"
    assert [text[q.start:q.end].strip() for q in find_quote_spans(text)] == [body]


def test_allege_with_a_noun_phrase_object_rich(extract) -> None:
    # rich 19_2ecbplus: "alleging" with an object, under the plaintiffs it describes
    text = ("In the days following Gray's death, it's been revealed that both Mourad and Cordova have reportedly been "
            "named in five federal lawsuits with plaintiffs alleging civil rights violations.\n")
    found = _found(extract(text, "statements"))
    assert [(k, c) for _, k, c in found] == [("indirect", "civil rights violations")]
    assert found[0][0] is not None and "plaintiff" in found[0][0].lower()


def test_alleged_as_an_adjective_is_no_cue(extract) -> None:
    assert _found(extract("The alleged victim, a 14-year-old girl, was taken to hospital on Monday.\n", "statements")) == []
