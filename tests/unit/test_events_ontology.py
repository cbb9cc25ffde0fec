"""The PLOVER ontology and trigger lexicon as data (issue 5)."""

from __future__ import annotations

import pytest

from hearsay.extract.events.coding import NO_EVENT, load_lexicon, load_ontology


def test_events_ontology_has_the_sixteen_current_types():
    onto = load_ontology()
    assert len(onto.types) == 16
    assert {"AGREE", "AID", "ASSAULT", "REQUEST", "ACCUSE"} <= set(onto.types)
    assert onto.types["AID"] is True and onto.types["ASSAULT"] is False  # "Requires recipient"


@pytest.mark.parametrize(("old", "new"), [("DEMAND", ("REQUEST", None)), ("DISAPPROVE", ("ACCUSE", "disapprove")),
                                          ("INVESTIGATE", ("ACCUSE", "investigate")), ("FIGHT", ("ASSAULT", None)),
                                          ("agree", ("AGREE", None))])
def test_events_ontology_maps_legacy_names(old, new):
    assert load_ontology().current(old) == new


def test_events_ontology_rejects_unknown_names():
    with pytest.raises(KeyError):
        load_ontology().current("PARADE")


def test_events_lexicon_codes_only_plover_types_and_modes():
    onto, lex = load_ontology(), load_lexicon()
    for rules in lex.rules.values():
        for rule in rules:
            assert rule.type in {"*", NO_EVENT} or rule.type in onto.types, rule
            assert rule.type != NO_EVENT or (rule.pos in {"VERB", "NOUN"} and rule.pattern and not rule.mode), rule
            if rule.mode and rule.type in onto.modes:
                assert rule.mode in onto.modes[rule.type] or rule.type == "COOPERATE", rule
    for cues in lex.cues.values():
        for type_, mode in cues:
            assert mode in onto.modes[type_]
