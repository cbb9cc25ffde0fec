"""Per-article entities, issue 12 round 18: a bare family name in a story that names two of the family.

A surname-only mention joins the namesake the text points to — a gendered title, the pronoun it is
the antecedent of, a title written with one of the full names, the full name earlier in its sentence,
or the only namesake named before it — and stays apart when the text cannot tell; it never joins the
first or most frequent namesake by default. The lines marked ECB+ are from ECB+ topic 32
(32_5ecbplus, CC BY 3.0, ../shared/datasets/ecbplus-entities); the others are written for the test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st


def _find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    return find_entities(nlp(text), find_zones(text), settings).freeze()


def _holder(ents, start):  # type: ignore[no-untyped-def]
    return next((e for e in ents if any(m.start <= start < m.end for m in e.mentions)), None)


# ECB+ 32_5ecbplus (CC BY 3.0): the accused John Jenkin and his sister Katie Jenkin, named in one sentence
JENKIN = ("A preliminary hearing for John Jenkin, 23, charged with the murders of his mother Alice McMeekin, 58, "
          "and sister Katie Jenkin, 20, was heard in Preston Crown Court this morning.\n"
          "Jenkin was due to appear via videolink from HMP Preston, but did not do so as he was considered a risk "
          "to his own safety and that of other people, according to crown prosecutor Susan Carter.\n"
          "The bodies of Ms McMeekin and Miss Jenkin, were found in their house in Newton Street, Millom, on "
          "Saturday about 8. 40am.\n")


def test_entities_namesake_title_of_her_sex_is_the_sister_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, JENKIN)
    held = _holder(ents, JENKIN.index("Miss Jenkin") + 5)
    assert held is not None and held.name == "Katie Jenkin"


def test_entities_namesake_subject_of_he_is_the_brother_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, JENKIN)
    held = _holder(ents, JENKIN.index("\nJenkin was due") + 1)
    assert held is not None and held.name == "John Jenkin"


# written for the test: the only namesake named before the bare name is its antecedent
BROTHERS = ("Vincent Gigante, the reputed boss of the Genovese crime family, died on Monday in a federal prison.\n"
            "Gigante had suffered from heart disease for years, his lawyer said.\n"
            "His brother, the Rev. Louis Gigante, was at his side in court in 1997.\n"
            "Gigante was 77.\n")


def test_entities_namesake_before_the_second_is_named_is_the_first_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BROTHERS)
    held = _holder(ents, BROTHERS.index("\nGigante had") + 1)
    assert held is not None and held.name == "Vincent Gigante"


def test_entities_namesake_guard_stays_apart_when_text_cannot_tell(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (ECB+ 32_5ecbplus): both are named in the first sentence, and "Jenkin was arrested" has no
    # title, pronoun or sentence-mate of either: joined to neither
    text = JENKIN + "Jenkin was arrested at Millom Pier around 9. 35am.\n"
    ents = _find(nlp, settings, text)
    held = _holder(ents, text.index("\nJenkin was arrested") + 1)
    assert held is not None and held.name not in {"John Jenkin", "Katie Jenkin"}


def test_entities_namesake_later_bare_name_follows_the_first_reading(nlp, settings):  # type: ignore[no-untyped-def]
    # after the brother is named, "Gigante was 77." keeps the reading "Gigante had suffered" got
    ents = _find(nlp, settings, BROTHERS)
    held = _holder(ents, BROTHERS.index("\nGigante was 77") + 1)
    assert held is not None and held.name == "Vincent Gigante"


def test_entities_namesake_guard_lone_full_name_unchanged(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: one person of the name: the surname joins the full name, as before
    text = "Tyler Hansbrough scored 20 points on Sunday.\nHansbrough also grabbed nine rebounds.\n"
    ents = _find(nlp, settings, text)
    held = _holder(ents, text.index("\nHansbrough") + 1)
    assert held is not None and held.name == "Tyler Hansbrough"


@hsettings(max_examples=6, deadline=None)
@given(title=st.sampled_from(["Mr", "Mr.", "Miss", "Ms", "Mrs."]))
def test_entities_namesake_title_picks_the_sex_property(nlp, settings, title):  # type: ignore[no-untyped-def]
    text = ("Prosecutors charged John Jenkin with the murder of his sister Katie Jenkin in Millom.\n"
            f"Police said {title} Jenkin had lived in the house for six weeks.\n")
    ents = _find(nlp, settings, text)
    held = _holder(ents, text.index(f"{title} Jenkin") + len(title) + 1)
    want = "John Jenkin" if title.startswith("Mr") and not title.startswith("Mrs") else "Katie Jenkin"
    assert held is not None and held.name == want


def test_entities_namesake_choice_needs_two_owners() -> None:
    from hearsay.extract.entities._namesakes import Namesakes

    sightings = Namesakes({"page": [(0, 11, "bettie page", frozenset())]})
    assert sightings.owners("page") == ["bettie page"]
    assert Namesakes().owners("page") == []


# ECB+ 31_12ecb (CC BY 3.0), shortened: the father is named in full; the bare name stays the son's
HANSBROUGH = ("The attention is on record-setting UNC senior Tyler Hansbrough.\n"
              "Hansbrough finished with 20 points and nine rebounds.\n"
              "`` He always banks it in with his soft hands, '' said Gene Hansbrough, who surprised his son by "
              "coming to the game.\n"
              "The night, however, belonged to Hansbrough, who accepted the game ball.\n")


def test_entities_namesake_bare_name_keeps_its_first_reading_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, HANSBROUGH)
    first = _holder(ents, HANSBROUGH.index("\nHansbrough finished") + 1)
    later = _holder(ents, HANSBROUGH.index("belonged to Hansbrough") + len("belonged to "))
    assert first is not None and first.name == "Tyler Hansbrough"
    assert later is not None and later.name == "Tyler Hansbrough"


# -- a quoted nickname inside a name -----------------------------------------------------------------

# ECB+ 26_9ecbplus (CC BY 3.0), first lines: NER cuts the headline's name at the quotes
GIGANTE = ("Mafia 'Oddfather,' Vincent 'Chin' Gigante, dies in U. S. prison at 77\n"
           "Vincent \"The Chin\" Gigante, the powerful mob boss who avoided jail for decades by wandering the "
           "Greenwich Village streets in a ratty bathrobe and slippers, died Monday in prison, federal officials said.\n"
           "Gigante died at the U. S. Medical Center for federal prisoners in Springfield, Mo., said prison "
           "spokesman Al Quintero.\n")


def test_entities_nickname_inside_name_is_one_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, GIGANTE)
    starts = [GIGANTE.index("Vincent 'Chin'"), GIGANTE.index('Vincent "The'), GIGANTE.index("\nGigante died") + 1]
    held = {(_holder(ents, s) or ents[0]).id for s in starts}
    assert len(held) == 1 and all(_holder(ents, s) is not None for s in starts)


@pytest.mark.parametrize("name", ['Vincent "The Chin" Gigante', "Vincent 'Chin' Gigante", "Vincent ``Chin'' Gigante"])
def test_entities_nickname_left_out_of_the_key(name: str) -> None:
    from hearsay.extract.entities._people import _name_tokens

    assert _name_tokens(name) == ["vincent", "gigante"]


def test_entities_nickname_guard_headline_title_after_name(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (ECB+ 6_6ecbplus, CC BY 3.0): a work's title in quotes after a name in a title-case headline
    text = ("Gary Ross 'Catching Fire' Negotiations Reportedly Continue\n"
            "Gary Ross has not departed \"The Hunger Games.\"\n")
    ents = _find(nlp, settings, text)
    held = _holder(ents, text.index("\nGary Ross") + 1)
    assert held is not None and held.name == "Gary Ross"


# ECB+ 32_2ecb (CC BY 3.0), shortened, merge audit 23: "her" after the other victim's bare family name
# ("Mendes's apartment") is hers, not a sign that the bare "Gomes" is the murdered mother
GOMES = ("The body of Katherine Gomes, 61, and Robyn Norma Mendes, 48, were discovered on Tuesday.\n"
         "The man, Gary Gomes, 35, is expected to be arraigned today in New Bedford District Court.\n"
         "Gomes was arrested on Tuesday after investigators said they found him barricaded in a room in "
         "Mendes's apartment on Philip Street with her 12-year-old daughter.\n"
         "In 2005, Gomes was convicted of beating Mendes, holding a knife to her throat.\n")


@pytest.mark.parametrize("at", ["\nGomes was arrested", "2005, Gomes"])
def test_entities_namesake_a_pronoun_after_another_persons_name_is_no_sign(nlp, settings, at):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, GOMES)
    held = _holder(ents, GOMES.index(at) + at.index("Gomes"))
    assert held is None or held.name != "Katherine Gomes"
