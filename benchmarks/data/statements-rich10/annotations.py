"""Hand annotations of statements-rich10 (written before any hearsay run on these texts; issue 14 round 19).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich10/annotations.py`` (after ``select.py --write``) to
(re)write the gold files and articles.tsv. Same format and rules as statements-rich..rich9
(docs/annotation.md); ``via`` lists the relays of a relayed statement, innermost first.
Aliases hold names and descriptions only, never a bare pronoun (so an unresolved "he" is no
correct speaker).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "7_1ecb": {"source": (ECB, "7_1ecb", None), "published": None,
  "entities": {"The final numbers": (G, ["The final numbers"])},
  "statements": [
   ("The final numbers", "indirect", "evidence", "showed", "Klitschko landing 178 of 369 punches thrown while Rahman connected on just 30 of 207 punches thrown", "data as source ('footage shows X doing')"),
  ],
  "neutral": []},
 "16_3ecbplus": {"source": (ECB, "16_3ecbplus", None), "published": None, "entities": {}, "statements": [],
  "neutral": []},
 "20_2ecbplus": {"source": (ECB, "20_2ecbplus", None), "published": "2005-11-28",
  "entities": {"Heydar Alishvandi": (P, ["Qeshm Governor Heydar Alishvandi", "Heydar Alishvandi", "Alishvandi", "The governor", "the governor"]),
               "Abbas Jazayeri": (P, ["the head of the Interior Ministry's Natural Disasters Headquarters, Abbas Jazayeri", "Abbas Jazayeri", "Jazayeri"]),
               "residents at the village of Gavarzin": (G, ["residents at the village of Gavarzin", "residents"]),
               "Jassem Chabok": (P, ["Jassem Chabok", "Chabok"]),
               "Alireza Safa": (P, ["The head of the team, Alireza Safa", "Alireza Safa", "Safa"])},
  "statements": [
   ("Heydar Alishvandi", "indirect", "assertion", "said", "The new death toll came after the bodies of two more victims were found in the village of Ziranag which is one of the 12 worst - hit villages in the quake"),
   ("Heydar Alishvandi", "indirect", "assertion", "said", "search was going on for several people who were reported to be missing"),
   ("Heydar Alishvandi", "indirect", "assertion", "said", "some of the injured were transferred by helicopter to the provincial capital of Bandar Abbas on the coast, including several who were in critical condition"),
   ("Heydar Alishvandi", "indirect", "assertion", "stated", "as many as 2, 000 people in rural regions needed accommodation, half of whom had been given temporary housing"),
   ("Heydar Alishvandi", "indirect", "assertion", "cited", "tents, blankets, canned food and drinking water as the most needed items", "'cited X as Y' (an NP complement)"),
   ("Heydar Alishvandi", "indirect", "assertion", "said", "the first truck of public aid donations, including tents, blankets, canned food and water tanks were sent to the affected regions Monday morning"),
   ("Abbas Jazayeri", "indirect", "assertion", "said", "the situation on the Qeshm island was under control"),
   ("Abbas Jazayeri", "indirect", "assertion", "said", "relief workers had completed the shipment of urgent needs including foodstuff, tents and blankets to all affected villages"),
   ("residents at the village of Gavarzin", "indirect", "assertion", "complained", "relief operations were slow"),
   ("residents at the village of Gavarzin", "indirect", "assertion", "said", "they had not received aid almost a day after the quake", "'Speaking to IRNA, they said'"),
   ("Jassem Chabok", "direct", "assertion", "said", "Houses in the village of Gavarzin have been destroyed 100 percent and we have now no refuge to take, "),
   ("Jassem Chabok", "indirect", "assertion", "adding", "all their furniture had been buried under rubble"),
   ("Alireza Safa", "indirect", "assertion", "estimated", "between 50 and 70 percent of the industrial structure in the 12 worst - hit villages might have been destroyed", "an estimate, like 'put X at Y'"),
  ],
  "neutral": ["who were reported to be missing", "which was reported to have stopped providing medical service",
              "The seismological bases of Tehran University registered a quake measuring 3. 8 on the Richter scale"]},
 "21_7ecbplus": {"source": (ECB, "21_7ecbplus", None), "published": "2013-09-14",
  "entities": {"Police": (G, ["Police", "police"]),
               "Manpreet Singh": (P, ["The victim's nephew", "Manpreet Singh", "Singh"])},
  "statements": [
   ("Police", "indirect", "assertion", "say", "a 59 - year - old woman died after being struck by a vehicle in Queens Friday night and that officers found and arrested the driver who hit her a few blocks away"),
   ("Manpreet Singh", "mixed", "assertion", "said", "she had just gotten out of a car and was walking when the car \"came out of nowhere\" and hit her from behind"),
   ("Manpreet Singh", "direct", "assertion", "said", "Her forehead hit the back of the headlight, and the headlight broke, "),
   ("Manpreet Singh", "direct", "assertion", "said", "Everybody's in shock right now, "),
  ],
  "neutral": ["who police identified as Vishwanand Subryan"]},
 "24_10ecbplus": {"source": (ECB, "24_10ecbplus", None), "published": "2013-09-09",
  "entities": {"a police source": (P, ["a police source", "The police source"]),
               "police": (G, ["police"])},
  "statements": [
   ("a police source", "indirect", "assertion", "said", "Four men rammed their car into an upmarket jewellery store in central Paris on Monday, smashing the shop window and making off with a two - million - euro ($2. 6 - million) booty"),
   ("a police source", "indirect", "assertion", "said", "the men drove a large four - by - four car into the store in the early hours of the morning and grabbed jewellery and luxury watches worth an estimated two million euros"),
   ("police", "indirect", "assertion", "said", "they had recovered 80 percent of the haul"),
  ],
  "neutral": ["who wished to remain anonymous"]},
 "28_9ecbplus": {"source": (ECB, "28_9ecbplus", None), "published": "2004-07-28",
  "entities": {"Gary Hargrove": (P, ["Coroner Gary Hargrove", "Gary Hargrove", "Hargrove", "The coroner"]),
               "Fred LaRue": (P, ["Fred LaRue, a high - ranking Nixon administration official who served a prison term for his role in Watergate", "Fred LaRue", "LaRue"]),
               "Bob Woodward": (P, ["Bob Woodward", "Woodward"]),
               "Jeb Stuart Magruder": (P, ["Nixon aide Jeb Stuart Magruder", "Jeb Stuart Magruder", "Magruder"])},
  "statements": [
   ("Gary Hargrove", "indirect", "assertion", "said", "His body was discovered Tuesday by a maid who entered his hotel room in Biloxi"),
   ("Gary Hargrove", "indirect", "belief", "said", "he believes LaRue died Saturday of natural causes", "'said he believes': the coroner's belief"),
   ("Fred LaRue", "indirect", "assertion", "said", "he advised against the burglary"),
   ("Fred LaRue", "indirect", "assertion", "saying", "the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was probably a combination of several people"),
   ("Bob Woodward", "indirect", "assertion", "says", "Deep Throat was an individual and not a composite"),
   ("Bob Woodward", "indirect", "intention", "promised", "to reveal his identity only after the source is dead"),
   ("Fred LaRue", "indirect", "assertion", "said", "Magruder lied when he claimed President Nixon knew about the break - in", "'In an interview last summer with The Sun Herald newspaper, LaRue said'"),
   ("Jeb Stuart Magruder", "indirect", "assertion", "claimed", "President Nixon knew about the break - in", "'he' is Magruder, inside LaRue's report"),
   ("Jeb Stuart Magruder", "indirect", "assertion", "claimed", "Nixon approved the plan in a telephone conversation with Mitchell"),
   ("Fred LaRue", "indirect", "belief", "believed", "no such conversation occurred"),
   ("Fred LaRue", "indirect", "assertion", "saying", "he screened all the telephone calls on the getaway to Key Biscayne"),
   ("Fred LaRue", "direct", "assertion", "said", "I'm exceedingly angry about it.\nI don't recall any phone call.\nI don't think there was one, "),
   ("Fred LaRue", "indirect", "belief", "believes", "Mitchell would have told him", "'If the president had approved the plan, LaRue believes that …'"),
   ("Fred LaRue", "direct", "assertion", "said", "There's absolutely no way, because of my unique relationship with John and Martha Mitchell, that he would not have told me that when I was in Key Biscayne, "),
   ("Fred LaRue", "direct", "assertion", None, "Absolutely no way.\nI had dinner with the Mitchells four or five times a week.\nIt was not just a political relationship.\nIt was a very personal relationship. ", "cue-less continuation over four lines"),
  ],
  "neutral": ["was among those rumored to be Deep Throat", "allegedly was hatched", "discounted rumors that he was Deep Throat",
              "who have been cited as possible Deep Throats", "All have denied it", "LaRue was known as the \"bagman\""]},
 "29_9ecbplus": {"source": (ECB, "29_9ecbplus", None), "published": "2012-12-23",
  "entities": {"Bruce Arians": (P, ["Colts interim coach Bruce Arians", "Bruce Arians", "Arians"]),
               "Reggie Wayne": (P, ["Reggie Wayne", "Wayne"]),
               "Jamaal Charles": (P, ["Jamaal Charles", "Charles"]),
               "Brady Quinn": (P, ["quarterback Brady Quinn", "Brady Quinn", "Quinn"])},
  "statements": [
   ("Bruce Arians", "direct", "assertion", "asked", "Would we have done it without him? ", "a rhetorical question"),
   ("Bruce Arians", "direct", "assertion", None, "No. ", "cue-less continuation"),
   ("Reggie Wayne", "direct", "assertion", "said", "We had so many opportunities all game, especially on third down, that we squandered, "),
   ("Reggie Wayne", "direct", "assertion", None, "We wanted to get that done.\nThat was the opportune time to do it. ", "cue-less continuation"),
   ("Bruce Arians", "direct", "assertion", "said", "Mission accomplished.\nThat's all I can say, "),
   ("Bruce Arians", "direct", "assertion", None, "Without getting emotional again, knowing that (Pagano) is going to be back Monday, the work week shouldn't be as stressful. ", "cue-less continuation"),
   ("Jamaal Charles", "direct", "assertion", "said", "It was fun today, competing out there and doing it while we were trying to come back, "),
   ("Jamaal Charles", "direct", "assertion", None, "It was fun going out there and putting out a performance like that. ", "cue-less continuation"),
   ("Brady Quinn", "direct", "assertion", "said", "This game was without a doubt, 100 percent on my shoulders, ", "'he said' after 'A big reason why was Quinn, who …'"),
   ("Brady Quinn", "direct", "assertion", None, "You can't play the way I played today and win a football game. ", "cue-less continuation"),
   ("Bruce Arians", "direct", "assertion", "said", "At times it looked a little bleak, "),
   ("Bruce Arians", "direct", "assertion", None, "Guys hung in there, made plays when they had to make them.\nOffensively we struggled, and then put together a drive, like we have all year. ", "cue-less continuation"),
  ],
  "neutral": ["Pagano is expected to rejoin the Colts this week", "it's safe to say Luck exceeded just about all of them"]},
}

if __name__ == "__main__":
    write_gold(A, D)
