# The hand annotation of events-wide14 (issue 15, round 23), written from the sentences alone before hearsay ran on them;
# run from the project root: python3 benchmarks/data/events-news/annotate_wide14.py (rewrites events-wide14.json).
import sys
sys.path.insert(0, "benchmarks/data/events-news")
from select_wide14 import wide14_lines
from _write_set import write_set
A = lambda t, c=None: {"actorText": t, "code": c}
G = {
 "04a6711caa7c-s23": ("NONE", None, None, None, "election results: a defeat and a win are no act on a party"),
 "05844573ca7e-s26": ("NONE", None, None, None, "a product claim by a company"),
 "06e5123e4ef7-s0": ("ACCUSE", [A("The New York State Attorney General (NYAG)", "USA")], [A("WeWork")], "investigate", "a state attorney general investigating a company (ACCUSE investigate, as wide9's police investigation); New York State: USA, as the sets code a US city's police; reported by unnamed people"),
 "076f4f33bf75-s1": ("NONE", None, None, None, "air quality; the court's ban is a noun; an agency announcing an emergency is no act on a party"),
 "08f793762792-s16": ("NONE", None, None, None, "supporters' statement about a brawl in a game: sport, and the act is a justification, not asserted"),
 "098bb3e96c0a-s0": ("NONE", None, None, None, "a company executive explaining a product launch's problems"),
 "0d46122928b6-s25": ("NONE", None, None, None, "a crowd at a sports match"),
 "0e014df693f1-s3": ("NONE", None, None, None, "lifestyle"),
 "14cc2a0ca59c-s6": ("NONE", None, None, None, "science"),
 "16c30add7e96-s0": ("NONE", None, None, None, "a pollution forecast; forecasters warning of weather is no threat"),
 "1ace8c85aaee-s0": ("ACCUSE", [A("the New York State Attorney General", "USA")], [A("WeWork")], "investigate", "a passive with its by-agent: the attorney general investigating a company (as 06e5123e4ef7-s0)"),
 "1ee91d1fce65-s0": ("ACCUSE", [A("the Russian and Syrian defense ministries", "RUS")], [A("U.S. forces in southern Syria's al-Tanf", "USA")], "allege", "two ministries accusing another state's forces: ACCUSE allege; the first named is Russian (RUS)"),
 "1f765c487806-s2": ("NONE", None, None, None, "denying an accusation is a statement, not a PLOVER act (as wide's USAF denial); the alleged acts are not coded"),
 "232a43fb15ab-s0": ("NONE", None, None, None, "a product plan"),
 "264dc3ae3124-s9": ("NONE", None, None, None, "sport: a blocked shot"),
 "2c46804d9db4-s0": ("NONE", None, None, None, "police releasing a video is no act on a party; the rescue is not coded and the kidnapping is agentless"),
 "2f42ef1d3ea0-s0": ("NONE", None, None, None, "business commentary"),
 "30b771a40a4e-s7": ("NONE", None, None, None, "a motoring column"),
 "33fe2471fd55-s17": ("NONE", None, None, None, "an art installation"),
 "34a7328535ad-s0": ("NONE", None, None, None, "celebrity photographs"),
 "358cc4a08045-s0": ("NONE", None, None, None, "a football transfer fee: commercial"),
 "359fee228518-s0": ("NONE", None, None, None, "science: a map unveiled"),
 "360c732d1fdb-s4": ("NONE", None, None, None, "a share sale; the protests are a noun with no actor"),
 "374ac9a59a85-s3": ("NONE", None, None, None, "an aircraft programme's delays"),
 "39d5c43beb60-s0": ("NONE", None, None, None, "what a trade deal was supposed to be: no asserted act; arguable (AGREE by the United States)"),
 "3c5bf8db4272-s1": ("NONE", None, None, None, "cosmology"),
 "3cb22bfabed8-s6": ("NONE", None, None, None, "car design"),
 "3cb5e2f46626-s30": ("NONE", None, None, None, "car features"),
 "3ce1c8fdf6ad-s10": ("NONE", None, None, None, "a swimming result"),
 "3d8f3404cf97-s15": ("NONE", None, None, None, "a quotation about a patient"),
 "4219d096902d-s1": ("NONE", None, None, None, "a recipe"),
 "42aad16bde92-s5": ("NONE", None, None, None, "a space agency contracting companies: procurement, commercial; arguable (COOPERATE by NASA, USA)"),
 "432362af0be4-s2": ("NONE", None, None, None, "a pandemic's deaths: no actor"),
 "4648a420af99-s8": ("NONE", None, None, None, "an interview question"),
 "51374560f400-s11": ("NONE", None, None, None, "a quarterly earnings quotation"),
 "51d066b0602c-s0": ("NONE", None, None, None, "an agentless release of a video; a rescue (not coded); an agentless kidnapping"),
 "521118842884-s6": ("NONE", None, None, None, "a travel diary"),
 "55bb6340e3d7-s21": ("NONE", None, None, None, "music business"),
 "57d46c9d751e-s4": ("NONE", None, None, None, "traders citing uncertainty whether two states could agree: no asserted act"),
 "57e2e98887a1-s8": ("NONE", None, None, None, "advertising research"),
}
write_set(wide14_lines(), G, "W14-aeb-", "benchmarks/data/events-news/events-wide14.json")
