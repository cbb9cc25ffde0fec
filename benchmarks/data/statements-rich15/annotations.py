"""Hand annotations of statements-rich15 (written before any hearsay run on these texts; issue 14, round 30).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich15/annotations.py`` to (re)write the gold files and
articles.tsv. Rules: docs/annotation.md, the READMEs of statements-rich .. rich14, and the round-26
relayed-source convention (speaker the source, the relaying outlet or person in ``via``).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import write_feed_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"
WN = "English Wikinews 2019 via vanatteveldt/wikinews (CC BY 2.5)"
URL = "https://en.wikinews.org/wiki/"

A: dict = {
 "wn2019-002": {"source": (WN, "data/wikinews_2019.csv row 2", URL + "Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in"),
  "published": "2019-01-04",
  "entities": {"Nancy Pelosi": (P, ["Nancy Pelosi", "Pelosi"]),
               "Donald Trump": (P, ["President Donald Trump", "President Trump", "Donald Trump"])},
  "statements": [
   ("Nancy Pelosi", "direct", "intention", "told", "I pledge that this Congress will be transparent, bipartisan and unifying; that we will seek to reach across the aisle in this Chamber and across the divisions across our nation,"),
   ("Donald Trump", "direct", "assertion", "saying", "hopefully we're going to have a lot of things that we can get done together."),
   ("Nancy Pelosi", "indirect", "intention", "has said", "her plans for the new term will begin with less controversial issues with which she could find common ground with Republicans"),
   ("Donald Trump", "indirect", "assertion", "has said", "he will not approve a budget that does not allocate funding for a wall along the country's border with Mexico"),
  ],
  "neutral": ["Some called for younger leadership"]},
 "wn2019-003": {"source": (WN, "data/wikinews_2019.csv row 3", URL + "Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland"),
  "published": "2019-01-05",
  "entities": {"Andrzej Duda": (P, ["President Andrzej Duda", "Andrzej Duda", "Duda"]),
               "Joachim Brudziński": (P, ["Interior Minister Joachim Brudziński", "Joachim Brudziński", "Brudziński", "Brudzinski", "He"]),
               "Tomasz Kubiak": (P, ["Tomasz Kubiak", "a fire service spokesman"]),
               "Monika Kosiec": (P, ["Police press officer Monika Kosiec", "Monika Kosiec", "Kosiec"]),
               "police": (G, ["police"])},
  "statements": [
   ("Andrzej Duda", "mixed", "assertion", "said", "the victims were \"joyful girls starting out in life [who] have had life torn away from them\" in an \"appalling tragedy\""),
   ("Joachim Brudziński", "indirect", "assertion", "wrote", "he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade"),
   ("Joachim Brudziński", "direct", "assertion", "tweeted", "I want to express my sympathy and regrets to the families of the victims of the fire", "'He' = Brudziński, the subject of the clause before"),
   ("Andrzej Duda", "mixed", "assertion", "characterised", "crushing", "'characterised the deaths as \"crushing\"': the fragment"),
   ("Andrzej Duda", "direct", "assertion", "wrote", "May God protect their parents and loved ones."),
   ("Tomasz Kubiak", "mixed", "assertion", "told", "the male victim is in intensive care with \"severe burns\""),
   ("Monika Kosiec", "indirect", "assertion", "stated", "police believe him to be aged 25", "her report; the police's belief inside it is a second row (round 31, docs/annotation.md 7)"),
   ("police", "indirect", "belief", "believe", "him to be aged 25", "the police's belief relayed by their press officer (round 31's convention, docs/annotation.md 7)", ["Monika Kosiec"]),
   ("Monika Kosiec", "indirect", "assertion", "revealed", "police have been unable to question him"),
  ],
  "neutral": ["reportedly over 1,000 in Poland", "has reported being told off the record all five deaths were caused by carbon monoxide poisoning"]},
 "wn2019-004": {"source": (WN, "data/wikinews_2019.csv row 4", URL + "Florida_highway_pileup,_fire_kills_five_children,_two_truck_drivers"),
  "published": "2019-01-05",
  "entities": {"officials": (G, ["officials"]),
               "Florida Highway Patrol": (O, ["Florida Highway Patrol"]),
               "Vinnie DeVita": (P, ["eyewitness Vinnie DeVita", "Vinnie DeVita", "DeVita"]),
               "Alachua Sheriff's Office": (O, ["The Alachua Sheriff's Office", "Alachua Sheriff's Office"]),
               "Authorities": (G, ["Authorities"]),
               "Emergency workers": (G, ["Emergency workers"]),
               "Nicole Towarek": (P, ["Another eyewitness, Nicole Towarek", "Nicole Towarek"]),
               "Troy Roberts": (P, ["Florida Department of Transportation official Troy Roberts", "Troy Roberts", "Roberts", "He"]),
               "National Transportation Safety Board": (O, ["the National Transportation Safety Board", "National Transportation Safety Board", "its website"])},
  "statements": [
   ("officials", "indirect", "assertion", "said", "around 50 gallons of diesel fuel, officials said, spilled and ignited", "the cue interrupts the content"),
   ("Florida Highway Patrol", "indirect", "assertion", "described", "The accident sequence began, Florida Highway Patrol described, in the northbound lanes of Interstate 75 close to Alachua when the initial collision between the car and truck occurred", "the cue interrupts the content"),
   ("Vinnie DeVita", "direct", "assertion", "According to", "within probably 15 to 20 seconds of it all, it exploded. I mean, just a ball of flames."),
   ("Alachua Sheriff's Office", "mixed", "assertion", "tweeted", "the response \"required all hands on deck.\""),
   ("Authorities", "indirect", "assertion", "stated", "the road was damaged by the fire's ferocity"),
   ("Emergency workers", "indirect", "assertion", "have indicated", "a homicide probe is ongoing"),
   ("Nicole Towarek", "mixed", "assertion", "described", "extensive tire marks and \"insane\" heat"),
   ("Troy Roberts", "indirect", "assertion", "said", "the road itself, which is straight in the vicinity, will be examined as part of investigations"),
   ("Troy Roberts", "direct", "assertion", "said", "Guardrails can only take so much."),
   ("Troy Roberts", "indirect", "assertion", "said", "The guardrail would be examined, Roberts said, to determine if it had performed as designed", "the cue interrupts the content"),
   ("National Transportation Safety Board", "indirect", "assertion", "notes", "its operations center is still accepting accident notifications", "a document's source is its organisation"),
  ],
  "neutral": ["Reports indicate this vehicle may have struck victims lying on the roadway", "—Troy Roberts"]},
 "wn2019-007": {"source": (WN, "data/wikinews_2019.csv row 7", URL + "President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall"),
  "published": "2019-01-07",
  "entities": {"Donald Trump": (P, ["United States President Donald Trump", "President Trump", "Donald Trump", "Trump", "The President", "He", "he"]),
               "Mike Pence": (P, ["The Vice President, Mike Pence", "Mike Pence"]),
               "Nancy Pelosi": (P, ["Nancy Pelosi, the Speaker of the House", "Nancy Pelosi"]),
               "Chuck Schumer": (P, ["The Senate Minority Leader, Chuck Schumer", "Chuck Schumer"]),
               "Adam Schiff": (P, ["incoming chair of the House Intelligence Committee Represenative Adam Schiff", "Adam Schiff", "Schiff"]),
               "Dick Durbin": (P, ["Senate Minority Whip Dick Durbin", "Dick Durbin", "Durbin"]),
               "Internal Revenue Service": (O, ["The Internal Revenue Service website", "Internal Revenue Service"])},
  "statements": [
   ("Donald Trump", "mixed", "assertion", "says", "he 'can' and 'may' put US into state of emergency to build border wall", "the headline"),
   ("Donald Trump", "indirect", "assertion", "said", "he can and may declare a national state of emergency"),
   ("Donald Trump", "indirect", "assertion", "said", "would allow him to act without approval from Congress and allocate funding for the construction of a wall along the country's border with Mexico", "'which he said would …': the relative clause's own report"),
   ("Donald Trump", "indirect", "request", "insists", "the budget include funding for the wall"),
   ("Donald Trump", "direct", "assertion", "said", "I can do it [call a national emergency] if I want. I may do it."),
   ("Donald Trump", "indirect", "intention", "said", "he would prefer to agree a solution with the opposition"),
   ("Donald Trump", "direct", "assertion", "said", "I never threaten anybody."),
   ("Donald Trump", "indirect", "assertion", "claimed", "the wall was a crucial part of America's border security"),
   ("Mike Pence", "mixed", "assertion", "said", "the United States is \"in the midst of a crisis on our southern border.\""),
   ("Nancy Pelosi", "direct", "assertion", "said", "We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president."),
   ("Chuck Schumer", "direct", "request", "said", "We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage"),
   ("Chuck Schumer", "direct", "assertion", "said", "So we told the president we needed the government open. He resisted.", "a second quotation of the same cue, after 'and'"),
   ("Adam Schiff", "mixed", "assertion", "called", "a non-starter"),
   ("Dick Durbin", "direct", "assertion", "said", "I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without any concern"),
   ("Donald Trump", "mixed", "assertion", "claims", "he would be okay if the impasse over the shutdown went on for \"years.\""),
   ("Internal Revenue Service", "indirect", "request", "advises", "citizens to continue paying their federal taxes", "a document's source is its organisation"),
  ],
  "neutral": ["both yesterday questioned the President's power to do as he proposed"]},
 "wn2019-011": {"source": (WN, "data/wikinews_2019.csv row 11", URL + "State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven"),
  "published": "2019-01-12",
  "entities": {"the bus driver": (P, ["the bus driver"]),
               "Sky News": (O, ["Sky News"])},
  "statements": [
   ("the bus driver", "indirect", "assertion", "told", "he lost control"),
   ("Sky News", "indirect", "assertion", "said", "Thursday's accident was the fourth major bus crash in a month"),
  ],
  "neutral": ["The crash reportedly killed seven", "with some local press claiming he was attempting to pass another vehicle",
              "According to reports, of the 40 passengers, 22 were Cuban", "33 were reported hopitalised"]},
 "wn2019-013": {"source": (WN, "data/wikinews_2019.csv row 13", URL + "Iranian_cargo_plane_crashes_into_Karaj_houses"),
  "published": "2019-01-15",
  "entities": {"local media": (G, ["local media"]),
               "State media": (G, ["State media"]),
               "the army": (O, ["The army", "the army"]),
               "Fars News": (O, ["Fars News"]),
               "Press TV": (O, ["Press TV"]),
               "The Aviation Herald": (O, ["The Aviation Herald", "The industry publication", "It"]),
               "Air Force": (O, ["the Air Force", "Air Force"]),
               "Centre for Aviation": (O, ["The Centre for Aviation's database of air carriers", "Centre for Aviation"]),
               "Airfleets": (O, ["Airfleets"]),
               "Boeing": (O, ["Boeing"])},
  "statements": [
   ("local media", "indirect", "assertion", "reporting", "no-one was in the houses"),
   ("State media", "indirect", "assertion", "reported", "the cockpit voice recorder was recovered"),
   ("the army", "mixed", "assertion", "said", "the plane was bringing meat from Bishkek, Kyrgyzstan \"to help the country's economy.\""),
   ("Fars News", "indirect", "assertion", "said", "the crash involved pilot error"),
   ("the army", "indirect", "assertion", "said", "The entire crew were Iranians"),
   ("Press TV", "indirect", "assertion", "said", "the crash was followed by a fire"),
   ("The Aviation Herald", "indirect", "assertion", "reported", "the failed landing at Fath, which has a much shorter runway than Payam, was a mistake and the jet was supposed to land at Payam"),
   ("The Aviation Herald", "indirect", "assertion", "stated", "the aircraft overran the runway and broke through a perimeter barrier", "'The industry publication' = The Aviation Herald"),
   ("Air Force", "indirect", "assertion", "stating", "Saha Airlines owned the plane", "cited by the publication", ["The Aviation Herald"]),
   ("The Aviation Herald", "indirect", "assertion", "claimed", "a reported sixteenth death"),
   ("The Aviation Herald", "mixed", "assertion", "according to", "In 2018 another aircraft confused the two airports, performing an emergency go around at \"very low height\""),
   ("Centre for Aviation", "indirect", "assertion", "states", "it runs flights with Boeing 707s and Airbus A300s, but uses Boeing 747s for freight", "a database's source is its organisation"),
   ("Airfleets", "indirect", "assertion", "states", "the aircraft uses the A300 and 747 as well as the Boeing 737"),
   ("The Aviation Herald", "indirect", "assertion", "states", "the 707 was a freighter"),
   ("Boeing", "mixed", "assertion", "telling", "the company \"extends its profound condolences to the families and friends of those lost[...] as well as our best wishes for the recovery of those injured.\""),
  ],
  "neutral": ["reported by local press as belonging to the Iranian military", "Photographs showed the aircraft",
              "Boeing referred to the 707 involved as a \"cargo plane\"", "lists Saha as belonging to the Air Force"]},
 "wn2019-014": {"source": (WN, "data/wikinews_2019.csv row 14", URL + "Lion_Air_disaster:_Crashed_jet%27s_voice_recorder_recovered_from_Java_Sea"),
  "published": "2019-01-16",
  "entities": {"National Transportation Safety Committee": (O, ["The National Transportation Safety Committee of Indonesia", "National Transportation Safety Committee"]),
               "investigators": (G, ["investigators"]),
               "Authorities": (G, ["Authorities"]),
               "Preliminary investigations": (G, ["Preliminary investigations"])},
  "statements": [
   ("National Transportation Safety Committee", "indirect", "assertion", "announced", "the cockpit voice recorder from Lion Air Flight 610 has been recovered from the Java Sea"),
   ("investigators", "mixed", "assertion", "according to", "The device was located and recovered \"broken into two pieces\" from under eight metres (about 25 feet) of mud"),
   ("investigators", "indirect", "assertion", "have said", "The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off", "the cue interrupts the content"),
   ("Authorities", "indirect", "assertion", "said", "they found human remains nearby the second recorder"),
   ("Preliminary investigations", "indirect", "evidence", "suggest", "a new feature on the 737 Max, which had not suffered a crash before, was forcing the nose down in an erroneous attempt to prevent an aerodynamic stall, while the pilots tried and failed to correct this", "a finding is the evidence noun's (rich14's convention)"),
  ],
  "neutral": []},
}


FLAT = {"wn2019-002", "wn2019-007", "wn2019-014"}  # select.py's picks 0, 3, 6


def main() -> None:
    write_feed_gold(A, D, "wikinews2019", FLAT)


if __name__ == "__main__":
    main()
