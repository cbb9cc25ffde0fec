"""Per-article entities, issue 12 round 22: role words, descriptions around names, run-on spans.

1. A news lead that describes a person before naming them ("A suspected Mafia boss … has been
   found dead. Gaetano Lo Presti … was found …"): the description is a mention of the person the
   next sentence names, not of the Mafia alone.
2. Role words NER took for a name right before a person's name ("Actress and champion swimmer
   Esther Williams") are a description of that person, no entity of their own.
3. Run-on spans are cut: a sentence opener the tagger called a proper noun before a given name
   ("Unemployed John Jenkin"), a country's abbreviation after a name in a headline ("Regina Benjamin
   U. S. surgeon general"), a venue after "at" ("the Jaguars at Jacksonville Municipal Stadium"),
   white space at a span's edge.

Lines marked ECB+ are from ECB+ dev topics 4, 26, 29, 32 and 34 (CC BY 3.0,
../shared/datasets/ecbplus-entities; no check topic); the others are written for the test.
Guards (marked so) must stay as they are.
"""

from __future__ import annotations

from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from _entity_probes import find as _find, holders as _holders, mention_at as _mention_at


# -- 1. a lead that holds the name back ------------------------------------------------------------

# ECB+ 26_13ecb (CC BY 3.0)
MAFIA_LEAD = ("A suspected Mafia boss arrested in a high-profile police raid has been found dead in his cell, "
              "Italian police sources have said.\n"
              "Gaetano Lo Presti, who had been previously convicted of mob-related crimes before his re-arrest on "
              "Tuesday, was found dead in Pagliarelli prison in the Sicilian capital of Palermo.\n"
              "Police said Lo Presti had hanged himself late on Tuesday night.\n")


def test_entities_a_lead_description_is_the_person_named_next_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, MAFIA_LEAD)
    boss = [e for e in _holders(ents, MAFIA_LEAD, "boss") if e.type == "PERSON"]
    assert [e.name for e in boss] == [e.name for e in _holders(ents, MAFIA_LEAD, "Lo Presti")] != []
    assert "suspected Mafia boss" in _mention_at(ents, MAFIA_LEAD, "boss")


def test_entities_a_lead_description_keeps_the_name_inside_it_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: "Mafia" still answers for itself inside the description
    ents = _find(nlp, settings, MAFIA_LEAD)
    assert "Mafia" in _mention_at(ents, MAFIA_LEAD, "Mafia")


def test_entities_a_lead_description_is_no_source_of_the_next_sentence_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (written for the test): the person named next is a source, not the one described
    text = ("A man was shot dead outside a bar in the city centre late on Saturday.\n"
            "Police chief John Whitaker said officers were looking for two suspects.\n")
    ents = _find(nlp, settings, text)
    assert all(e.type != "PERSON" for e in _holders(ents, text, "man"))


def test_entities_a_lead_description_after_a_name_stays_apart_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (written for the test): a person is named before the description, so no name is held back
    text = ("Mayor Leoluca Orlando opened the new courthouse on Monday.\n"
            "A suspected Mafia boss arrested in a police raid has been found dead in his cell.\n"
            "Gaetano Lo Presti was found dead in Pagliarelli prison.\n")
    ents = _find(nlp, settings, text)
    assert all(e.type != "PERSON" for e in _holders(ents, text, "boss"))


def test_entities_a_lead_with_two_people_described_names_neither_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard, ECB+ 3_9ecb (CC BY 3.0): the judge is not Brian Nichols, the man sentenced
    text = ("A judge on Saturday sentenced the man who killed four people in a brazen courthouse escape to multiple "
            "life sentences with no chance of parole after a deadlocked jury failed to return a death sentence.\n"
            "Brian Nichols, 37, was found guilty last month of murder and dozens of other counts for the March 2005 "
            "rampage that started in a downtown courthouse.\n")
    ents = _find(nlp, settings, text)
    assert all(e.type != "PERSON" for e in _holders(ents, text, "judge"))


# -- 2. role words before a name ------------------------------------------------------------------

# ECB+ 4_5ecbplus (CC BY 3.0)
WILLIAMS = ("Actress Esther Williams Dies at 91\n"
            "The champion swimmer starred in such films as \"Bathing Beauty, \" \"Take Me Out to the Ball Game\" "
            "and \"Million Dollar Mermaid. \"\n"
            "Actress and champion swimmer Esther Williams, who showcased a combination of glamour and athleticism "
            "by starring in several spectacular and splashy MGM musicals of the 1940s and '50s, has died.\n"
            "She was 91.\n")


def test_entities_role_words_before_a_name_describe_that_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, WILLIAMS)
    at = WILLIAMS.index("Actress and")
    holders = [e for e in ents if any(m.start == at for m in e.mentions)]
    assert [e.name for e in holders] == ["Esther Williams"]
    assert not any(e.name == "Actress" for e in ents)


