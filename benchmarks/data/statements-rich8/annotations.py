"""Hand annotations of statements-rich8 (written before any hearsay run on these texts; issue 14 round 17).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich8/annotations.py`` (after ``select.py --write``) to
(re)write the gold files and articles.tsv. Same format and rules as statements-rich..rich7
(docs/annotation.md); ``via`` lists the relays of a relayed statement, innermost first.
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

GUM = "GUM Wikinews news (text CC BY 2.5, Wikinews; GUM CC BY 4.0)"
P, O, G = "PERSON", "ORG", "GROUP"
NEUTRAL_IND = "indefinite source"

A: dict = {
 "gum_news_korea": {"source": (GUM, "GUM_news_korea.conll", None), "published": "2015-08-21",
  "entities": {"KCNA": (O, ["Korean Central News Agency (KCNA)", "Korean Central News Agency", "KCNA",
                            "North Korea's main news agency Korean Central News Agency (KCNA)", "it"]),
               "Yonhap": (O, ["Yonhap news agency", "Yonhap"]),
               "South Korea": (O, ["South Korea"]),
               "North Korea": (O, ["North Korea"])},
  "statements": [
   ("KCNA", "mixed", "assertion", "According to", "the country's military has been placed on high alert and has been told to prepare a \"quasi-state of war\"", "KCNA relayed by Yonhap ('According to Yonhap news agency, quoting … KCNA')", ["Yonhap"]),
   ("KCNA", "direct", "assertion", "said", "War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central western sector of the front on Thursday afternoon. They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near KPA civil police posts 250 and 251"),
   ("KCNA", "direct", "assertion", "added", "Foolhardy provocation deserves harsh punishment"),
   ("KCNA", "direct", "assertion", "added", "Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations", "'it added; and, later, \"…\"'"),
   ("KCNA", "direct", "assertion", "added", "Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions"),
   ("South Korea", "indirect", "assertion", "says", "the broadcasts will continue"),
   ("North Korea", "indirect", "assertion", "stated", "it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop"),
  ],
  "neutral": ["No injuries or deaths were reported in the attacks from either side"]},
 "gum_news_lanterns": {"source": (GUM, "GUM_news_lanterns.conll", None), "published": "2007-03-05",
  "entities": {"Taipei": (O, ["the city", "Taipei City", "Taipei"]),
               "the event website": (O, ["the event website"])},
  "statements": [
   ("Taipei", "indirect", "belief", "expects", "about 6 million visitors", "the city's expectation, relayed by the event website", ["the event website"]),
  ],
  "neutral": ["is believed to bring good luck"]},
 "gum_news_stampede": {"source": (GUM, "GUM_news_stampede.conll", None), "published": "2006-01-12",
  "entities": {"Saudi Interior Ministry": (O, ["the Saudi Interior Ministry", "Saudi Interior Ministry"])},
  "statements": [
   ("Saudi Interior Ministry", "indirect", "assertion", "According to", "over 345 Muslim pilgrims have been killed in a stampede during the annual Hajj pilgrimage near Mecca, Saudi Arabia", "the photo caption before it runs into the sentence (no paragraph breaks)"),
  ],
  "neutral": []},
 "gum_news_worship": {"source": (GUM, "GUM_news_worship.conll", None), "published": "2006-03-27",
  "entities": {"Greek court": (O, ["Greek court"]),
               "The Greek Orthodox Church": (O, ["The Greek Orthodox Church", "Greek Orthodox Church"])},
  "statements": [
   ("Greek court", "indirect", "assertion", "rules", "worship of ancient Greek deities is legal", "headline; a court's ruling reported with its content"),
   ("Greek court", "indirect", "assertion", "has ruled", "worshippers of the ancient Greek religion may now formally associate and worship at archeological sites"),
   ("The Greek Orthodox Church", "indirect", "assertion", "estimates", "that number is closer to 40,000"),
  ],
  "neutral": []},
 "gum_news_taxes": {"source": (GUM, "GUM_news_taxes.conll", None), "published": "2015-08-02",
  "entities": {"Municipality of Livorno": (O, ["the Municipality of Livorno", "Municipality of Livorno", "The city"]),
               "Movimento 5 Stelle": (O, ["Movimento 5 Stelle (M5S)", "Movimento 5 Stelle", "M5S", "the M5S party",
                                          "the deputies of Movimento 5 Stelle (M5S) of the regional counsel of Lombardy"]),
               "Stefania Giannini": (P, ["Minister of Education Stefania Giannini", "Stefania Giannini", "Giannini"]),
               "Claudio De Vincenti": (P, ["Claudio De Vincenti", "De Vincenti"]),
               "Toccafondi": (P, ["Undersecretary for Education Mr. Toccafondi", "Mr. Toccafondi", "Toccafondi"]),
               "Nunzio Galantino": (P, ["The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino", "Nunzio Galantino", "Galantino"]),
               "Italian secularist associations": (G, ["Italian secularist associations"]),
               "MicroMega": (O, ["The secularist magazine MicroMega", "MicroMega"]),
               "UAAR": (O, ["The Union of Rationalist Atheists and Agnostics (UAAR)", "The Union of Rationalist Atheists and Agnostics", "UAAR", "It", "a petition"]),
               "Roberto Maroni": (P, ["the president of the Lombardy region, Roberto Maroni", "Roberto Maroni", "Maroni"])},
  "statements": [
   ("Municipality of Livorno", "indirect", "request", "asking", "religious schools to pay property taxes", "nominal: 'the request of the Municipality of Livorno asking …'"),
   ("Movimento 5 Stelle", "indirect", "request", "asks", "to the regional government to assure the local administrations of the region regularly apply the sentence of the Supreme Court"),
   ("Municipality of Livorno", "direct", "assertion", "reasoned", "because the users of the private schools pay a frequency fee, this kind of activity is considered as a commercial one"),
   ("Stefania Giannini", "mixed", "assertion", "said", "a \"more general reflection\" ((it)) is needed"),
   ("Claudio De Vincenti", "direct", "assertion", "said", "a discussion table will be opened with the non-profit associations, religious association included"),
   ("Toccafondi", "direct", "assertion", "says", "many schools will increase their fees or they will quit. Then the State will have to find new resources to build new structures and manage them"),
   ("Roberto Maroni", "indirect", "request", "proposing", "some regional counter-measures to finance private schools", "a proposal with an NP object"),
   ("Nunzio Galantino", "mixed", "assertion", "has called", "the sentence \"dangerous\" ((it)) and \"ideological\""),
   ("Nunzio Galantino", "direct", "assertion", None, "We face a dangerous sentence. Who takes the decisions, do it with less ideology. Because I have the clear sensation that with this way of thinking, they wait the praise of some ideologized supporters. Indeed, they don't understand what kind of good service private schools held", "after a colon: the same speaker's words"),
   ("Italian secularist associations", "indirect", "belief", "are concerned", "the Government will modify the law in order to maintain an exception for religious schools"),
   ("MicroMega", "indirect", "assertion", "describe", "the court's judgement as historic"),
   ("UAAR", "indirect", "request", "asking", "the government to respect and execute the sentence of the Supreme Court", "a petition's request: its organisation"),
   ("UAAR", "indirect", "request", "encouraging", "citizens to ask for application of the law in their local municipalities"),
  ],
  "neutral": ["several municipalities have started asking religious schools to pay taxes for property and local services",
              "Local municipalities in Italy ask taxes from religious schools"]},
 "gum_news_warhol": {"source": (GUM, "GUM_news_warhol.conll", None), "published": "2014-01-28",
  "entities": {"Kristen Wilkins": (P, ["Kristen Wilkins, assistant professor of photography and curator of the exhibit", "Kristen Wilkins", "Kristin Wilkins", "Wilkins"]),
               "Kathryn Waters": (P, ["Kathryn Waters, director of the gallery", "Kathryn Waters", "Waters", "Water"]),
               "K.C. Maurer": (P, ["K.C. Maurer, chief financial officer and treasurer at the Andy Warhol Foundation", "K.C. Maurer", "Maurer", "Mauer"]),
               "Elaine Gustafon": (P, ["curator Elaine Gustafon", "Elaine Gustafon", "Gustafon"]),
               "Cynthia Thompson": (P, ["Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville", "Cynthia Thompson", "Thompson"]),
               "Hilary Braysmith": (P, ["Hilary Braysmith, USI associate professor of art history", "Hilary Braysmith", "Braysmith"]),
               "Kiara Perkins": (P, ["Kiara Perkins, a second year USI art major", "Kiara Perkins", "Perkins", "she"]),
               "Kevin Allton": (P, ["Kevin Allton, a USI instructor in English", "Kevin Allton", "Allton", "He"]),
               "Wikinews": (O, ["Wikinews", "writer"])},
  "statements": [
   ("Kristen Wilkins", "indirect", "assertion", "according to", "The Polaroids were all donated by the Andy Warhol Photographic Legacy Program"),
   ("Kristen Wilkins", "indirect", "assertion", "observed", "the 2007 starting date of the donation program, which is part of the Andy Warhol Foundation for the Visual Arts, coincided with the 20th anniversary of Andy Warhol's death in 1987"),
   ("K.C. Maurer", "indirect", "assertion", "said", "500 institutions received the initial invitation and currently 190 universities have accepted one or more donations"),
   ("K.C. Maurer", "indirect", "assertion", "said", "Institutional recipients, said Mauer, are required to exhibit their donated Warhol photographs every ten years as one stipulation", "the cue inside the content ('Mauer', sic)"),
   ("Elaine Gustafon", "indirect", "assertion", "according to", "the Weatherspoon Art Museum at the University of North Carolina at Greensboro saw attendance levels reach 11,000 visitors when it exhibited its Warhol collection in 2010"),
   ("Elaine Gustafon", "direct", "assertion", "said", "I think America's obsession with celebrity culture is as strong today as it was when Warhol was living"),
   ("Elaine Gustafon", "direct", "assertion", None, "People are still intrigued by how stars live, dress and socialize, since it is so different from most people's every day lives.", "continuation"),
   ("Kristen Wilkins", "indirect", "assertion", "explained", "Warhol's obsession with celebrities began when he first collected head shots as a kid and continued as a passion throughout his life"),
   ("Kristen Wilkins", "direct", "assertion", "said", "He's hanging out with the celebrities, and has kind of become the same sort of celebrity he was interested in documenting earlier in his career"),
   ("Wikinews", "indirect", "assertion", "observed", "the USI exhibit identifies and features Polaroids of fashion designer Halston, a former resident of Evansville", "the publication's own report"),
   ("Cynthia Thompson", "direct", "assertion", "said", "These images serve as documentation of people in his every day life and art-one which many of us enjoy a glimpse into."),
   ("Kathryn Waters", "direct", "assertion", "said", "Pop art was about what popular American culture really thought was important"),
   ("Kathryn Waters", "direct", "assertion", None, "That's why he did the Campbell Soup cans or the Marilyn pictures, these iconic products of American culture whether they be in film, video or actually products we consumed. So even back in the sixties, he was very aware of this part of our culture. Which as we all know in 2014, has only increased probably a thousand fold.", "continuation"),
   ("Kathryn Waters", "direct", "assertion", "said", "I think everybody knows Andy Warhol's name, even non-art people, that's a name they might know because he was such a personality", "'Water said' (sic)"),
   ("Hilary Braysmith", "direct", "assertion", "said", "I think his photography is equally influential as his graphic works, his more famous pictures of Marilyn. In terms of the evolution of photography and experimentation, like painting on them or the celebrity fascination, I think he was really ground-breaking in that regard."),
   ("Kristen Wilkins", "direct", "assertion", "said", "[Warhol] liked the way photo booths and the Polaroid's front flash looked"),
   ("Kristen Wilkins", "indirect", "assertion", "According to", "Warhol was able to reproduce the Polaroid photograph and create an enlargement of it, which he then could use to commit the image to the silk screen medium by applying paint or manipulating them further"),
   ("Kristen Wilkins", "indirect", "assertion", "said", "Warhol was both an artist and a businessperson"),
   ("Kristen Wilkins", "direct", "assertion", None, "As a way to commercialize his work, he would make a blue Marilyn and a pink Marilyn and a yellow Marilyn, and then you could pick your favorite color and buy that. It was a very practical salesman approach to his work. He was very prolific but very business minded about that.", "continuation"),
   ("Kristen Wilkins", "direct", "assertion", "said", "He wanted to be rich and famous and he made lots of choices to go that way"),
   ("Kiara Perkins", "indirect", "assertion", "admitted", "she was willing to skip class Thursday night to attend the opening exhibit but then circumstances allowed for her to attend the exhibit"),
   ("Kiara Perkins", "direct", "assertion", None, "It's Warhol. He is a legend.", "her answer to the writer's question, no cue"),
   ("Kevin Allton", "direct", "assertion", "said", "Andy Warhol was the center of the Zeitgeist for the 20th century and everything since. He is a post-modern diety."),
   ("Kevin Allton", "indirect", "assertion", "said", "he had only seen the Silver Clouds installation before in film"),
   ("Kevin Allton", "direct", "assertion", "said", "I thought that in real life it was really kind of magical,"),
   ("Kevin Allton", "direct", "assertion", None, "I smacked them around.", "continuation"),
   ("Kathryn Waters", "indirect", "assertion", "noting", "the touches of the Warhol Factory, or the studio where he worked, that were present around them", "participle with an NP object"),
   ("Wikinews", "indirect", "assertion", "observed", "The big hit of the evening, Wikinews observed from the long line, was the Polaroid-room where attendees could wear a Warhol-like wig or don crazy glasses and have their own Polaroid taken", "the cue inside the content"),
  ],
  "neutral": ["expressed interest in further donations from the foundation in the future",
              "She explained how Warhol's adoption of the Polaroid camera revealed his process",
              "many people Wikinews observed took out their mobiles"]},
}

if __name__ == "__main__":
    write_gold(A, D)
