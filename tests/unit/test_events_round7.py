"""Issue 15 round 7: acts named as stopped, wished or only possible code no event.

Sentences marked ECB+ are copied from ECB+ development topics (Cybulska and Vossen 2014, CC BY
3.0); "gov.uk" from UK Government releases in Dstl's re3d (contains public sector information
licensed under the Open Government Licence v3.0); "EU" from the Delegation of the European Union
to Syria in re3d (source: the European Union; reuse authorised with acknowledgement). The others
are written for this test. The analysis runs with the dyad filter off, as the sentence benchmarks do.
"""

from __future__ import annotations


import pytest




# -- a noun naming the act's stopping governs it ---------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # EU (wide2 NONE line)
    ("In this context, the announcement of an agreement for cessation of hostilities on the eve of a New Year is"
     " welcome.", "hostilities"),
    ("The ministers called for a halt to the fighting in the north.", "fighting"),
])
def test_stopped_act_is_no_event(text, trigger, event_triggers):
    assert all(t != trigger for _, t in event_triggers(text))


@pytest.mark.model
def test_act_itself_still_coded(event_triggers):
    # the same noun not governed by a stopping noun keeps its event
    assert ("ASSAULT", "fighting") in event_triggers("Heavy fighting broke out in the north of Syria.")


# -- wished or only possible acts ---------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # ECB+ 16_10ecbplus: a to-infinitive under "want"
    ("He had also boasted prior to Ortiz's killing that he wanted to kill a cop, that he wanted to make a name for"
     " his gang, the judge added.", "kill"),
    # gov.uk (wide2 NONE line): a modal of possibility
    ("I hope that yesterday’s agreement can contribute positively to this process.", "contribute"),
    # ECB+ 21_10ecbplus
    ("If the at - fault driver was charged or convicted in criminal court, it may help support the claim of"
     " recklessness.", "help"),
])
def test_wished_or_possible_act_is_no_event(text, trigger, event_triggers):
    assert all(t != trigger for _, t in event_triggers(text))
