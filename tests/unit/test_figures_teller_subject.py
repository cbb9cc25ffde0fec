"""Who tells a figure, and a place adjective on who acts, is not the figure's subject (issue 13, round 9).

Sentences are quoted from ECB+ dev articles (CC BY 3.0; the document is named in each row); the rows marked
"written" were written for the test. The expected subjects were worked out by reading each sentence.
"""

from __future__ import annotations

from datetime import date

import pytest


def _subject(text: str, figure: str, settings) -> str | None:  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    record = analyze_text(text, settings, published=date(2008, 12, 15))
    names = {e.id: e.name for e in record.entities}
    fig = next(f for f in record.figures if f.text == figure)
    return names.get(fig.subject) if fig.subject else None


@pytest.mark.parametrize(("text", "figure", "subject", "why"), [
    # (b) the subject of a verb of saying over the figure's clause tells the figure
    ("The Central Election Commission said that turnout was almost 90%.", "almost 90%", None,
     "ecb-11_4ecb: the commission reports the turnout"),
    ("Police said 12 people were injured in the riots.", "12 people", None, "ecb-8_3ecbplus: police report the injured"),
    ("Police said two women and one man died at a branch of the Marfin bank which caught fire after hooded youths "
     "broke a window and hurled petrol bombs inside.", "two women", None, "ecb-8_1ecbplus: police report the dead"),
    # guards: the complement clause's subject is the teller again ("it", "its ...")
    ("Boeing said it received 35 orders in November.", "35 orders", "Boeing", "written: the company's own orders"),
    ("Ford said its sales fell 30 percent in November.", "30 percent", "Ford", "written: 'its sales' are Ford's"),
    # (a) a place adjective before people who are not a state's agents, in the clause's subject: who acts
    ("Somali pirates have carried out around 100 attacks in the Gulf of Aden and Indian Ocean since the start of this "
     "year.", "around 100 attacks", None, "ecb-12_7ecb: the pirates attack, not Somalia"),
    ("Palestinian militants fired 20 rockets into southern Israel on Tuesday.", "20 rockets", None,
     "written (the brief's example): the militants fire"),
    # guards: before a state's forces the state acts ("India / pirates captured", as round 8 labelled it)
    ("The Indian navy captured 23 pirates in the Gulf of Aden after rescuing a merchant vessel that was being "
     "hijacked on Saturday, the Defence Ministry said.", "23 pirates", "India", "ecb-12_13ecb: India's navy captures"),
    ("The Indian commandos also recovered 12 AK 47 guns, three rifles, two grenades along with other ammunition.",
     "three rifles", "India", "ecb-12_19ecb: India's commandos recover the rifles"),
    # guards: a place adjective before a thing names its owner; before the counted people it is their side
    ("Chinese exports rose 5 percent in November.", "5 percent", "China", "written: China's exports"),
    ("The three boats had a total of 26 Somali crew onboard.", "26 Somali crew", "Somalia",
     "ecb-12_6ecbplus: the Somali crew counted"),
    ("The Indian navy said it has captured 23 Somali and Yemeni pirates who attacked a merchant vessel in the Gulf "
     "of Aden on Saturday.", "23 Somali and Yemeni pirates", "Somalia", "ecb-12_7ecb: the pirates counted"),
])
def test_figures_teller_subject(text: str, figure: str, subject: str | None, why: str, settings) -> None:  # type: ignore[no-untyped-def]
    assert _subject(text, figure, settings) == subject, why


def test_figures_place_adjective_before_a_state_body_keeps_the_place(settings) -> None:  # type: ignore[no-untyped-def]
    # ECB+ 8_5ecbplus: the government's cut from "its deficit" is the state's, unlike an armed force's count
    text = "The Greek government is attempting to slice 30bn euros from its deficit over the next three years."
    assert _subject(text, "30bn euros", settings) == "Greece"


def test_figures_a_verb_without_a_clause_frame_names_no_teller(settings) -> None:  # type: ignore[no-untyped-def]
    # ECB+ 24_9ecbplus: "saw ... make off" is no report; the heist's robbers stay the Paris store's
    text = ("A smash - and - grab on a high end Paris store saw four robbers make off with jewelry and watches valued at "
            "over $2. 6 million early Monday.")
    assert _subject(text, "four robbers", settings) == "Paris"
