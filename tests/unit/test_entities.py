"""Entity grouping on the founding article (issue 2)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entity(record, name):
    found = [e for e in record.entities if e.name == name]
    assert found, f"no entity named {name}"
    return found[0]


def test_entities_group_country_aliases(founding_record, founding_gold):
    for gold in founding_gold["entities"]:
        if gold["type"] != "GPE":
            continue
        entity = _entity(founding_record, gold["name"])
        names = {entity.name, *entity.aliases}
        missing = [a for a in gold["aliases"] if a not in names]
        assert not missing, f"{gold['name']} lacks {missing}"


def test_entities_misspelling_joins_gazetteer(founding_record):
    assert "Kreamlin" in _entity(founding_record, "Russia").aliases


def test_entities_person_short_forms_cluster(founding_record):
    shoigu = _entity(founding_record, "Sergey Shoigu")
    assert {m.text for m in shoigu.mentions} >= {"Sergey Shoigu", "Shoigu"}
    assert len([e for e in founding_record.entities if "Shoigu" in e.name]) == 1


def test_entities_roles_from_titles(founding_record, founding_gold):
    for gold in founding_gold["entities"]:
        if gold.get("role"):
            assert gold["role"] in _entity(founding_record, gold["name"]).roles


def test_entities_acronym_in_parentheses(founding_record):
    assert "MSMT" in _entity(founding_record, "Multilateral Sanctions Monitoring Team").aliases
