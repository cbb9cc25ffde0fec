# The hand annotation of events-wide16 (issue 15, round 26), written from the sentences alone before hearsay ran on them;
# run from the project root: python3 benchmarks/data/events-news/annotate_wide16.py (rewrites events-wide16.json).
import sys
sys.path.insert(0, "benchmarks/data/events-news")
from select_wide16 import wide16_lines
from _write_set import write_set
A = lambda t, c=None: {"actorText": t, "code": c}
G = {
 "015-s8": ("NONE", None, None, None, "a city announcing that agencies will investigate a crash: an accident inquiry, no act on a party"),
 "016-s3": ("ASSAULT", [A("The officers")], [A("him")], None, "police shooting an attacker dead: ASSAULT by the police (as wide10's police killing); the line names no place; the declared attack is background"),
 "017-s0": ("NONE", None, None, None, "a virus killing: a natural hazard"),
 "018-s9": ("NONE", None, None, None, "candidates withdrawing from a primary race: an electoral matter (elections NONE, as wide14); arguable (RETREAT)"),
 "019-s6": ("NONE", None, None, None, "a government ordering a cull of pigs: a domestic public-health order, no party acted on (as wide15 001-s19)"),
 "020-s0": ("NONE", None, None, None, "a jury's conviction: verdicts are not coded; the lawsuit in the relative clause is background"),
 "021-s4": ("NONE", None, None, None, "a splitter fragment: an election and charges, no act with an actor"),
 "022-s0": ("NONE", None, None, None, "a scientific report"),
 "023-s2": ("NONE", None, None, None, "voters' support in a caucus: an electoral matter; arguable (SUPPORT)"),
 "025-s4": ("ACCUSE", [A("the government")], [A("Hosni's creation of new cities in the desert")], "disapprove", "criticising a former president's policy: ACCUSE disapprove; 'allegedly' reports the act, coded as the act (as wide10's alleged shooting); the government's country is not named in the line"),
 "028-s3": ("PROTEST", [A("Thousands of people")], [], None, "a crowd gathering outside a congress with slogans: a demonstration (PROTEST); no country in the line; arguable (NONE: a supportive rally)"),
 "029-s26": ("NONE", None, None, None, "a pronoun speaker's quoted reasons for leaving an election race"),
 "030-s3": ("NONE", None, None, None, "a train's journey"),
 "016-s4": ("NONE", None, None, None, "an eyewitness's description; the chase and 'was then shot' are inside the quotation and the shot is agentless"),
 "017-s1": ("NONE", None, None, None, "a virus killing and infecting: a natural hazard"),
 "018-s17": ("NONE", None, None, None, "an election schedule"),
 "019-s10": ("NONE", None, None, None, "a quoted argument about naming a disease"),
 "020-s2": ("NONE", None, None, None, "an agentless passive accusation"),
 "021-s5": ("NONE", None, None, None, "a sentence and clemency, agentless: not coded"),
 "022-s4": ("NONE", None, None, None, "a scientific finding"),
 "028-s5": ("NONE", None, None, None, "a president's statement of a law's effect: no party acted on; arguable (ACCUSE disapprove, criticism of a law)"),
 "029-s34": ("NONE", None, None, None, "an election schedule"),
 "030-s4": ("NONE", None, None, None, "a description of a train"),
 "016-s8": ("ASSAULT", [A("police")], [], None, "the injury has no actor; police discharging their firearms is the first asserted act with an actor; no place in the line; arguable (NONE: the shots are the time of an injury)"),
 "017-s3": ("ACCUSE", [A("Chinese citizens", "CHN")], [A("their government", "CHN")], "disapprove", "citizens criticising their government: ACCUSE disapprove; 'Chinese' makes the country knowable"),
 "019-s11": ("NONE", None, None, None, "a researcher's quoted statement and reports of harassment by unnamed people: no party's act; arguable (ASSAULT: harassment)"),
 "020-s3": ("ACCUSE", [A("The United States government", "USA")], [A("Avenatti")], "allege", "a government accusing a person of extortion: ACCUSE allege; the threat is the act alleged, the accusation the main act"),
 "021-s6": ("REQUEST", [A("multiple officials", "USA")], [A("Trump", "USA")], None, "pressuring a president not to commute a sentence: REQUEST; the officials include members of the House of Representatives (Republican), so the United States is knowable; arguable (COERCE; no code)"),
 "028-s8": ("NONE", None, None, None, "a president's quoted statement of what a state must do: no act"),
 "030-s8": ("NONE", None, None, None, "a celebration's dates"),
}
write_set(wide16_lines(), G, "W16-wn2020-", "benchmarks/data/events-news/events-wide16.json")