def test_entities_a_name_that_starts_with_a_role_word_stays_whole_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (written for the test): "General Motors" and "Judge Judy" are names, not roles
    text = ("General Motors said on Monday that it would cut 2,000 jobs.\n"
            "The judge on the show, Judge Judy, said she would return next season.\n")
    ents = _find(nlp, settings, text)
    assert "General Motors" in _mention_at(ents, text, "General")
    assert any("Judy" in m for m in _mention_at(ents, text, "Judy"))


# -- 3. run-on spans ------------------------------------------------------------------------------

# ECB+ 32_7ecbplus (CC BY 3.0)
JENKIN = ("A MAN was last night being quizzed by cops over the double murders of his mum and sister.\n"
          "Unemployed John Jenkin, 23, was arrested yesterday moments after armed cops arrived following a "
          "999 call.\n")


def test_entities_a_sentence_opener_before_a_given_name_is_cut_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, JENKIN)
    assert _mention_at(ents, JENKIN, "Jenkin") == ["John Jenkin"]


def test_entities_a_first_name_before_a_given_name_stays_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guards: a first name or initial before a middle given name is part of the name (ECB+ 28_8ecb,
    # CC BY 3.0; the second line written for the test after ECB+ topic 3)
    felt = ("W. Mark Felt, Sr., the number 2 man at the FBI during the Watergate scandal, died yesterday from "
            "Alzheimer's disease at a hospice near his home.\n")
    assert _mention_at(_find(nlp, settings, felt), felt, "Mark")[0].startswith("W. Mark Felt")
    comeaux = "Arcade Joseph Comeaux Jr. escaped from two guards on Tuesday near Baytown.\n"
    assert _mention_at(_find(nlp, settings, comeaux), comeaux, "Joseph")[0].startswith("Arcade Joseph Comeaux")


# ECB+ 34_3ecbplus (CC BY 3.0)
BENJAMIN = ("Regina Benjamin U. S. surgeon general nomination: Stories and resources\n"
            "on July 13, 2009 at 10: 50 AM, updated July 29, 2009 at 12: 16 PM\n"
            "President Barack Obama announces his nomination of Dr. Regina Benjamin, a physician who operates a "
            "clinic in Bayou La Batre, Ala., as the U. S. Surgeon General during an announcement in the White "
            "House.\n")


def test_entities_a_country_code_after_a_name_is_cut_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BENJAMIN)
    assert not any(m.endswith("U. S.") for m in _mention_at(ents, BENJAMIN, "Benjamin"))
    assert [e.name for e in _holders(ents, BENJAMIN, "Benjamin")] == ["Regina Benjamin"]


# ECB+ 29_4ecb (CC BY 3.0)
JAGUARS = ("The Jaguars led for three quarters, but 17 unanswered points in the fourth did them in.\n"
           "Manning completed 29 of 34 passes for 364 yards and 3 touchdowns in the Colts' 31-24 victory over the "
           "Jaguars at Jacksonville Municipal Stadium.\n")


def test_entities_a_venue_after_at_is_cut_from_the_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, JAGUARS)
    assert _mention_at(ents, JAGUARS, "Jaguars", 1) == ["Jaguars"]
    assert _holders(ents, JAGUARS, "Jaguars", 1) == _holders(ents, JAGUARS, "Jaguars")
    assert _mention_at(ents, JAGUARS, "Municipal") == ["Jacksonville Municipal Stadium"]


def test_entities_a_campus_after_at_stays_in_the_name_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (written for the test): a campus is part of a university's name
    text = "She studied medicine at the University of Alabama at Birmingham before moving to Mobile.\n"
    ents = _find(nlp, settings, text)
    assert _mention_at(ents, text, "Birmingham") == ["University of Alabama at Birmingham"]
    # guard, GUM dev news_warhol (CC BY 4.0): a museum's name with its university stays whole
    text = "The show travels to the Mary & Leigh Block Museum of Art at Northwestern University next spring.\n"
    ents = _find(nlp, settings, text)
    assert _mention_at(ents, text, "Northwestern") == _mention_at(ents, text, "Block")


# ECB+ 1_6ecbplus (CC BY 3.0)
BETTY_FORD = ("Lindsay Lohan Checks Into Rehab at Betty Ford Center\n"
              "Fri., May. 3, 2013 11: 45 AM PDT\n"
              "Early Friday morning, around 1: 30 a. m., the 26 - year - old actress checked into Betty Ford "
              "Center in Rancho Mirage, Calif, and is now receiving treatment.\n")


def test_entities_a_span_does_not_run_on_over_a_line_break_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BETTY_FORD)
    assert _mention_at(ents, BETTY_FORD, "Betty") == ["Betty Ford Center"]  # not "Betty Ford Center\n"


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from(["ORG", "PERSON"])), max_size=6),
       st.text(alphabet=" \nAbc", min_size=30, max_size=30))
def test_entities_edge_space_is_trimmed_inside_the_span_property_issue12(spans, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import _without_edge_space

    candidates = [(min(a, b), max(a, b), label) for a, b, label in spans]
    for start, end, _ in _without_edge_space(text, candidates):
        piece = text[start:end]
        assert piece == piece.strip() or not piece.strip()
        assert any(s <= start and end <= e for s, e, _ in candidates)
