"""Hand annotations of statements-rich4 (written before any hearsay run on these texts; issue 14 round 11).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich4/annotations.py`` to (re)write the gold files and
articles.tsv (with a ninth column, ``feed``: how the evaluation gives hearsay the text, ``moji``
= its UTF-8 bytes read as cp1252, ``flat`` = stored with its line breaks already made spaces,
empty = as is; the rule is in select.py). Same format and rules as statements-rich..rich3.
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

RE3D = "re3d (Dstl; Wikipedia part, CC BY-SA 3.0)"
P, O, G = "PERSON", "ORG", "GROUP"
FEED = {"2_9ecb": "flat", "27_9ecb": "flat", "2_10ecbplus": "moji",
        "re3d_wikipedia_76F75D985AD7642B43A8AA4DBC146621": "moji"}

A: dict = {
 "1_2ecbplus": {"source": (ECB, "1_2ecbplus", None), "published": None,
  "entities": {"Mark Jay Heller": (P, ["Lindsay Lohan's attorney", "Mark Jay Heller", "Heller", "Lawyer"]),
               "a state official": (P, ["a state official"]),
               "TMZ": (O, ["TMZ"]),
               "White": (P, ["White", "a prosecutor", "he"])},
  "statements": [
   ("Mark Jay Heller", "indirect", "assertion", None, "Lindsay Lohan checks into rehab facility", "headline 'Lawyer: ...' (colon attribution)"),
   ("Mark Jay Heller", "indirect", "assertion", "said", "the actress checked into a Southern California rehab facility that a state official said is unlicensed to perform the type of treatment a judge required her to receive"),
   ("a state official", "indirect", "assertion", "said", "is unlicensed to perform the type of treatment a judge required her to receive", "nested in the attorney's content"),
   ("Mark Jay Heller", "indirect", "assertion", "told", "Lohan was settling in at Morningside Recovery, a treatment facility in Newport Beach"),
   ("Mark Jay Heller", "direct", "assertion", "argued", "My client is ensconced in the bosom of that facility right now, "),
   ("Mark Jay Heller", "direct", "assertion", None, "She's in rehab right now.\nNothing bad is going to happen. ", "cue-less continuation"),
   ("TMZ", "indirect", "assertion", "reported", "Lohan was shopping at an electronics store while her attorney was in court, and that she never entered Morningside"),
   ("White", "mixed", "assertion", "said", "he was \"completely blindsided\" by Lohan's placement at Morningside because Heller had previously agreed to send the actress to a different facility that had been vetted"),
  ],
  "neutral": []},
 "1_8ecbplus": {"source": (ECB, "1_8ecbplus", None), "published": None,
  "entities": {"Mark Jay Heller": (P, ["New York attorney Mark Jay Heller", "Heller"]),
               "White": (P, ["a prosecutor", "White", "He"]),
               "TMZ": (O, ["TMZ"]),
               "the source": (P, ["the source"])},
  "statements": [
   ("Mark Jay Heller", "indirect", "assertion", "told", "Lohan had checked in to the Morningside Recovery rehab facility"),
   ("White", "indirect", "assertion", "said", "The actress, however, has since checked in to a different rehab but will not face a probation violation for leaving another treatment facility after a few minutes"),
   ("TMZ", "indirect", "assertion", "reported", "Lohan made it to the new facility late Thursday"),
   ("White", "indirect", "assertion", "said", "he has received confirmation that Lohan has checked in to a rehab facility and he is satisfied with her location"),
   ("the source", "direct", "assertion", "told", "Lindsay never checked into Morningside but is back at Betty Ford.\nThe challenge now is to keep her there for the 90 days, "),
  ],
  "neutral": ["It seems Lindsay Lohan has had enough", "He declined to say where Lohan is receiving treatment", "reports soon surfaced that she was at the Betty Ford Center"]},
 "2_9ecb": {"source": (ECB, "2_9ecb", None), "published": None,
  "entities": {"the Academy": (O, ["the Academy of Motion Picture Arts and Sciences", "the Academy"]),
               "producers": (G, ["producers", "the Academy"])},
  "statements": [
   ("the Academy", "indirect", "assertion", "has announced", "Wolverine himself will be hosting the 81st Academy Awards"),
   ("producers", "direct", "assertion", "had this to say", "Hugh Jackman is a consummate entertainer and an internationally renowned movie star. He also has style, elegance and a sense of occasion. Hugh is the ideal choice to host a celebration of the year's movies - and to have fun doing it.", "in a statement released by the Academy: the Academy accepted too"),
  ],
  "neutral": ["today it was announced that one of our own, Hugh Jackman, will be the host of the ceremony"]},
 "31_5ecb": {"source": (ECB, "31_5ecb", None), "published": None,
  "entities": {"Tyler Hansbrough": (P, ["Tyler Hansbrough", "Hansbrough", "he"])},
  "statements": [
   ("Tyler Hansbrough", "direct", "assertion", "said", "I never dreamed I'd be here and be the all-time leading scorer,"),
   ("Tyler Hansbrough", "direct", "assertion", None, "This is a great honor to be here and to represent you guys every night in this uniform.", "cue-less continuation"),
  ],
  "neutral": ["he briefly addressed the crowd"]},
 "13_5ecb": {"source": (ECB, "13_5ecb", None), "published": None,
  "entities": {"Larry Kroon": (P, ["Larry Kroon, pastor of the Wasilla Bible Church", "Larry Kroon", "Kroon", "he"])},
  "statements": [
   ("Larry Kroon", "indirect", "assertion", "estimates", "damages at more than $1 million to the church"),
   ("Larry Kroon", "indirect", "assertion", "says", "the fire broke out Friday night while a small group of women were working on crafts"),
   ("Larry Kroon", "indirect", "assertion", "says", "he was called and by the time he got to the church, smoke was pouring out of the building"),
   ("Larry Kroon", "indirect", "assertion", "says", "he's been told the fire is being investigated as a crime"),
  ],
  "neutral": ["Kroon declined to say if the blaze was politically based", "Authorities are not immediately commenting"]},
 "2_10ecbplus": {"source": (ECB, "2_10ecbplus", None), "published": None,
  "entities": {"Ellen DeGeneres": (P, ["Ellen DeGeneres", "DeGeneres"]),
               "Zadan and Meron": (G, ["Zadan and Meron", "Zadan", "Meron"]),
               "Paul Lee": (P, ["ABC Entertainment Group prexy Paul Lee", "Paul Lee"])},
  "statements": [
   ("Ellen DeGeneres", "direct", "assertion", "said", "I am so excited to be hosting the Oscars for the second time,"),
   ("Ellen DeGeneres", "direct", "assertion", "joking", "you know what they say – the third time’ s the charm.", "a that-clause wholly quoted"),
   ("Zadan and Meron", "direct", "assertion", "said", "We are thrilled to have Ellen DeGeneres host the Oscars,"),
   ("Paul Lee", "direct", "assertion", "said", "It is an honor to welcome back Ellen DeGeneres as the host of the biggest entertainment celebration of the year,"),
  ],
  "neutral": []},
 "28_10ecb": {"source": (ECB, "28_10ecb", None), "published": None,
  "entities": {"Joan Felt": (P, ["His daughter Joan Felt", "Joan Felt", "she"]),
               "Mark Felt": (P, ["Mark Felt", "her father", "Felt", "He"]),
               "The Washington Post": (O, ["the Washington Post", "the Post"])},
  "statements": [
   ("Joan Felt", "indirect", "assertion", "said", "her father ate a big breakfast before saying he was tired, and went to sleep", "told the Washington Post: the Post is the vehicle"),
   ("Mark Felt", "indirect", "assertion", "saying", "he was tired", "nested in his daughter's content"),
   ("The Washington Post", "indirect", "assertion", "stated", "He died at 12:45 p.m. on Thursday at his home in Santa Rosa, California"),
   ("Joan Felt", "direct", "assertion", "said", "He slipped away,"),
  ],
  "neutral": ["Felt blew the whistle on a corrupt administration", "Felt insisted on remaining completely anonymous", "Felt's family revealed his identity"]},
 "6_4ecb": {"source": (ECB, "6_4ecb", None), "published": None,
  "entities": {"industry sources": (G, ["industry sources"]),
               "The Hollywood Reporter": (O, ["The Hollywood Reporter", "The Reporter"])},
  "statements": [
   ("industry sources", "indirect", "assertion", "say", "Chris Weitz, who directed `` The Golden Compass, '' is negotiating to direct the cinematic sequel to `` Twilight, ''"),
   ("The Hollywood Reporter", "indirect", "assertion", "said", "he is the current candidate to direct `` New Moon. ''"),
   ("The Hollywood Reporter", "indirect", "assertion", "said", "`` Moon, '' which is expected to have a larger budget than its cinematic predecessor, has been tentatively tabbed with a late 2009 or early 2010 release date"),
  ],
  "neutral": ["Summit Entertainment will not confirm Weitz is attached to the vampire series", "her departure has been the topic of various rumors"]},
 "27_9ecb": {"source": (ECB, "27_9ecb", None), "published": None,
  "entities": {"Microsoft": (O, ["Microsoft", "the software giant"]),
               "Mike Reavey": (P, ["Mike Reavey, director of the Microsoft Security Response Center", "Mike Reavey"]),
               "Microsoft security experts": (G, ["Microsoft security experts"]),
               "Net Applications": (O, ["research firm Net Applications", "Net Applications", "Latest statistics from research firm Net Applications"])},
  "statements": [
   ("Microsoft", "mixed", "assertion", "said", "The security update for IE, dubbed MS08-078, resolves a publicly disclosed vulnerability that `` could allow remote code execution if a user views a specially crafted Web page using Internet Explorer, ''"),
   ("Mike Reavey", "mixed", "request", "urged", "test and deploy the security update `` as quickly as possible. ''"),
   ("Microsoft", "indirect", "assertion", "said", "the update is for IE on all currently supported versions of Windows"),
   ("Microsoft security experts", "indirect", "assertion", "estimated", "roughly 0.2 percent of IE users worldwide may have been exposed to websites containing exploits of the latest vulnerability"),
   ("Net Applications", "indirect", "evidence", "showed", "IE still dominates the browser market with a share of nearly 70 percent"),
  ],
  "neutral": []},
 "6_11ecbplus": {"source": (ECB, "6_11ecbplus", None), "published": None,
  "entities": {"The Hollywood Reporter": (O, ["The Hollywood Reporter"])},
  "statements": [
   ("The Hollywood Reporter", "indirect", "assertion", "According to", "Director of ''The Hunger Games'', Gary Ross is currently in the negotiation stages to direct the sequel to ''The Hunger Games''"),
  ],
  "neutral": ["''Lionsgate'' would like a a November 2013 release date"]},
 "13_16ecb": {"source": (ECB, "13_16ecb", None), "published": None,
  "entities": {"Authorities": (G, ["Authorities"]),
               "The local fire chief": (P, ["The local fire chief"]),
               "Bill McAllister": (P, ["Her spokesman, Bill McAllister", "Bill McAllister"]),
               "Sarah Palin": (P, ["Palin", "she"])},
  "statements": [
   ("Authorities", "indirect", "assertion", "estimate", "the damages to the Wasilla Bible Church at $1 million"),
   ("The local fire chief", "mixed", "assertion", "says", "the fire `` is definitely suspicious. ''"),
   ("Sarah Palin", "mixed", "assertion", "told", "she apologizes if the fire was connected to the `` undeserved negative attention '' the church has received since she became the vice presidential candidate on Aug. 29", "relayed by her spokesman (says): one statement, innermost source, via Bill McAllister (docs/annotation.md rule 3; round 12 fix)"),
  ],
  "neutral": ["Pastor Larry Kroon declined to say", "He also declined to say whether the church has received any recent threats"]},
 "re3d_wikipedia_76F75D985AD7642B43A8AA4DBC146621": {"source": (RE3D, "wikipedia/76F75D985AD7642B43A8AA4DBC146621", None), "published": None,
  "entities": {"Ziad Khalaf al-Karbouly": (P, ["Ziad Khalaf al-Karbouly", "Karbouly", "He", "he"]),
               "the prosecution": (O, ["the prosecution"])},
  "statements": [
   ("Ziad Khalaf al-Karbouly", "indirect", "assertion", "denied", "being Abu Musab al-Zarqawi's assistant", "the relative 'which' resumes the accusation"),
   ("Ziad Khalaf al-Karbouly", "mixed", "assertion", "told", "he was “innocent”"),
   ("Ziad Khalaf al-Karbouly", "indirect", "assertion", "disputed", "the prosecution’s version that he was captured inside Iraq in a joint operation of the Jordanian army and intelligence on 10 May"),
   ("the prosecution", "indirect", "assertion", "version", "he was captured inside Iraq in a joint operation of the Jordanian army and intelligence on 10 May", "nominal cue"),
   ("Ziad Khalaf al-Karbouly", "mixed", "assertion", "told", "he was instead kidnapped “from Lebanon on May 6.”"),
   ("Ziad Khalaf al-Karbouly", "indirect", "assertion", "admitted", "he had abducted and killed citizens from Jordan and Iraq, and had abducted two Moroccans in October 2005"),
  ],
  "neutral": ["accused of being Abu Musab al-Zarqawi's assistant"]},
}


def main() -> None:
    write_gold(A, D)
    tsv = D / "articles.tsv"
    rows = tsv.read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tfeed"] + [r + "\t" + FEED.get(r.split("\t")[0], "") for r in rows[1:] if r.strip()]
    tsv.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
