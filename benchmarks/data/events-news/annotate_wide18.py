# The hand annotation of events-wide18 (issue 15, round 28), written from the sentences alone before hearsay ran on them;
# run from the project root: /work/main/.venv/bin/python benchmarks/data/events-news/annotate_wide18.py (rewrites
# events-wide18.json; the selection needs spaCy, so the project's interpreter).
import sys
sys.path.insert(0, "benchmarks/data/events-news")
from select_wide18 import wide18_lines
from _write_set import write_set
A = lambda t, c=None: {"actorText": t, "code": c}
G = {
 "r03-s1": ("ACCUSE", [A("The Manhattan district attorney's office", "USA")], [A("Trump", "USA")], "investigate", "a prosecutor's office investigating a party (ACCUSE investigate, as wide14's attorney general); Manhattan is a US borough (as wide12's Philadelphia District Attorney)"),
 "r04-s1": ("NONE", None, None, None, "a traffic collision: an accident"),
 "r05-s1": ("NONE", None, None, None, "surviving an attack that has no actor in the line"),
 "r08-s13": ("NONE", None, None, None, "sport"),
 "r09-s15": ("NONE", None, None, None, "sport"),
 "r10-s0": ("SUPPORT", [A("the Kurdish-led Syrian Democratic Forces (SDF)", "SYR")], [A("the government of Syria", "SYR")], None, "entering into an agreement (announced as done): finalising an agreement, SUPPORT (manual; as a deal signed); the Syrian offensive of Turkey is the after-clause's background; arguable (AGREE)"),
 "r11-s1": ("PROTEST", [A("protesting legislators")], [A("Lam")], None, "a passive with a by-agent: legislators disrupting a speech in protest; no country named in the line, so no code; arguable (ACCUSE disapprove)"),
 "r12-s0": ("NONE", None, None, None, "announcing that users were arrested: an agentless arrest is no event (docs/events.md); arguable (COERCE arrest by the authorities, GBR/USA)"),
 "r13-s10": ("NONE", None, None, None, "an election; the resignation is a when-clause's background; arguable (RETREAT)"),
 "r14-s0": ("NONE", None, None, None, "turning out to watch a release of animals"),
 "r15-s4": ("NONE", None, None, None, "an earthquake"),
 "r18-s2": ("REQUEST", [A("US Secretary of State Mike Pompeo", "USA")], [A("Elaine Chao, the Secretary of Transportation", "USA")], None, "a letter requesting rules from another office: REQUEST (as 'letters ... urging them to'); the Secretary of Transportation of the line's only country"),
 "r19-s9": ("NONE", None, None, None, "signing a bill into law: an act of one's own authority, no event (docs/events.md); background"),
 "r20-s0": ("NONE", None, None, None, "a death"),
 "r21-s0": ("NONE", None, None, None, "a legislature passing a procedural resolution: domestic legislation; arguable (ACCUSE investigate)"),
 "r22-s5": ("NONE", None, None, None, "a campaign cancelling events; the shooting is background with no actor"),
 "r23-s6": ("NONE", None, None, None, "a quoted claim about a commercial bid; arguable (CONSULT: negotiations)"),
 "r24-s0": ("NONE", None, None, None, "a statement that an attack with no actor produced no casualties"),
 "r03-s18": ("ACCUSE", [A("Trump", "USA")], [A("the subpoena")], "disapprove", "attacking a subpoena verbally as a political strategy: criticism (ACCUSE disapprove); a well-known president: USA"),
 "r04-s16": ("NONE", None, None, None, "background: a 1994 agreement, an agentless passive"),
 "r05-s5": ("NONE", None, None, None, "confirming that suspects were arrested: an agentless arrest; arguable (COERCE arrest by the Indonesian National Police, IDN)"),
 "r10-s1": ("MOBILIZE", [A("government forces", "SYR")], [A("previously SDF controlled territory")], None, "forces deploying into territory: MOBILIZE (a deployment); the government of the Syria the line names; arguable (ASSAULT: entering held territory)"),
 "r11-s7": ("NONE", None, None, None, "quoted statements (a warning and a call to stop attacking each other); arguable (THREATEN)"),
 "r12-s8": ("ACCUSE", [A("the United States Department of Justice", "USA")], [A("him")], "allege", "unsealing charges against a person: formal charges (ACCUSE allege)"),
 "r13-s25": ("NONE", None, None, None, "a deadline to plan an election"),
 "r14-s1": ("NONE", None, None, None, "a ceremony and an agentless release of animals"),
 "r18-s3": ("ACCUSE", [A("Pompeo", "USA")], [A("the Cuban government", "CUB")], "disapprove", "citing a government's 'ongoing repression' as the reason for a measure: criticism (ACCUSE disapprove); a well-known Secretary of State: USA; arguable (allege)"),
 "r21-s3": ("NONE", None, None, None, "who is to preside over hearings: an assignment"),
 "r23-s18": ("COOPERATE", [A("Hungary", "HUN")], [A("Czech firearm technology", "CZE")], None, "a state licensing another country's arms technology: material cooperation (first conjunct); arguable (NONE: commerce; AGREE: agreed with Airbus)"),
 "r24-s4": ("NONE", None, None, None, "a statement's quoted words; rockets striking, no actor"),
 "r03-s19": ("ACCUSE", [A("The Manhattan district attorney's office", "USA")], [A("Trump's financial affairs", "USA")], "investigate", "beginning a probe into a party: ACCUSE investigate (as r03-s1); the conviction is the after-clause's background"),
 "r04-s19": ("REQUEST", [A("the county's Police and Crime Commissioner Stephen Mold")], [A("the immunity")], None, "urging that an immunity be waived: a call (REQUEST); no country named in the line, so no code"),
 "r05-s8": ("NONE", None, None, None, "when an attack came: background"),
 "r10-s3": ("NONE", None, None, None, "a quoted statement of an agreement reached (agentless passive); arguable (SUPPORT, as r10-s0)"),
 "r11-s12": ("REQUEST", [A("Legislator Tanya Chan", "HKG")], [A("[Lam]", "HKG")], None, "'I really urge [Lam] ... to please step down': a call to resign (REQUEST, as wide15's quoted 'we strongly urge'); a legislator of the Hong Kong the line names (HKG, CAMEO's code); arguable (no code)"),
 "r12-s12": ("ACCUSE", [A("the NCA's")], [A("Matthew Falder")], "investigate", "a cleft: the NCA's investigation of a person (a possessive agent of an event noun, as wide15's 'the United States' killing'); the line names no country of the NCA, so no code; arguable (GBR)"),
 "r18-s5": ("REJECT", [A("Bruno Parrilla, the foreign affairs minister of Cuba", "CUB")], [A("new #US blockade measure", "USA")], None, "'I strongly reject new #US blockade measure': rejecting a measure (REJECT); arguable (ACCUSE disapprove)"),
 "r21-s4": ("NONE", None, None, None, "a vote in a legislature"),
 "r23-s19": ("REQUEST", [A("US President Trump", "USA")], [A("NATO members")], None, "calling for allies to increase spending: REQUEST"),
 "r24-s5": ("THREATEN", [A("some Iraqi militias associated with Iran", "IRQ")], [A("U.S. personnel", "USA")], None, "making threats against a party: THREATEN (the unclaimed attack is the first clause's background); Iraqi militias: IRQ (the patron is no code of the group's own)"),
}
write_set(wide18_lines(), G, "W18-wn2019-", "benchmarks/data/events-news/events-wide18.json")
