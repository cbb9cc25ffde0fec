"""Hand annotations of statements-rich11 (written before any hearsay run on these texts; issue 14 round 21).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich11/annotations.py`` (after ``select.py --write``) to
(re)write the gold files and articles.tsv. Same format and rules as statements-rich..rich10
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


def _none(doc: str) -> dict:
    return {"source": (ECB, doc, None), "published": None, "entities": {}, "statements": [], "neutral": []}


A: dict = {
 "13_9ecb": {"source": (ECB, "13_9ecb", None), "published": None,
  "entities": {"investigators": (G, ["investigators"]),
               "Sarah Palin": (P, ["Alaska Gov.Sarah Palin", "Sarah Palin", "Palin"]),
               "Anchorage Daily News": (O, ["the Anchorage Daily News", "Anchorage Daily News"]),
               "James Steele": (P, ["Central Mat-Su Fire Department Chief James Steele", "James Steele", "Steele"])},
  "statements": [
   ("investigators", "indirect", "belief", "suspect", "arson", "an NP complement"),
   ("Sarah Palin", "indirect", "assertion", "apologized", "if the fire was in any way connected to the attention the church received during the campaign"),
   ("Anchorage Daily News", "indirect", "assertion", "reported", "The fire caused more than $1 million in damages"),
   ("James Steele", "indirect", "assertion", "told", "Five adult women and possibly two children were inside the church, but escaped unharmed"),
   ("James Steele", "indirect", "assertion", "said", "It took about 40 volunteer firefighters to knock down the blaze"),
  ],
  "neutral": []},
 "19_7ecb": {"source": (ECB, "19_7ecb", None), "published": None,
  "entities": {"opinion polls": (G, ["opinion polls"]),
               "Costas Karamanlis": (P, ["Prime Minister Costas Karamanlis", "Costas Karamanlis", "Karamanlis"]),
               "An opinion poll published by Ethnos newspaper": (O, ["An opinion poll published by Ethnos newspaper", "An opinion poll", "Ethnos newspaper", "Ethnos"]),
               "Anna Pavlidou": (P, ["Anna Pavlidou, manager of a central Athens mobile phone store that has been repeatedly attacked and looted", "Anna Pavlidou", "Pavlidou"])},
  "statements": [
   ("opinion polls", "indirect", "evidence", "showing", "many think authorities mishandled the worst rioting in decades", "polls as source"),
   ("Costas Karamanlis", "indirect", "intention", "has pledged", "to ensure security", "a pledge: intention"),
   ("An opinion poll published by Ethnos newspaper", "indirect", "evidence", "said", "83.3 percent of Greeks were unhappy with the government's response to the violence", "a poll as source"),
   ("Anna Pavlidou", "direct", "assertion", "said", "I'm tired of coming to the shop every night to check the damages.\nYou think it's going to calm down and then it starts again. "),
   ("Anna Pavlidou", "direct", "assertion", "said", "The government should assume its responsibilities and resign.\nIt didn't handle it well.\nIf it had, we wouldn't have 355 damaged shops in Athens.\nI mean we will not be able to open until Christmas. ", "'she said' after her first quotation"),
  ],
  "neutral": ["rebuffing calls for early elections", "A policeman charged with killing Alexandros Grigoropoulos"]},
 "18_1ecb": {"source": (ECB, "18_1ecb", None), "published": None,
  "entities": {"police": (G, ["police"]),
               "Tim Fanning": (P, ["Constable Tim Fanning", "Tim Fanning", "Fanning"])},
  "statements": [
   ("police", "indirect", "assertion", "said", "A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his former employers' office Christmas party in Vancouver, killing one man"),
   ("Tim Fanning", "indirect", "assertion", "said", "Eric Allen Kirkpatrick, who had recently been fired from his job, is accused of fatally shooting Benjamin David Banky, 40"),
   ("Tim Fanning", "indirect", "assertion", "said", "at least a dozen people were at the party when the gunman entered about 4 p.m."),
   ("Tim Fanning", "direct", "assertion", "said", "Police locked down the neighborhood and negotiated with the suspect, who gave himself up to police just after 6: 00 p.m., ", "'Fanning said in a statement'"),
  ],
  "neutral": ["is listed as TallGrass Distribution Ltd."]},
 "21_9ecb": {"source": (ECB, "21_9ecb", None), "published": None,
  "entities": {"Police": (G, ["Police", "Bloomington officers"]),
               "court records": (G, ["court records"])},
  "statements": [
   ("Police", "indirect", "belief", "believe", "to be the hit and run driver who killed a 66-year-old woman outside the Sam's Club in Bloomington", "'a man they believe to be …': the police's belief"),
   ("Police", "indirect", "assertion", "said", "LuAnn Marie Johnson, of Burnsville, was walking with her husband was hit in the crosswalk of the parking lot of the store, located off American Boulevard, around 7 p.m. Wednesday", "'Bloomington officers said'"),
   ("Police", "indirect", "assertion", "said", "they pulled over the driver, Anthony LaSalle, a few blocks away after he had struck two other vehicles while fleeing the scene"),
   ("court records", "indirect", "evidence", "According to", "LaSalle has three prior DUI conviction spanning from 1990 to 1991", "documents as source"),
  ],
  "neutral": ["pending formal charges that are expected Friday"]},
 "12_11ecb": {"source": (ECB, "12_11ecb", None), "published": None,
  "entities": {"The Indian navy": (O, ["The Indian navy", "India's navy", "The navy"]),
               "Nirad Sinha": (P, ["navy spokesman Commander Nirad Sinha", "Nirad Sinha", "Sinha"])},
  "statements": [
   ("The Indian navy", "indirect", "assertion", "said", "it arrested 23 pirates who threatened a merchant vessel in the Gulf of Aden on Saturday"),
   ("Nirad Sinha", "indirect", "assertion", "said", "Indian forces repulsed the pirates as they were about to board the merchant ship"),
   ("Nirad Sinha", "indirect", "assertion", "said", "The pirates are from Somalia and Yemen, two countries surrounding the Gulf of Aden"),
   ("The Indian navy", "indirect", "assertion", "saying", "it had fired in self-defense", "'The navy defended its actions, saying …'"),
  ],
  "neutral": ["drew criticism after sinking a Thai fishing trawler", "No further details were immediately available"]},
 "32_8ecbplus": {"source": (ECB, "32_8ecbplus", None), "published": "2013-06-10", "entities": {}, "statements": [],
  "neutral": ["- CUMBRIA POLICE"]},
 "2_5ecbplus": {"source": (ECB, "2_5ecbplus", None), "published": "2013-08-02",
  "entities": {"Ellen DeGeneres": (P, ["Ellen DeGeneres", "DeGeneres", "The comedian and talk show host"])},
  "statements": [
   ("Ellen DeGeneres", "direct", "assertion", "said", "I am so excited to be hosting the Oscars for the second time, ", "'DeGeneres said in a press release'"),
  ],
  "neutral": ["made the announcement via her Twitter feed on Friday"]},
 "14_1ecbplus": {"source": (ECB, "14_1ecbplus", None), "published": "2013-07-21",
  "entities": {"fire crews": (G, ["fire crews", "Crews from Devon and Somerset Fire and Rescue"]),
               "Matt Goodman": (P, ["Matt Goodman, from the fire service", "Matt Goodman", "Goodman"]),
               "A spokesman for Waitrose": (P, ["A spokesman for Waitrose"])},
  "statements": [
   ("fire crews", "indirect", "assertion", "said", "Half the roof at the entrance of the building has collapsed but the main building is in intact with only smoke damage"),
   ("Matt Goodman", "direct", "assertion", "said", "It would appear the fire started on the outside of the building. "),
   ("Matt Goodman", "direct", "assertion", None, "It then quickly spread to the roof so there is a significant amount of damage to the roof, but thankfully due to the early actions of the Wellington crew we could get a large weight of response to the scene.", "cue-less continuation paragraph (no closing mark)"),
   ("Matt Goodman", "direct", "assertion", None, "We've been able to prevent it spreading to other areas of the building, so the main store on the inside has got a reasonably small amount of smoke damage. ", "cue-less continuation paragraph"),
   ("A spokesman for Waitrose", "direct", "assertion", "said", "Luckily no - one has been hurt and we are very grateful to the fire service and police for their prompt and professional help. "),
  ],
  "neutral": []},
 "11_9ecb": {"source": (ECB, "11_9ecb", None), "published": None,
  "entities": {"The government of Turkmenistan": (O, ["The government of Turkmenistan", "The government", "the government", "Berdymukhamedov's government"]),
               "Kurbanguly Berdymukhamedov": (P, ["President Kurbanguly Berdymukhamedov", "Kurbanguly Berdymukhamedov", "Berdymukhamedov"]),
               "Groups representing Uzbeks": (G, ["Groups representing Uzbeks, the nation's largest minority", "Groups representing Uzbeks"]),
               "human rights group": (G, ["human rights group"]),
               "media reports": (G, ["media reports"])},
  "statements": [
   ("The government of Turkmenistan", "indirect", "assertion", "said", "90 per cent of eligible voters had participated in parliamentary elections Sunday"),
   ("Kurbanguly Berdymukhamedov", "indirect", "belief", "saw", "the step as necessary to prove that the oil- and gas-rich nation can meet Western standards of democracy", "'According to media reports, … saw X as Y'", ["media reports"]),
   ("Groups representing Uzbeks", "indirect", "assertion", "complained", "there was not a single Uzbek name on the ballots"),
   ("human rights group", "indirect", "assertion", "argued", "recent reforms implemented by Berdymukhamedov's government were mere window dressing"),
   ("The government of Turkmenistan", "indirect", "assertion", "claims", "seating a new parliament is a major step forward"),
  ],
  "neutral": ["A victory by groups with close ties to the administration was expected"]},
 "7_8ecbplus": {**_none("7_8ecbplus"), "published": "2012-07-07"},
 "27_15ecb": _none("27_15ecb"),
 "1_4ecbplus": {"source": (ECB, "1_4ecbplus", None), "published": "2013-05-02",
  "entities": {"Mark Heller": (P, ["LiLo’ s lawyer Mark Heller", "Mark Heller", "Heller"]),
               "NYDN": (O, ["The NYDN", "the NYDN", "NYDN"])},
  "statements": [
   ("Mark Heller", "mixed", "assertion", "told", "LiLo was “ensconced in the bosom of” rehab this morning", "'He told the judge that …'"),
   ("NYDN", "indirect", "assertion", "says", "LiLo eventually made it to Morningside Recovery in Newport Beach, but two minutes after she walked through the door, she walked back through it and left"),
   ("NYDN", "indirect", "assertion", "According to", "LiLo showed up to Morningside at around noon, spent a couple of minutes there, got spooked by the paparazzi (uh huh) and then jumped back into her SUV", "a named outlet's report: assertion"),
  ],
  "neutral": ["The judge should know to never ever trust a gnome with a law degree"]},
 "3_1ecbplus": {"source": (ECB, "3_1ecbplus", None), "published": "2009-11-30",
  "entities": {"authorities": (G, ["authorities"]),
               "officials": (G, ["officials"]),
               "Arcade Joseph Comeaux Jr": (P, ["Arcade Joseph Comeaux Jr", "Comeaux", "A convicted sex offender sentenced to life in prison", "the inmate"]),
               "Lyons": (P, ["Lyons"])},
  "statements": [
   ("authorities", "indirect", "assertion", "said", "A convicted sex offender sentenced to life in prison pulled a gun on two guards during a prison transfer Monday and held them hostage temporarily before fleeing on foot in one of the guard's uniforms"),
   ("officials", "indirect", "assertion", "said", "At the time of the escape, the inmate was in a wheelchair, which he claimed he needed to help move him around"),
   ("Arcade Joseph Comeaux Jr", "indirect", "assertion", "claimed", "he needed to help move him around", "'which he claimed he needed …': the inmate's claim, relayed by officials", ["officials"]),
   ("Lyons", "indirect", "assertion", "said", "Comeaux, 49, took the officers' weapons and handcuffed them together in the back of the vehicle before fleeing on foot at around 9 a. m."),
  ],
  "neutral": []},
 "31_5ecbplus": {**_none("31_5ecbplus"), "published": "2013-03-08"},
 "16_3ecb": {"source": (ECB, "16_3ecb", None), "published": None,
  "entities": {"LA Times": (O, ["the LA Times", "LA Times"])},
  "statements": [
   ("LA Times", "direct", "assertion", "According to", "investigators have had a difficult time determining a motive for Escalante's killing, "),
  ],
  "neutral": ["was shot in the back of the head and never saw the assailants coming."]},
 "29_6ecb": _none("29_6ecb"),
}

if __name__ == "__main__":
    write_gold(A, D)
