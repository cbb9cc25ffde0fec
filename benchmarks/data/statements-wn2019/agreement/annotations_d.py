"""Hand annotations of statements-wn2019 rows 063, 075 and 087 (issue 14 agreement sample; annotator d)."""

P, O, G = "PERSON", "ORG", "GROUP"
WN = "English Wikinews 2019 via vanatteveldt/wikinews (CC BY 2.5)"
URL = "https://en.wikinews.org/wiki/"

A: dict = {
 "wn2019-063": {"source": (WN, "data/wikinews_2019.csv row 063", URL + "Man_sets_himself_on_fire_outside_US_White_House"),
  "published": "2019-06-01",
  "entities": {"officials": (G, ["officials"]),
               "Secret Service": (O, ["The Secret Service", "the Secret Service", "Secret Service"]),
               "Montgomery County Police Department": (O, ["the Montgomery County Police Department", "Montgomery County Police Department"])},
  "statements": [
   ("officials", "indirect", "assertion", "according to", "Gupta was transported to a local hospital and originally listed in critical condition", "a bare plural source (rich17's 'according to eyewitnesses'); the 'with burns over reportedly …' phrase after the cue is left out"),
   ("Secret Service", "indirect", "assertion", "confirmed", "a single male was transported to a local hospital and the response took place within seconds", "two conjoined clauses of one cue: one row"),
   ("Montgomery County Police Department", "indirect", "assertion", "according to", "On Wednesday morning Gupta's family members filed a missing persons report"),
  ],
  "neutral": ["a publicly accessible area called the Ellipse", "with burns over reportedly 85% of his body",
              "Surrounding areas were reportedly shut down", "no official statement had been made on the man's motivation",
              "filed a missing persons report"]},
 "wn2019-075": {"source": (WN, "data/wikinews_2019.csv row 075", URL + "Four_teenagers_shot_at_Pennsylvania_graduation_party"),
  "published": "2019-07-23",
  "entities": {"Police": (G, ["Police"]),
               "Neighbors": (G, ["Neighbors"]),
               "county police": (G, ["county police"])},
  "statements": [
   ("Police", "indirect", "assertion", "said", "over a hundred people attended the party, located in Allegheny County, four of whom were injured in the shooting"),
   ("Neighbors", "indirect", "assertion", "told", "the area is usually quiet", "a bare plural source; KDKA-TV is the addressee, not a relay (no via)"),
   ("county police", "indirect", "assertion", "according to", "Party-goers still at the scene after the shooting fled when police arrived", "the county police kept apart from the Clairton 'Police' of paragraph 1"),
  ],
  "neutral": ["responded to multiple reports of a shooting", "The victims have not been identified"]},
 "wn2019-087": {"source": (WN, "data/wikinews_2019.csv row 087", URL + "South_African_%27Lion_Man%27_killed_by_his_lions"),
  "published": "2019-08-22",
  "entities": {"local news media": (G, ["local news media"]),
               "scientists": (G, ["scientists"]),
               "Connie Moganedi": (P, ["Connie Moganedi, a spokeswoman for the police department of nearby Cullinan", "Connie Moganedi"])},
  "statements": [
   ("local news media", "indirect", "assertion", "according to", "Van Biljon, reportedly often referred to as \"The Lion Man\", had been in the lions' area attempting to mend a fence at the time", "indirect: the quoted nickname is a label, not the source's words (rule 5)"),
   ("scientists", "indirect", "assertion", "report", "which collectively house and breed more than six thousand lions, scientists report, a population larger than that of wild lions in South Africa", "the relative clause with its apposition (rich18's CNA row), the interrupting cue kept inside (rich15)"),
   ("Connie Moganedi", "indirect", "assertion", "told", "neighbors from other lodges nearby attempted, but were unable, to save van Biljon", "a named spokesperson: the person (rule 8); CNN is the addressee (no via)"),
   ("Connie Moganedi", "indirect", "assertion", "said", "In the wake of van Biljon's death, Connie Moganedi said, the lions were killed", "the interrupting cue kept inside (rich15, rich18's 'reads the motion')"),
  ],
  "neutral": ["South African 'Lion Man'", "reportedly often referred to as \"The Lion Man\"",
              "Mahala View Lion Lodge formerly billed itself as home to three lions"]},
}
