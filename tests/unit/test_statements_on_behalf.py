"""A spokesperson and the organisation they speak for, reported both ways (issue 14, "What to
build" 4): ``speaker`` the person when named, ``on_behalf_of`` the organisation."""

from __future__ import annotations

import dataclasses

import pytest

from hearsay.model import Article, Entity, Mention, Record, Statement
from hearsay.record import from_dict, to_dict, validate


def _found(analysis, content_word: str) -> set[tuple[str, str | None]]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return {(name(s.speaker) or "", name(s.on_behalf_of)) for s in analysis.statements if content_word in s.content}


@pytest.mark.parametrize(("text", "speaker", "on_behalf_of"), [
    # named spokesperson, the organisation in an apposition, a compound, a possessive, a for-phrase
    ("Maria Lopez, a spokeswoman for Acme, said the plant would close in May.\n", "Maria Lopez", "Acme"),
    ("Acme spokeswoman Maria Lopez said the plant would close in May.\n", "Maria Lopez", "Acme"),
    ("Acme's spokeswoman, Maria Lopez, said the plant would close in May.\n", "Maria Lopez", "Acme"),
    ("A spokeswoman for the Interior Ministry, Anna Ivanova, said the plant would close in May.\n",
     "Anna Ivanova", "Interior Ministry"),
    ("“The plant will close in May,” said Maria Lopez, a spokeswoman for Acme.\n", "Maria Lopez", "Acme"),
    ("“The plant will close in May,” Acme press secretary Maria Lopez said.\n", "Maria Lopez", "Acme"),
    # the organisation through a definite description of an earlier one
    ("Acme Corp. cut 300 jobs on Monday. The company's spokesman, Tom Baker, said the plant would close in May.\n",
     "Tom Baker", "Acme Corp."),
    # unnamed spokesperson: the organisation is the speaker, as before, and no on_behalf_of
    ("A spokesman for Acme said the plant would close in May.\n", "Acme", None),
    # no organisation named, or no spokesperson
    ("Maria Lopez, a spokeswoman, said the plant would close in May.\n", "Maria Lopez", None),
    ("Maria Lopez said the plant would close in May.\n", "Maria Lopez", None),
    ("Maria Lopez, a lawyer for Acme, said the plant would close in May.\n", "Maria Lopez", None),
])
def test_on_behalf_of_table(extract, text, speaker, on_behalf_of) -> None:
    assert _found(extract(text, "statements"), "plant") == {(speaker, on_behalf_of)}


def test_spokesperson_keeps_organisation_later(extract) -> None:
    # the text said once whom Tom Baker speaks for; his next statement is made for it too
    text = "Acme spokesman Tom Baker said the plant would close. Baker said the company regretted the decision.\n"
    assert _found(extract(text, "statements"), "regretted") == {("Tom Baker", "Acme")}


def test_record_round_trip_with_on_behalf_of() -> None:
    text = "Maria Lopez, a spokeswoman for Acme, said the plant would close."
    a, c, s = text.index("Acme"), text.index("said"), text.index("the plant")
    person = Entity("e1", "Maria Lopez", "PERSON", (), ("spokeswoman",), (Mention(0, 11, "Maria Lopez"),), {})
    org = Entity("e2", "Acme", "ORG", (), (), (Mention(a, a + 4, "Acme"),), {})
    st = Statement("s1", "indirect", "the plant would close", s, s + 21, speaker="e1", speaker_text="Maria Lopez",
                   speaker_start=0, speaker_end=11, cue="said", cue_start=c, cue_end=c + 4, confidence=0.8,
                   rule="indirect_clause", type="assertion", on_behalf_of="e2")
    record = Record(Article(text=text), (person, org), (st,), (), (), (), (), {"model": "x"})
    data = to_dict(record)
    validate(data)
    assert data["statements"][0]["on_behalf_of"] == "e2"
    assert from_dict(data) == record
    # absent when not set: records without a spokesperson keep the shape they had
    plain = to_dict(dataclasses.replace(record, statements=(dataclasses.replace(st, on_behalf_of=None),)))
    assert "on_behalf_of" not in plain["statements"][0]
    assert from_dict(plain).statements[0].on_behalf_of is None


def test_store_round_trip_with_on_behalf_of(store) -> None:
    text = "Maria Lopez, a spokeswoman for Acme, said the plant would close in May this year."
    person = Entity("e1", "Maria Lopez", "PERSON", (), (), (Mention(0, 11, "Maria Lopez"),), {})
    org = Entity("e2", "Acme", "ORG", (), (), (Mention(32, 36, "Acme"),), {})
    st = Statement("s1", "indirect", "the plant would close", 43, 64, speaker="e1", confidence=0.8, on_behalf_of="e2")
    record = Record(Article(text=text), (person, org), (st,), (), (), (), (), {"model": "x"})
    store.save(record)
    assert store.load(record.article.sha256).statements[0].on_behalf_of == "e2"


def test_analyze_text_report_shows_on_behalf_of() -> None:
    from click.testing import CliRunner

    from hearsay.cli.main import cli

    text = "Acme cut 300 jobs on Monday.\n\nMaria Lopez, a spokeswoman for Acme, said the plant would close in May.\n"
    result = CliRunner().invoke(cli, ["analyze", "-", "--format", "text", "--no-store"], input=text.encode(),
                                catch_exceptions=False)
    assert result.exit_code == 0
    line = next(ln for ln in result.stdout.splitlines() if "the plant would close" in ln)
    assert "on behalf of Acme" in line


def test_role_said_in_a_sentence_without_statement(extract) -> None:
    # the role comes in a sentence that reports nothing; the pronoun's statement is made for the organisation
    text = ("Maria Lopez, a spokeswoman for Acme, spoke to reporters on Monday.\n"
            "“The plant will close in May,” she said.\n")
    assert _found(extract(text, "statements"), "plant") == {("Maria Lopez", "Acme")}


def test_role_after_the_statement_does_not_reach_back(extract) -> None:
    text = ("Maria Lopez said the plant would close in May.\n"
            "Lopez, a spokeswoman for Acme, spoke to reporters on Monday.\n")
    assert _found(extract(text, "statements"), "plant") == {("Maria Lopez", None)}


@pytest.mark.parametrize(("text", "speaker"), [
    # a title the tagger calls a proper noun (even an ORG), with the person apposed: the person
    ("The airline's CEO, Maria Lopez, said fares would rise in June.\n", "Maria Lopez"),
    ("The company's CFO, Tom Baker, told analysts that fares would rise in June.\n", "Tom Baker"),
    ("The airline's chief executive, Maria Lopez, said fares would rise in June.\n", "Maria Lopez"),
    # a named organisation with an apposed description stays the organisation
    ("Acme Corp., the airline's parent company, said fares would rise in June.\n", "Acme Corp."),
])
def test_title_tagged_as_name_gives_the_apposed_person(extract, text, speaker) -> None:
    assert {n for n, _ in _found(extract(text, "statements"), "fares")} == {speaker}
