"""Hand annotations of statements-rich (written before any hearsay run on these texts).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich/annotations.py`` to (re)write the gold files and
articles.tsv.
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, MT, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "32_9ecbplus": {"source": (ECB, "32_9ecbplus", None), "published": None,
  "entities": {},
  "statements": [],
  "neutral": ["accused of murdering his mother and sister", "considered too much of a danger to himself and others"]},
 "33_9ecbplus": {"source": (ECB, "33_9ecbplus", None), "published": None,
  "entities": {},
  "statements": [],
  "neutral": ["Jury finds Andrew Lopez guilty in murder of Zurana Horton", "accused of murdering a Brownsville mother of 12"]},
 "32_4ecb": {"source": (ECB, "32_4ecb", None), "published": None,
  "entities": {"police": (G, ["Police", "police"])},
  "statements": [
   ("police", "indirect", "assertion", "say", "the landlord's son found the bodies yesterday after entering the second-floor apartment to investigate an odor of gas"),
   ("police", "indirect", "belief", "believe", "finding Gomes so quickly may have saved other lives in this case"),
  ],
  "neutral": ["accused in the deaths of two women found in a city apartment"]},
 "28_1ecbplus": {"source": (ECB, "28_1ecbplus", None), "published": None,
  "entities": {"Carl Bernstein and Bob Woodward": (G, ["The two Washington Post reporters who broke the Watergate story, Carl Bernstein and Bob Woodward", "Carl Bernstein and Bob Woodward", "Woodward and Bernstein", "Carl Bernstein", "Bob Woodward", "The two Washington Post reporters"]),
               "Fred LaRue": (P, ["Fred LaRue", "LaRue", "He"])},
  "statements": [
   ("Carl Bernstein and Bob Woodward", "indirect", "assertion", "have maintained", "they would only reveal the identity of Deep Throat once he was dead"),
   ("Fred LaRue", "indirect", "assertion", "insisted", "he was not Deep Throat, and that the source was a combination of several people"),
   ("Carl Bernstein and Bob Woodward", "indirect", "assertion", "have insisted", "Deep Throat was one person"),
   ("Fred LaRue", "indirect", "assertion", "said", "President Nixon had not been told of the plan to break into the building"),
   ("Fred LaRue", "indirect", "assertion", "his claim", "the president was ignorant of the plan", "nominal: his claim that; He = LaRue"),
  ],
  "neutral": ["it was announced yesterday that the man many suspect of being Deep Throat in the Watergate scandal had died",
              "there have been several names advanced as Deep Throat",
              "He cited his close relationship with Mr Mitchell"]},
 "3_6ecbplus": {"source": (ECB, "3_6ecbplus", None), "published": None,
  "entities": {"MyFoxHouston. com": (O, ["MyFoxHouston. com", "MyFoxHouston"]),
               "officials": (G, ["Officials", "officials"])},
  "statements": [
   ("MyFoxHouston. com", "indirect", "assertion", "reports", "The Texas Department of Criminal Justice is searching for an escaped inmate who is considered armed and dangerous"),
   ("officials", "indirect", "assertion", "said", "Arcade Joseph Comeaux Jr., 49, took two transport officers hostage on Monday morning and then escaped from the vehicle and took off on foot", "via MyFoxHouston. com"),
   ("MyFoxHouston. com", "indirect", "assertion", "reports", "He was sentenced to life in prison for indecency with a child, aggravated sexual assault and two counts of aggravated assault with a deadly weapon"),
   ("MyFoxHouston. com", "indirect", "assertion", "reported", "Comeaux allegedly handcuffed the officers together in the vehicle and then took off with their weapons"),
  ]},
 "22_10ecbplus": {"source": (ECB, "22_10ecbplus", None), "published": None,
  "entities": {"police": (G, ["Police", "police", "They"])},
  "statements": [
   ("police", "indirect", "assertion", "say", "the shootings happened minutes after Hiller was suspended from her job at the Kraft Plant following an altercation with the three victims"),
   ("police", "indirect", "assertion", "say", "she forced her way through security at gunpoint, walked into the employee lounge where the three victims were and shot them", "They = police"),
  ],
  "neutral": ["who allegedly shot and killed two co - workers two years ago", "accused of shooting three co - workers, killing two of them"]},
 "47720": {"source": (MT, "corpus_gm/47720_Ford_announces_deep_production_cuts_in_response_to_growing_losses.xml", "http://en.wikinews.org/wiki/Ford_announces_deep_production_cuts_in_response_to_growing_losses"), "published": "2006-08-19",
  "entities": {"Ford": (O, ["Ford", "the company"]),
               "George Pipas": (P, ["George Pipas, director of sales analysis at Ford", "George Pipas", "Pipas"])},
  "statements": [
   ("Ford", "indirect", "assertion", "announces", "deep production cuts", "headline"),
   ("Ford", "indirect", "assertion", "has announced", "sweeping cuts of 21% (168,000 units) in its US and Canadian production"),
   ("Ford", "indirect", "assertion", "reported", "a second quarter loss of $254 million and a 34% year-year decline in sales for the month of July"),
   ("George Pipas", "indirect", "assertion", "points to", "rising gas prices having negative impact on the sale of the companies SUV lines as well as its sales leader, the F-series pickup truck as being the direct cause of the latest initiative"),
  ],
  "neutral": ["existing turnaround plans announced in January", "the following plants are thought to be affected"]},
 "22_6ecbplus": {"source": (ECB, "22_6ecbplus", None), "published": None,
  "entities": {"Gail Fairman": (P, ["assistant district attorney Gail Fairman", "Gail Fairman", "ADA Fairman", "Fairman"]),
               "Yvonne Hiller": (P, ["Yvonne Hiller", "Hiller", "she"])},
  "statements": [
   ("Gail Fairman", "mixed", "assertion", "described", "43 - year - old Yvonne Hiller as a “methodical killer” who waved a gun within a foot of a security guard’ s face to regain access to the plant less than ten minutes after she had been escorted out"),
   ("Gail Fairman", "direct", "assertion", "says", "She returned like a grim reaper,"),
   ("Gail Fairman", "direct", "assertion", "says", "and she only shot the ones that she held responsible for her suspension."),
   ("Gail Fairman", "indirect", "assertion", "says", "when Hiller found a group of co - workers in a break room, she allowed one person to leave unharmed"),
   ("Gail Fairman", "direct", "assertion", "says", "At one point, there was a co - worker holding onto Latoya Brown,"),
   ("Gail Fairman", "direct", "assertion", "says", "and the defendant ordered that worker away, and then she shot Brown."),
   ("Yvonne Hiller", "indirect", "assertion", "accused", "spraying her with a deer scent", "whom she accused of"),
   ("Yvonne Hiller", "indirect", "assertion", "claiming", "people had been spraying her for years", "Hiller's statement to police, claiming; via a detective"),
  ],
  "neutral": ["The woman who allegedly shot and killed two co - workers", "The defense would not comment on strategy plans for the trial",
              "A detective testified during the preliminary hearing about Hiller’ s statement to police"]},
 "18_6ecbplus": {"source": (ECB, "18_6ecbplus", None), "published": None,
  "entities": {"Jerome Fenton": (P, ["Defense attorney Jerome Fenton", "Jerome Fenton", "Fenton"]),
               "Rob Novy": (P, ["Assistant Oakland County Prosecutor Rob Novy", "Rob Novy", "Novy"])},
  "statements": [
   ("Jerome Fenton", "indirect", "assertion", "argued", "LaCalamita's extensive history of mental illness was to blame"),
   ("Rob Novy", "indirect", "assertion", "said", "the 39 - year - old Troy man shot his former co - workers because he was furious over his firing four days earlier"),
  ],
  "neutral": ["Jury finds suspect in Troy office shooting guilty"]},
 "19_2ecbplus": {"source": (ECB, "19_2ecbplus", None), "published": None,
  "entities": {"police": (G, ["police"]),
               "autopsy": (O, ["An autopsy", "autopsy"]),
               "Matthew Willoughby": (P, ["Gray's school principal, Matthew Willoughby", "Matthew Willoughby", "Willoughby", "the letter", "Willoughby's letter", "a heartfelt letter"]),
               "plaintiffs": (G, ["plaintiffs"]),
               "plaintiff in the illegal arrest suit": (P, ["the plaintiff", "plaintiff"]),
               "plaintiff against Cordova": (P, ["one plaintiff", "plaintiff"])},
  "statements": [
   ("police", "indirect", "assertion", "claim", "he pointed a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova before they opened fire"),
   ("autopsy", "indirect", "evidence", "shows", "Gray was hit in the back by three of the seven bullets fired by the officers"),
   ("Matthew Willoughby", "indirect", "assertion", "describing", "the teen as a hard - working student who was committed to his academics", "a letter describing"),
   ("Matthew Willoughby", "direct", "assertion", "read", "Kimani made great strides this year academically,", "the letter read"),
   ("Matthew Willoughby", "direct", "assertion", None, "He was taking an extra English class after school; he was writing a dramatic dialogue in another English class; his group in design class was working on a project to design a school.\nNow they are working to complete the project without him.", "continuation of the letter"),
   ("Matthew Willoughby", "direct", "assertion", "continued", "Kimani should be remembered for all of who he was—an energetic, kind, playful, independent young man who was trying to learn and grow one day at a time,"),
   ("plaintiffs", "indirect", "assertion", "alleging", "civil rights violations"),
   ("plaintiff in the illegal arrest suit", "indirect", "assertion", "says", "he was slammed into a car"),
   ("plaintiff against Cordova", "indirect", "assertion", "claiming", "the cop punched him in the eye"),
  ],
  "neutral": ["community members are expressing outrage and demanding justice",
              "it's been revealed that both Mourad and Cordova have reportedly been named in five federal lawsuits",
              "the two men have reportedly cost the city about $215, 000 in court settlements",
              "with allegations including a stop - and - frisk"]},
 "33_1ecbplus": {"source": (ECB, "33_1ecbplus", None), "published": None,
  "entities": {"N. Y. Daily News": (O, ["the N. Y. Daily News", "N. Y. Daily News", "Daily News"]),
               "footage": (O, ["The footage", "footage", "Video", "the tragic footage"]),
               "Unique Armstead": (P, ["Unique Armstead", "Armstead"]),
               "witness": (P, ["a man who claims Lopez's brother threatened to kill him", "a man", "man"]),
               "Vincent DelGiudice": (P, ["Judge Vincent DelGiudice", "Vincent DelGiudice", "DelGiudice"])},
  "statements": [
   ("N. Y. Daily News", "indirect", "assertion", "according to", "Video of Brooklyn Mother of 13 Zurana Horton shot and killed in a gang shooting was revealed Thursday"),
   ("footage", "indirect", "evidence", "shows", "34 - year - old Horton (pictured) picking up her daughter from school on October 21, 2011, in Brooklyn's Brownsville section"),
   ("Unique Armstead", "direct", "assertion", "said", "I saw her fall back...\nI saw blood coming from her,"),
   ("Unique Armstead", "indirect", "assertion", "said", "she heard someone say, \"He has a gun, \" prompting her to take her son inside a nearby corner bodega for safety"),
   ("Unique Armstead", "direct", "assertion", "said", "I thought it was a brick but it was a bullet,"),
   ("Unique Armstead", "direct", "assertion", None, "I told my son, I think I'm shot.", "continuation"),
   ("witness", "indirect", "assertion", "claims", "Lopez's brother threatened to kill him"),
   ("Vincent DelGiudice", "direct", "assertion", "said", "The man is petrified,"),
   ("Vincent DelGiudice", "direct", "assertion", None, "The man is an emotional wreck.", "continuation"),
  ],
  "neutral": ["Andrew Lopez has been accused of carelessly firing at rival gang members from a rooftop",
              "is suspected of having directed Lopez to kill their enemies",
              "standing accused of letting off 13 shots in Horton's death",
              "they reportedly went back out", "he is reportedly scared to take the stand"]},
 "13_11ecb": {"source": (ECB, "13_11ecb", None), "published": None,
  "entities": {"authorities": (G, ["Authorities", "authorities"]),
               "writer": (P, ["I", "we", "the writer"]),
               "neighbors": (G, ["the neighbors", "neighbors"])},
  "statements": [
   ("authorities", "indirect", "assertion", "are now saying", "they suspect arson is to blame for Friday night's fire at Wasilla Bible Church, where Gov. Sarah Palin and her family attend"),
   ("writer", "indirect", "belief", "know", "our governor has not been treated fairly", "op-ed first person: we do know"),
   ("neighbors", "mixed", "belief", "thought", "it was `` cool."),
   ("writer", "indirect", "belief", "hope", "Palin's church was not torched because of her beliefs", "I do hope"),
  ],
  "neutral": ["Then there are those who have blasted the governor for her daughter's pregnancy",
              "Both have been brutally criticized, belittled and shamed",
              "I was appalled to hear comments like, `` Well, she put herself in the limelight, so she deserved what she got. ''",
              "There have also been those who have asked if the governor is really Trig's mom?",
              "We don't know if the fire is the result of radicals angry with Palin"]},
 "34_7ecbplus": {"source": (ECB, "34_7ecbplus", None), "published": None,
  "entities": {"Robert Wood Johnson Foundation": (O, ["The Robert Wood Johnson Foundation", "Robert Wood Johnson Foundation", "the Foundation", "we"])},
  "statements": [
   ("Robert Wood Johnson Foundation", "indirect", "assertion", "congratulates", "former trustee, Regina Benjamin, M. D., M. B. A., on being nominated for Surgeon General of the United States"),
  ],
  "neutral": ["Nominee praised for her expertise, credentials, judgment and passionate commitment to health care equity and social justice",
              "the Foundation is sorry to be losing Benjamin as a trustee",
              "we are grateful that she is continuing to dedicate her knowledge"]},
 "27_8ecb": {"source": (ECB, "27_8ecb", None), "published": None,
  "entities": {"researchers": (G, ["researchers at iDefense, a security lab owned by VeriSign", "researchers at iDefense", "Researchers", "researchers"]),
               "web search": (O, ["A web search", "web search"]),
               "Rick Howard": (P, ["Rick Howard, intelligence director of iDefense", "Rick Howard", "Howard"])},
  "statements": [
   ("researchers", "indirect", "assertion", "according to", "There are at least six distinct versions of attack code circulating in the wild"),
   ("web search", "indirect", "evidence", "showed", "233,000 pages containing the string ardoshanghai.com/s.js, just one of many web addresses exploiting a weakness in the way IE's data-binding function works"),
   ("researchers", "indirect", "assertion", "say", "the number of attack sites is too high to keep exhaustive lists, but Shadowserver is doing an admirable job here"),
   ("Rick Howard", "direct", "assertion", "said", "The vulnerability is so juicy that we expect it to show up in tool kits fairly shortly,"),
   ("Rick Howard", "mixed", "assertion", "mentioned", "the site of `` a major financial institution '' that he found hosting the exploit"),
  ],
  "neutral": ["reports began circulating that websites were targeting a vulnerability in fully patched versions of IE"]},
 "11716": {"source": (MT, "corpus_airbus/11716_Airbus_wins_Qatar_Airways_order_worth_15bn.xml", "http://en.wikinews.org/wiki/Airbus_wins_Qatar_Airways_order_worth_$15bn"), "published": "2005-06-13",
  "entities": {},
  "statements": [],
  "neutral": ["which is believed to be worth $15 billion", "sparking questions whether the US company had lost its once seemingly impregnable grip on the aviation market"]},
 "3_9ecbplus": {"source": (ECB, "3_9ecbplus", None), "published": None,
  "entities": {"Texas authorities": (G, ["Texas authorities", "authorities"])},
  "statements": [
   ("Texas authorities", "indirect", "assertion", "According to", "the weapons conviction stemmed from a 1999 incident where he stabbed his wife 17 times while she was visiting him in prison"),
  ],
  "neutral": ["Comeaux is accused of using a gun which was smuggled in to him for the escape"]},
}



def main() -> None:
    write_gold(A, D)


if __name__ == "__main__":
    main()
