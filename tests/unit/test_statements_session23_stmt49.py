"""Issue 14, round 45 (session 23, helper stmt49): cue gerunds under a preposition ("in blaming
Iran for the attack", "by saying they forgave him"), cues whose object and one prepositional
phrase carry the content ("credited X with Y", "ascribed X to Y", "congratulates X on Y"), "list
X as Y", and "propose" with a clause or a to-infinitive.

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _rows(analysis, words: str) -> list:
    return [s for s in analysis.statements if words in s.content]


# -- a cue gerund under a preposition of manner or time ---------------------------------------------

def test_statements_gerund_after_in_takes_the_clause_subject_issue_14(extract) -> None:
    a = extract("Tensions rose in the Gulf on Monday.\nForeign minister Ana Silva was more forceful in "
                "blaming Norland for the attack on the tanker.\n", "statements")
    assert _rows(a, "Norland for the attack")
    assert _speakers_of(a, "Norland for the attack") == {"Ana Silva"}


def test_statements_gerund_after_by_skips_a_causative_small_clause_issue_14(extract) -> None:
    # "have X released by saying …": the causer says it, not the one released
    a = extract("The trial opened in March.\nThe victim's parents tried to have Imran released by saying "
                "they forgave him for the killing.\n", "statements")
    assert _rows(a, "they forgave him for the killing")
    assert _speakers_of(a, "they forgave him") == {"victim's parents"}


def test_statements_gerund_after_before_issue_14(extract) -> None:
    a = extract("The hearing ended early.\nDefence lawyer Maria Lopez left the courtroom before saying "
                "the verdict would be appealed.\n", "statements")
    assert _rows(a, "the verdict would be appealed")
    assert _speakers_of(a, "the verdict would be appealed") == {"Maria Lopez"}


def test_statements_gerund_after_for_or_of_is_left_guard_issue_14(extract) -> None:
    # guard (passes on main too): "praised X for saying", "accused X of saying": the gerund's
    # doer is the object, so the subject-keeping rule leaves "for" and "of" alone
    a = extract("The debate ended late.\nSenator Paul Hart praised the mayor for saying the budget "
                "would hold.\n", "statements")
    # (main's eval frame gives Hart "the mayor for saying …", his praise, which holds the clause)
    assert not [s for s in a.statements if s.content.startswith("the budget would hold")]


def test_statements_gerund_under_a_cue_or_of_direct_speech_is_left_guard_issue_14(extract) -> None:
    # guard (passes on main too): a gerund under a verb that is a cue itself is how that
    # statement was reached ("estimate … by observing …"), and a verb of direct speech only has
    # no content of its own ("by pleading guilty")
    a = extract("The count ended in March.\nScientists from the Wildlife Fund estimate the population by "
                "observing the forest turned orange by butterflies. The two men were spared a trial by "
                "pleading guilty to the charges.\n", "statements")
    assert not _rows(a, "the forest turned orange")
    assert not [s for s in a.statements if s.cue and s.cue.startswith("plead")]


# -- the object and a prepositional phrase ---------------------------------------------------------------

def test_statements_credited_object_with_issue_14(extract) -> None:
    a = extract("The trial ended on Friday.\nDefence lawyer Maria Lopez credited local reporters with "
                "keeping the case in the news.\n", "statements")
    assert _rows(a, "local reporters with keeping the case in the news")
    assert _speakers_of(a, "local reporters with keeping") == {"Maria Lopez"}


def test_statements_ascribed_object_to_runs_on_issue_14(extract) -> None:
    a = extract("The actor died on Tuesday.\nA statement from the Screen Guild ascribed his death to "
                "complications from a stroke on Monday.\n", "statements")
    assert _rows(a, "his death to complications from a stroke on Monday")


def test_statements_congratulates_object_on_issue_14(extract) -> None:
    a = extract("The awards were given on Friday.\nThe Ford Foundation congratulates former trustee "
                "Regina Holt on being named to the board.\n", "statements")
    assert _rows(a, "former trustee Regina Holt on being named to the board")


def test_statements_congratulates_common_noun_object_issue_14(extract) -> None:
    a = extract("The awards were given on Friday.\nGlobal Voices congratulates all the winners of the "
                "Blog Awards 2012.\n", "statements")
    assert _rows(a, "all the winners of the Blog Awards 2012")


def test_statements_bare_name_or_reflexive_object_is_no_content_guard_issue_14(extract) -> None:
    # guard: "congratulated Pelosi" says nothing by itself, and a claim for oneself ("credit
    # themselves with …") is no view of another (statements-rich17: not annotated)
    a = extract("The vote was held on Thursday.\nPresident Tom Baker congratulated Pelosi on the floor. "
                "The rescuers from Sea-Help credit themselves with around 14,000 lives saved.\n", "statements")
    assert not _rows(a, "Pelosi")
    assert not _rows(a, "14,000 lives saved")


# -- list X as Y; propose --------------------------------------------------------------------------------

def test_statements_lists_object_as_predicate_issue_14(extract) -> None:
    a = extract("Press freedom fell again in 2012.\nA report by the Committee to Protect Journalists "
                "lists Cuba as one of the most censored countries.\n", "statements")
    assert _rows(a, "Cuba as one of the most censored countries")


def test_statements_listed_passive_without_holder_guard_issue_14(extract) -> None:
    # guard: a passive listing with no holder is a record, not a view ("is listed as …")
    a = extract("The shop opened in 2001.\nThe business is listed as Tallgrass Ltd., a supplier.\n", "statements")
    assert not _rows(a, "Tallgrass")


def test_statements_proposes_to_infinitive_is_a_request_issue_14(extract) -> None:
    a = extract("The assemblies met all week.\nOn May 26 the Malasana Assembly proposes to work on a "
                "celebration of the people's assemblies.\n", "statements")
    rows = _rows(a, "work on a celebration of the people's assemblies")
    assert rows and {s.type for s in rows} == {"request"}


def test_statements_proposed_that_clause_issue_14(extract) -> None:
    a = extract("The study appeared in Nature.\nScientists from Tsinghua University proposed that "
                "running induced wing flapping in early birds.\n", "statements")
    assert _rows(a, "running induced wing flapping in early birds")
