"""A series point's subject must be supported by the figure's own paragraph (issue 13, round 3)."""

from __future__ import annotations

import pytest

from hearsay.ledger.series import supported_subject
from hearsay.ledger.variables import variable_of

from ._records import make_record

AIRBUS = {"name": "Airbus", "type": "ORG"}
BOEING = {"name": "Boeing", "type": "ORG"}
QESHM = {"name": "Qeshm", "type": "GPE"}
GOVERNOR = {"name": "Heidar Alishvandi", "type": "PERSON"}
US = {"name": "United States", "type": "GPE"}
FORD = {"name": "Ford", "type": "ORG"}

CASES = [
    # text, entities, figure text, quantity, subject entity index -> kept?
    ("Airbus will cut 4,300 jobs, the company said.", [AIRBUS], "4,300 jobs", "jobs", 1, True),
    ("Plane makers\nAirbus had a good year.\nBoeing will cut 4,300 jobs, the union said.", [AIRBUS, BOEING], "4,300 jobs",
     "jobs", 1, False),
    ("Airbus to cut jobs\nThe company will cut 4,300 jobs, the union said.", [AIRBUS], "4,300 jobs", "jobs", 1, True),
    ("4,300 jobs to go\nAirbus will cut them, the union said.", [AIRBUS], "4,300 jobs", "jobs", 1, True),
    ("4,300 jobs to go\nThe union spoke.\nAirbus will cut them.", [AIRBUS], "4,300 jobs", "jobs", 1, False),
    ("Airbus had a good year. Its chief said 4,300 jobs would be cut.", [AIRBUS], "4,300 jobs", "jobs", 1, True),
    ("The quake hit Qeshm. Heidar Alishvandi said 50 were injured.", [QESHM, GOVERNOR], "50", "injured", 2, False),
    ("The quake hit Qeshm. Heidar Alishvandi said 50 were injured.", [QESHM, GOVERNOR], "50", "injured", 1, True),
    # round 4: "its sales in the United States" are the owner's sales, not the country's
    ("Ford said its sales in the United States rose 43% in February.", [US, FORD], "43%", "percent", 1, False),
    ("Ford said Ford's sales in the United States rose 43% in February.", [US, FORD], "43%", "percent", 1, False),
    ("Sales of cars in the United States fell 35% in January, Ford said.", [US, FORD], "35%", "percent", 1, True),
    ("Ford said its sales in the United States rose 43% in February.", [US, FORD], "43%", "percent", 2, True),
    # round 5: a plural of the measured noun after its owner; a place naming a company's nationality
    ("GM, the largest carmaker in the United States, will shut about 1,100 of its dealerships.", [US], "about 1,100",
     "dealership", 1, False),
    ("United States automaker Chrysler wants to eliminate 789 dealerships.", [US], "789 dealerships", "dealership", 1, False),
    ("The United States lost 789 dealerships last year, a trade group said.", [US], "789 dealerships", "dealership", 1, True),
    # round 6: a place modifying a role noun outside the toll says who reports or inflicts it, not where it fell
    ("United States officials reported that the operation killed 139 insurgents.", [US], "139 insurgents", "killed", 1, False),
    ("United States troops killed 20 militants near the border.", [US], "20 militants", "killed", 1, False),
    ("Two United States soldiers were killed in a crash.", [US], "Two United States soldiers", "killed", 1, True),
    # ... and so does a place modifying the noun the figure counts, when the figure stops before it
    ("As many as 1,000 United States soldiers died.", [US], "As many as 1,000", "killed", 1, True),
    ("Officials said 20 more United States troops were killed.", [US], "20", "killed", 1, True),
    ("The raid killed 20 insurgents and United States troops left.", [US], "20 insurgents", "killed", 1, False),
    ("A bomb killed 20 people in the United States on Monday.", [US], "20 people", "killed", 1, True),
    ("A storm hit the United States\nOfficials said 20 people were killed.", [US], "20 people", "killed", 1, True),
    ("Officials speak\nUnited States officials said 20 people were killed.", [US], "20 people", "killed", 1, False),
    ("United States officials said sales rose 43% in February.", [US], "43%", "percent", 1, True),
]


@pytest.mark.parametrize(("text", "entities", "span", "quantity", "subject", "kept"), CASES)
def test_supported_subject(text, entities, span, quantity, subject, kept) -> None:  # type: ignore[no-untyped-def]
    rec = make_record(text, "2025-01-01", "wire", entities=entities,
                      figures=[{"text": span, "value": 1, "low": 1, "high": 1, "quantity": quantity, "subject": f"e{subject}"}])
    fig = rec.figures[0]
    assert (supported_subject(rec, fig, variable_of(fig, text).measure) is not None) is kept


def test_a_figure_inside_a_longer_figure_is_no_point() -> None:
    from hearsay.ledger.series import nested

    text = "Ryanair will buy five new 737 aircraft from Boeing."
    rec = make_record(text, "2005-06-13", "wire", figures=[
        {"text": "five new 737 aircraft", "value": 5, "quantity": "aircraft"},
        {"text": "737 aircraft", "value": 737, "quantity": "aircraft"}])
    outer, inner = rec.figures
    assert (nested(outer, rec.figures), nested(inner, rec.figures)) == (False, True)
