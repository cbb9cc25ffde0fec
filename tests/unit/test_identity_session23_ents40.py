"""Issue 12, round 34: a country's body named by one institutional word after the country.

"U.S. Senate", "Indian Navy", "French Parliament" are that country's Senate, Navy, Parliament, as a
bare "Senate" an article places in the United States is keyed "senate @usa" (round 9). The place
form of a country-prefixed name was read only when two words or more were left after the
country, so "United States Senate" (MEANTIME dev) and "Indian Navy" (ECB+ dev) offered no
"senate @usa" / "navy @ind" and never met the bare name of another article; and a scoped place
form was a weak key, which needed shared context two bare names never need. The sentences are
written for the tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hearsay.ledger.names import analyse_name
from ledger._records import links_by_origin, make_record, save_linked


@pytest.mark.parametrize(("name", "form"), [
    ("United States Senate", "senate @usa"), ("U.S. Senate", "senate @usa"), ("Indian Navy", "navy @ind"),
    ("French Parliament", "parliament @fra"), ("Indonesian Navy", "navy @idn"),
])
def test_a_country_and_one_institutional_word_is_keyed_in_the_country(name: str, form: str) -> None:
    main = analyse_name(name, "ORG")
    assert main is not None and main.place_forms == (form,)


@pytest.mark.parametrize(("name", "forms"), [
    ("American Airlines", ()),  # one word left that is no body of a state
    ("Tunisian Airways", ()),
    ("British Foreign Office", ("foreign office @gbr",)),  # two words left: as before
    ("British Royal Navy", ("royal navy", "royal navy @gbr")),  # and keyed in the country since round 36
    ("New York Times", ()),
])
def test_guard_other_country_prefixed_names_keep_their_place_forms(name: str, forms: tuple[str, ...]) -> None:
    main = analyse_name(name, "ORG")
    assert main is not None and main.place_forms == forms


@pytest.fixture
def store(tmp_path: Path) -> Any:
    from hearsay.store import open_store

    opened = open_store(f"sqlite:///{tmp_path / 'ledger.db'}")
    yield opened
    opened.close()


def _story(i: int, body: str, people: list[str], country: tuple[str, str] = ("United States", "USA")) -> Any:
    text = f"In the {country[0]}, the {body} heard " + " and ".join(people) + f" on day {i}."
    return make_record(text, f"2007-03-{i:02d}", f"story-{i}",
                       entities=[{"name": body, "type": "ORG"}, *({"name": p, "type": "PERSON"} for p in people),
                                 {"name": country[0], "type": "GPE", "ids": {"iso3": country[1]}}])


@pytest.mark.parametrize("shared", [True, False])
def test_a_country_prefixed_senate_is_the_bare_senate_of_that_country(store: Any, shared: bool) -> None:
    """The scoped key is the bare name's own key, so it joins as two bare "Senate"s of US stories
    do: by name, whether or not the stories share anyone."""
    people = ["Rick Wagoner", "Ron Gettelfinger", "Bob Nardelli"]
    save_linked(store, _story(1, "Senate", people),
                _story(2, "United States Senate", people if shared else ["Ann Filler", "Tom Filler"]))
    bare = links_by_origin(store, "Senate")["story-1.txt"]
    full = links_by_origin(store, "United States Senate")["story-2.txt"]
    assert full[0] == bare[0] and full[1] == "exact" and full[2].get("key") == "senate @usa"


def test_guard_another_countrys_senate_stays_apart(store: Any) -> None:
    people = ["Rick Wagoner", "Ron Gettelfinger", "Bob Nardelli"]
    save_linked(store, _story(1, "Senate", people), _story(2, "French Senate", people, ("France", "FRA")))
    assert links_by_origin(store, "Senate")["story-1.txt"][0] != links_by_origin(store, "French Senate")["story-2.txt"][0]
