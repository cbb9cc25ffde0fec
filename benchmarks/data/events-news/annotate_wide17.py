# The hand annotation of events-wide17 (issue 15, round 27), written from the sentences alone before hearsay ran on them;
# run from the project root: python3 benchmarks/data/events-news/annotate_wide17.py (rewrites events-wide17.json).
import sys
sys.path.insert(0, "benchmarks/data/events-news")
from select_wide17 import wide17_lines
from _write_set import write_set
A = lambda t, c=None: {"actorText": t, "code": c}
G = {
 "031-s0": ("NONE", None, None, None, "a train's journey (as wide16 030-s3)"),
 "032-s6": ("NONE", None, None, None, "an election schedule"),
 "034-s2": ("NONE", None, None, None, "a league not releasing a player's identity: no act on a party"),
 "035-s5": ("NONE", None, None, None, "shops' purchase limits: commerce, no party acted on"),
 "038-s9": ("NONE", None, None, None, "a quoted argument about a law"),
 "039-s3": ("NONE", None, None, None, "a proclamation of a national emergency: a domestic public-health order, no party acted on (as wide15 001-s19)"),
 "040-s5": ("NONE", None, None, None, "an agentless ritual and a poster displayed"),
 "041-s22": ("REQUEST", [A("The Democratic National Committee")], [A("states")], None, "urging states to use mail-in voting rather than reschedule: a call (REQUEST, as wide2's 'calling for'); the line names no country; arguable (USA: the committee is a US party body; NONE: an electoral matter)"),
 "042-s0": ("NONE", None, None, None, "a scientific study"),
 "043-s3": ("NONE", None, None, None, "a state's claim about its own infections: health, no party acted on"),
 "044-s9": ("NONE", None, None, None, "a governor's order delaying an election: an electoral matter (elections NONE, as wide14) and a domestic order"),
 "045-s0": ("NONE", None, None, None, "a state confirming deaths from a disease: health figures"),
 "046-s1": ("NONE", None, None, None, "a candidate explaining his withdrawal: electoral, a quoted reason"),
 "031-s3": ("NONE", None, None, None, "a date"),
 "034-s4": ("NONE", None, None, None, "a league suspending play and games cancelled: sport, no party acted on"),
 "035-s6": ("NONE", None, None, None, "a shop's report and comments on demand"),
 "038-s10": ("NONE", None, None, None, "legislators arguing a law's purpose: a statement, no party acted on"),
 "039-s5": ("NONE", None, None, None, "a negated act (did not place) and a report of experts' disappointment"),
 "040-s6": ("NONE", None, None, None, "a quoted claim; the killing of animals is inside the quotation and is no event between parties"),
 "041-s23": ("NONE", None, None, None, "a senator's support for a voting method, not for a party; arguable (SUPPORT)"),
 "044-s15": ("NONE", None, None, None, "a city reducing polling stations: election administration"),
 "045-s2": ("NONE", None, None, None, "an institute reporting case figures"),
 "046-s8": ("NONE", None, None, None, "becoming a presumptive nominee: an election"),
 "031-s5": ("NONE", None, None, None, "an interviewer's thanks"),
 "034-s6": ("NONE", None, None, None, "an association cancelling its own tournament: sport"),
 "035-s11": ("NONE", None, None, None, "an expectation of costs"),
 "038-s11": ("NONE", None, None, None, "a quoted statement defending a law; arguable (ACCUSE disapprove of the plaintiffs)"),
 "040-s7": ("NONE", None, None, None, "the rest of a quotation"),
 "045-s7": ("NONE", None, None, None, "a health body's declaration of a pandemic: health"),
}
write_set(wide17_lines(), G, "W17-wn2020-", "benchmarks/data/events-news/events-wide17.json")
