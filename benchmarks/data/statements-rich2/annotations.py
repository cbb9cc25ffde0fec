"""Hand annotations of statements-rich2 (written before any hearsay run on these texts).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich2/annotations.py`` to (re)write the gold files and
articles.tsv. Same format and rules as statements-rich (see its README and this set's README).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, MT, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "11_5ecbplus": {"source": (ECB, "11_5ecbplus", None), "published": None,
  "entities": {"the event organisers": (G, ["a statement of the event organisers", "the event organisers", "the information"]),
               "Turkmenistan's CEC": (O, ["Turkeminstan's CEC", "CEC"])},
  "statements": [
   ("the event organisers", "indirect", "assertion", "said", "On October 1 - 2 Ashgabat hosts a seminar organised with the assistance of the United Nations Development Programme on 'Enhancing the electoral system and processes in Turkmenistan'", "a statement of the organisers said"),
   ("the event organisers", "direct", "assertion", "said", "The objectives of this meeting are to provide expert support to professionals and members of the electoral commission on issues of administration and technical procedures of the electoral process, as well as advice in preparing a plan to monitor the elections", "the information = the organisers' statement"),
   ("Turkmenistan's CEC", "indirect", "intention", "plans", "hold elections on December 15 2013"),
  ],
  "neutral": ["It is expected that the elections will be observed by local observers"]},
 "1_3ecbplus": {"source": (ECB, "1_3ecbplus", None), "published": None,
  "entities": {"Lindsay Lohan": (P, ["Lindsay", "the actress", "the Mean Girls actress", "she"]),
               "TMZ": (O, ["a report from TMZ", "TMZ"])},
  "statements": [
   ("Lindsay Lohan", "indirect", "belief", "has decided", "the renowned facilities there won't be enough to keep her around for her court - ordered 90 - day stay in rehab"),
   ("Lindsay Lohan", "indirect", "intention", "According to", "the Mean Girls actress has had enough of the Palm Springs rehab centre and has decided to spend the rest of her court - ordered stay in a rehab centre in Malibu, named the Cliffside", "her decision relayed by a TMZ report (the relayed-source convention: speaker the source, the outlet in via)", ["TMZ"]),
  ],
  "neutral": ["she is reportedly already a patient of the Cliffside rehab centre"]},
 "13_13ecb": {"source": (ECB, "13_13ecb", None), "published": None,
  "entities": {"Authorities": (G, ["Authorities"]),
               "head minister": (P, ["The Bible Church's head minister", "He"]),
               "Sarah Palin": (P, ["Governor Palin", "Palin", "she"])},
  "statements": [
   ("Authorities", "mixed", "assertion", "described", "suspicious and as potential arson.", "describe X as a quoted fragment: the fragment"),
   ("head minister", "direct", "assertion", "said", "Someone intentionally did it, but we don't know who and why."),
   ("Sarah Palin", "mixed", "assertion", "told", "she apologizes if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate."),
  ],
  "neutral": ["He declined to say whether the church has received threats", "it would be easy to jump to the conclusion that the arson is the work of a liberal Democrat", "But we don't know that for sure"]},
 "1_12ecb": {"source": (ECB, "1_12ecb", None), "published": None,
  "entities": {"McG": (P, ["McG"])},
  "statements": [
   ("McG", "indirect", "assertion", "stating", "the project was shooting for a 2011 release date", "participial source: McG made the announcement, stating that"),
  ],
  "neutral": ["here's something that we all knew would happen eventually", "Warner Brothers appears to be pretty damn confident about this one", "Sadly last week we learned that Ricky Gervais would not be hosting the Oscars", "there was hope that Chris Rock, Jon Stewart or another favourtie host of recent years would get a chance to return"]},
 "28_12ecbplus": {"source": (ECB, "28_12ecbplus", None), "published": None,
  "entities": {"Gary Hargrove": (P, ["Coroner Gary Hargrove", "Gary Hargrove"]),
               "Fred LaRue": (P, ["Fred LaRue", "Mr. LaRue", "He", "he"])},
  "statements": [
   ("Gary Hargrove", "indirect", "assertion", "said", "he believes that Mr. LaRue died Saturday", "outer relation said: assertion (statements-extra's rule)"),
   ("Fred LaRue", "indirect", "assertion", "said", "he advised against the burglarization of the building, which housed Democratic Party headquarters"),
   ("Fred LaRue", "indirect", "assertion", "saying", "the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was not one person, but probably a combination of several people", "participial: He discounted those rumors, saying"),
  ],
  "neutral": ["Mr. LaRue was known as the \"bagman\"", "was allegedly hatched", "A few researchers of the scandal have suggested that Mr. LaRue could have been Deep Throat"]},
 "6_9ecb": {"source": (ECB, "6_9ecb", None), "published": None,
  "entities": {"EW": (O, ["EW"])},
  "statements": [
   ("EW", "direct", "assertion", "According to", "Weitz is best-known for his work with his brother Paul.\nThe two directed and produced American Pie and then were nominated for an Academy Award for best screenplay for About a Boy, which they also co-directed.\nChris' first solo directing gig, The Golden Compass, didn't do well stateside but was a hit internationally.", "one quotation over three lines"),
  ],
  "neutral": ["Chris Weitz is expected to direct New Moon", "It was announced earlier this week that Twilight director Catherine Hardwicke and the movie studio Summit Entertainment were parting ways"]},
 "13_6ecb": {"source": (ECB, "13_6ecb", None), "published": None,
  "entities": {"Sarah Palin": (P, ["Sarah Palin", "the Alaska Governor", "she"]),
               "Authorities": (G, ["Authorities"])},
  "statements": [
   ("Sarah Palin", "mixed", "assertion", "said", "she apologizes if the incident was in any way connected to `` undeserved negative attention '' brought on by her failed bid for the vice presidency of the United States"),
   ("Authorities", "indirect", "belief", "believe", "the fire was set at the entrance of the building and moved inward before setting off a fire alarm"),
  ],
  "neutral": ["The blaze is being investigated as an arson"]},
 "11_3ecb": {"source": (ECB, "11_3ecb", None), "published": None,
  "entities": {"Gurbanguli Berdymukhamedov": (P, ["His successor, Gurbanguli Berdymukhamedov", "Gurbanguli Berdymukhamedov"]),
               "The U.S. and Europe": (G, ["The U.S. and Europe", "they"])},
  "statements": [
   ("Gurbanguli Berdymukhamedov", "indirect", "assertion", "says", "the election is a key step in the development of democracy"),
   ("The U.S. and Europe", "indirect", "intention", "seek", "diversify energy sources"),
  ],
  "neutral": ["hailed by the government as an exercise in democracy but dismissed by critics as a sham"]},
 "9_10ecb": {"source": (ECB, "9_10ecb", None), "published": None,
  "entities": {"Barack Obama": (P, ["Obama", "Democratic President-elect Barack Obama"])},
  "statements": [
   ("Barack Obama", "indirect", "intention", "has promised", "reverse the new rules"),
  ]},
 "29_2ecb": {"source": (ECB, "29_2ecb", None), "published": None,
  "entities": {"Adam Jones": (P, ["Adam (Pacman) Jones", "Jones"]),
               "tests": (O, ["tests"]),
               "Cortland Finnegan": (P, ["Pro Bowl cornerback Cortland Finnegan", "Finnegan"]),
               "Kyle Vanden Bosch": (P, ["Defensive end Kyle Vanden Bosch", "Vanden Bosch", "He"])},
  "statements": [
   ("Adam Jones", "indirect", "assertion", "says", "the herniated disk in his neck that forced him to miss the last game was bothering him even before he took a hard hit"),
   ("tests", "indirect", "evidence", "showed", "a disk problem", "evidential source with an NP object"),
   ("Cortland Finnegan", "indirect", "assertion", "told", "he planned to appeal", "outer relation told: assertion"),
   ("Kyle Vanden Bosch", "indirect", "assertion", "said", "he feels better"),
   ("Kyle Vanden Bosch", "indirect", "belief", "expects", "be back when the Titans host a divisional playoff either Jan. 10 or Jan. 11"),
  ],
  "neutral": ["there was talk of shutting him down for the season"]},
 "6_2ecb": {"source": (ECB, "6_2ecb", None), "published": None,
  "entities": {"Stephenie Meyer": (P, ["`` Twilight `` author Stephenie Meyer", "Stephenie Meyer", "Meyer"])},
  "statements": [
   ("Stephenie Meyer", "mixed", "assertion", "let fans know", "torches and pitchforks are not going to be necessary.", "that + quotation"),
  ],
  "neutral": ["confirmed the news on her official website Saturday morning"]},
 "4_5ecb": {"source": (ECB, "4_5ecb", None), "published": None,
  "entities": {"Mark Roesler": (P, ["Her agent Mark Roesler", "Mark Roesler"]),
               "Hugh Hefner": (P, ["Hugh Hefner"])},
  "statements": [
   ("Mark Roesler", "direct", "assertion", "siad", "With deep personal sadness I must announce that my dear friend and client Bettie Page passed away at 18:41 this evening (02:41 GMT Friday) in a Los Angeles hospital", "the cue is misspelt in the text"),
   ("Mark Roesler", "direct", "assertion", None, "She captured the imagination of a generation with her free spirit and unabashed sensuality ...\nShe is the embodiment of beauty", "continuation paragraph, no cue"),
   ("Hugh Hefner", "direct", "assertion", "was reported as saying", "I think that she was a remarkable lady, an iconic figure in pop culture who influenced sexuality, taste in fashion, someone who had a tremendous impact on our society", "the quotation is on the next line"),
  ],
  "neutral": ["was credited for helping to pave the way for the sexual revolution"]},
}



def main() -> None:
    write_gold(A, D)


if __name__ == "__main__":
    main()
