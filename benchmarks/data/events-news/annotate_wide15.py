# The hand annotation of events-wide15 (issue 15, round 25), written from the sentences alone before hearsay ran on them;
# run from the project root: python3 benchmarks/data/events-news/annotate_wide15.py (rewrites events-wide15.json).
import sys
sys.path.insert(0, "benchmarks/data/events-news")
from select_wide15 import wide15_lines
from _write_set import write_set
A = lambda t, c=None: {"actorText": t, "code": c}
G = {
 "001-s11": ("AID", [A("The Australian medical mission's fifth rotation", "AUS")], [], "humanitarian", "a foreign medical mission staying to help: medical aid (AID humanitarian); arguable (NONE: a stay, the help a purpose)"),
 "002-s0": ("ASSAULT", [A("United States military forces", "USA")], [A("Qasem Soleimani, head of Iran's Quds Force", "IRN")], "aerial", "a killing in an airstrike by a state's forces"),
 "003-s1": ("ASSAULT", [A("the United States'", "USA")], [A("Qasem Soleimani")], "aerial", "'The move follows' is no act; the first asserted act with an actor is the United States' killing (a possessive agent of an event noun); arguable (NONE: background)"),
 "004-s6": ("ASSAULT", [A("a United States military airstrike", "USA")], [A("He")], "aerial", "a passive with a by-agent: the airstrike's state is the actor"),
 "005-s7": ("NONE", None, None, None, "a fire service's statement on firefighting: no act on a party"),
 "006-s2": ("NONE", None, None, None, "a quoted statement by a pronoun speaker; arguable (AGREE: openness to energy cooperation)"),
 "007-s0": ("ACCUSE", [A("an assembly of several foreign ministers in Cairo")], [A("the memoranda of understanding between Turkey and Libya")], "disapprove", "denouncing an agreement: ACCUSE disapprove; the assembly is of several countries (Cairo is the venue), so no code"),
 "008-s1": ("NONE", None, None, None, "health"),
 "009-s0": ("ASSAULT", [A("their government", "IRN")], [A("a Ukrainian passenger jet", "UKR")], None, "acknowledging is a statement (CAMEO 015, no PLOVER event); the first asserted act with an actor is the government's shooting down of a jet; 'representatives from Iran ... their government' makes Iran knowable; arguable (NONE: an unintended shoot-down)"),
 "010-s2": ("NONE", None, None, None, "a statement of when a trial could start: no act on a party"),
 "011-s7": ("NONE", None, None, None, "an earthquake's damage: a natural hazard"),
 "012-s0": ("REJECT", [A("Ukrainian President Volodymyr Zelensky", "UKR")], [A("Prime Minister Oleksiy Honcharuk", "UKR")], None, "declining an offer (to resign): REJECT; arguable (NONE: a domestic personnel matter)"),
 "013-s2": ("NONE", None, None, None, "a virus infecting and killing; officials confirming figures"),
 "001-s14": ("REQUEST", [A("the prime minister")], [], None, "calling for a goal: REQUEST, as 'calling for' in wide2; no country in the line; arguable (NONE: no party asked)"),
 "002-s1": ("ACCUSE", [A("The United States", "USA")], [A("Soleimani")], "allege", "calling its own actions defensive is a justification; pointing to attacks Soleimani took part in is an allegation against him; arguable (NONE: a statement)"),
 "003-s4": ("REQUEST", [A("Adil Abdul-Mahdi, the caretaker Prime Minister", "IRQ")], [A("the United States troops in Iraq", "USA")], None, "recommending that a state's troops withdraw: REQUEST (NPR only reports it); a well-known leader, the caretaker PM of the Iraq the troops are in: IRQ; arguable (no code)"),
 "005-s8": ("NONE", None, None, None, "a fire service asking other fire departments for equipment: emergency operations, not coded (as rescues in wide9, wide11, wide13); arguable (REQUEST)"),
 "006-s3": ("ACCUSE", [A("He")], [A("the Turkish-Libyan maritime border agreement")], "disapprove", "calling an agreement 'null and void' and 'geographically ridiculous': criticism (ACCUSE disapprove); a pronoun actor: type only"),
 "007-s4": ("ACCUSE", [A("They")], [A("the November 27 maritime border agreement between Turkey and Libya")], "disapprove", "concluding an agreement is void and infringes rights: criticism (ACCUSE disapprove, as 006-s3); a pronoun actor: type only; arguable (allege)"),
 "008-s8": ("NONE", None, None, None, "a biography's background (a 2015 mediation); arguable (CONSULT)"),
 "009-s1": ("NONE", None, None, None, "an agentless passive"),
 "010-s5": ("NONE", None, None, None, "a quoted statement; the Constitution 'demands' is no party's act"),
 "012-s1": ("RETREAT", [A("Honcharuk")], [], None, "a head of government filing his resignation: a political resignation (RETREAT, as wide6 and wide13); no country in the line"),
 "001-s19": ("NONE", None, None, None, "a domestic public-health order: a policy change with no party acted on (as wide7's regulations)"),
 "002-s3": ("NONE", None, None, None, "being met on arrival is a description, not talks; the killing is an agentless passive; arguable (CONSULT)"),
 "003-s6": ("REQUEST", [A("a United States Department of State spokesperson, Morgan Ortagus", "USA")], [A("Iraqi leaders", "IRQ")], None, "disappointment is a comment; the quoted 'we strongly urge Iraqi leaders to reconsider' is the act, the spokesperson's for the United States; arguable (ACCUSE disapprove)"),
 "005-s9": ("NONE", None, None, None, "an agentless evacuation; police warning residents to stay inside is a safety advisory, no threat (as wide14's forecasters)"),
 "006-s4": ("NONE", None, None, None, "a quoted argument of a pronoun speaker ('he added'); arguable (ACCUSE allege)"),
 "007-s5": ("REQUEST", [A("They")], [A("Turkey", "TUR")], None, "calling on a state to halt drilling: REQUEST; a pronoun actor: type only"),
 "008-s17": ("NONE", None, None, None, "a royal council choosing a successor: a domestic appointment"),
 "009-s4": ("ASSAULT", [A("Iran", "IRN")], [A("US troops in Iraqi military bases", "USA")], "military", "a missile attack on a state's troops (the clause before is an accident, the relative clause background)"),
 "010-s8": ("ACCUSE", [A("The first")], [A("President Trump", "USA")], "allege", "articles of impeachment charging and accusing: formal charges (ACCUSE allege); the actor is a document (the first article), no code; arguable (NONE)"),
 "012-s2": ("SUPPORT", [A("He")], [A("Zelensky")], None, "praising a president ('a model of honesty'): SUPPORT (as wide3's praise); a pronoun actor: type only; arguable (RETREAT: the resignation offer, told second)"),
}
write_set(wide15_lines(), G, "W15-wn2020-", "benchmarks/data/events-news/events-wide15.json")
