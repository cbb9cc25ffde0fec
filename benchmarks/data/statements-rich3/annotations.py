"""Hand annotations of statements-rich3 (written before any hearsay run on these texts).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich3/annotations.py`` to (re)write the gold files and
articles.tsv. Same format and rules as statements-rich and statements-rich2 (see their READMEs
and this set's README).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, MT, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "13_21ecb": {"source": (ECB, "13_21ecb", None), "published": None,
  "entities": {"investigators": (G, ["investigators"]),
               "officials": (G, ["officials", "they"]),
               "James Steele": (P, ["James Steele, chief of the Central Mat-Su Fire Department", "James Steele", "he"]),
               "Larry Kroon": (P, ["the Rev. Larry Kroon of the Wasilla Bible Church", "Larry Kroon"]),
               "Palin's office": (O, ["a statement from her office", "her office", "Palin", "Sarah Palin"])},
  "statements": [
   ("investigators", "indirect", "assertion", "say", "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in Wasilla, Alaska, may have been set by an arsonist"),
   ("officials", "indirect", "assertion", "said", "they were treating the fire as a possible arson", "relayed by the Anchorage Daily News"),
   ("James Steele", "direct", "assertion", "told", "We are definitely treating it as suspicious and as potential arson at this point,"),
   ("James Steele", "indirect", "assertion", "adding", "nothing so far suggests any political motivation for the fire"),
   ("James Steele", "direct", "assertion", "said", "Right now there's no indication that we have that there's any connection there,"),
   ("James Steele", "direct", "assertion", None, "We just don't have any leads at all as far as the intent or motive in this.", "cue-less continuation line"),
   ("Larry Kroon", "direct", "assertion", "told", "We have no idea what caused it,"),
   ("Palin's office", "indirect", "assertion", "said", "Palin apologized to church's assistant pastor Saturday if the fire was connected to her Republican U.S. vice-presidential candidacy", "a statement from her office: the office is the author; its apology for Palin is part of the content"),
  ],
  "neutral": []},
 "1_1ecbplus": {"source": (ECB, "1_1ecbplus", None), "published": None,
  "entities": {"Access Hollywood": (O, ["Access Hollywood", "Access"]),
               "The Los Angeles Superior Court": (O, ["A spokesperson for The Los Angeles Superior Court", "The Los Angeles Superior Court"]),
               "Shawn Holley": (P, ["Lohan' s attorney, Shawn Holley", "Shawn Holley", "Holley"])},
  "statements": [
   ("Access Hollywood", "indirect", "assertion", "has confirmed", "Lindsay Lohan has left the Betty Ford Center and is moving to a rehab facility in Malibu, Calif."),
   ("The Los Angeles Superior Court", "indirect", "assertion", "confirmed", "a judge signed an order yesterday allowing the transfer to Cliffside, where she will continue with her 90 - day court - mandated rehab", "an unnamed spokesperson: the organisation"),
   ("Shawn Holley", "direct", "assertion", "said", "Lindsay is grateful for the treatment she received at the Betty Ford Center.\nShe has completed her course of treatment there and looks forward to continuing her treatment and building on the foundation established at Betty Ford,"),
  ],
  "neutral": ["spoke out about the move"]},
 "23468": {"source": (MT, "corpus_apple/23468_Apple_plans_another_special_event.xml", "http://en.wikinews.org/wiki/Apple_plans_another_special_event"), "published": "2005-10-04",
  "entities": {"Apple": (O, ["Apple Computer", "Apple", "The invitation"]),
               "AppleInsider": (O, ["AppleInsider"])},
  "statements": [
   ("Apple", "indirect", "assertion", "announced", "another special event to be held on October 12"),
   ("Apple", "direct", "assertion", "reads", "One more thing ...", "the invitation is Apple's; its words are Apple's"),
   ("AppleInsider", "indirect", "assertion", "is claiming", "there are sources that have seen the new iPod"),
   ("AppleInsider", "indirect", "assertion", "claims", "have seen a wireless device similar to Apple's Airport Express that supports video", "an infinitival claim"),
  ],
  "neutral": ["Apple plans another special event", "This has increased rumors", "Other rumors for this event include"]},
 "6_4ecbplus": {"source": (ECB, "6_4ecbplus", None), "published": None,
  "entities": {"The Hollywood Reporter": (O, ["The Hollywood Reporter", "THR"])},
  "statements": [
   ("The Hollywood Reporter", "indirect", "assertion", "says", "Ross is set to meet with Lionsgate officials on Monday to resume negotiations"),
   ("The Hollywood Reporter", "indirect", "assertion", "According to", "two major sticking points are salary (Ross apparently wants a raise) and schedule, with The Hunger Games set to begin filming in August"),
  ],
  "neutral": ["Despite reports last week that said Gary Ross would definitely not be returning to direct The Hunger Games sequel", "in their disappointment that Ross would not return for Catching Fire", "What do you think about Ross returning"]},
 "1_2ecb": {"source": (ECB, "1_2ecb", None), "published": None,
  "entities": {"Jack Ketsoyan": (P, ["A publicist", "Jack Ketsoyan", "He", "he"])},
  "statements": [
   ("Jack Ketsoyan", "indirect", "assertion", "says", "Tara Reid has checked herself into rehab"),
   ("Jack Ketsoyan", "indirect", "assertion", "said", "the `` American Pie '' star went to the Promises Treatment Center"),
   ("Jack Ketsoyan", "direct", "assertion", "said", "We appreciate your respect to her and her family's privacy at this time,"),
  ],
  "neutral": ["He did not specify what she was being treated for or when she entered the facility"]},
 "13_7ecbplus": {"source": (ECB, "13_7ecbplus", None), "published": None,
  "entities": {"City of Palmer": (O, ["the City of Palmer", "City of Palmer"])},
  "statements": [
   ("City of Palmer", "indirect", "assertion", "according to", "The building is a total loss"),
  ],
  "neutral": ["No injuries reported", "someone called 911 to and reported a fire", "anyone with knowledge of the fire is asked to call"]},
 "2_4ecbplus": {"source": (ECB, "2_4ecbplus", None), "published": None,
  "entities": {"Ellen DeGeneres": (P, ["Ellen DeGeneres", "DeGeneres"]),
               "Zadan and Meron": (G, ["Zadan and Meron", "Zadan", "Meron"]),
               "Boone Isaacs": (P, ["Newly elected Academy President Boone Isaacs", "Boone Isaacs"]),
               "Paul Lee": (P, ["ABC Entertainment Group president Paul Lee", "Paul Lee"])},
  "statements": [
   ("Ellen DeGeneres", "direct", "assertion", "writing", "It's official: I'm hosting the #Oscars!\nI'd like to thank @TheAcademy, my wife Portia and, oh dear, there goes the orchestra."),
   ("Ellen DeGeneres", "direct", "assertion", "said", "I am so excited to be hosting the Oscars for the second time.\nYou know what they say - - the third time's the charm,"),
   ("Zadan and Meron", "direct", "assertion", "added", "We are thrilled to have Ellen DeGeneres host the Oscars."),
   ("Boone Isaacs", "direct", "assertion", "said", "I agreed with Craig and Neil immediately that Ellen is the ideal host for this year's show."),
   ("Paul Lee", "direct", "assertion", "said", "It is an honor to welcome back Ellen DeGeneres as the host of the biggest entertainment celebration of the year."),
  ],
  "neutral": ["announced the news Friday morning on Twitter", "signals that the Academy's next awards show will have a decidedly different tone"]},
 "12_2ecbplus": {"source": (ECB, "12_2ecbplus", None), "published": None,
  "entities": {"the Defence PRO": (O, ["A statement from the Defence PRO", "the Defence PRO", "the statement"])},
  "statements": [
   ("the Defence PRO", "indirect", "assertion", "says", "the incident happened yesterday when INS Sukanya was escorting a group of merchant vessels"),
   ("the Defence PRO", "indirect", "assertion", "said", "After a brief skirmish, two of them managed to flee the area but three boats were captured by INS Sukanya", "the statement = the Defence PRO's (its author)"),
  ],
  "neutral": []},
 "27_5ecbplus": {"source": (ECB, "27_5ecbplus", None), "published": None,
  "entities": {"Microsoft": (O, ["Microsoft", "The software manufacturer"]),
               "Dustin Childs": (P, ["Microsoft's Dustin Childs", "Dustin Childs"]),
               "Dana Tamir": (P, ["Director at security company Trusteer, Dana Tamir", "Dana Tamir"]),
               "users": (G, ["Users"])},
  "statements": [
   ("Microsoft", "indirect", "assertion", "said", "the bug, related to the browser's memory, could affect all versions of IE6 to 10 as hackers could set up websites to exploit the vulnerability and run malicious code on users' computers"),
   ("Dustin Childs", "indirect", "request", "advised", "set internet and local security zone settings to 'high' to block ActiveX controls and active scripting apart from adding sites they trust to the IE trusted sites zone", "relayed by the BBC (According to): the innermost source speaks"),
   ("Dana Tamir", "indirect", "assertion", "said", "the patch is a temporary workaround, like applying a Band - Aid to a wound"),
   ("users", "indirect", "assertion", "have complained", "they were repeatedly receiving update installation messages even after they had already done so", "relayed by the report (the BBC's)"),
  ],
  "neutral": ["Microsoft has reportedly issued a patch"]},
 "6_6ecbplus": {"source": (ECB, "6_6ecbplus", None), "published": None,
  "entities": {"The Hollywood Reporter": (O, ["THR"]),
               "The Playlist": (O, ["Indiewire's blog The Playlist", "The Playlist"]),
               "Nikki Finke and Mike Fleming": (G, ["Deadline. com's Nikki Finke and Mike Fleming", "Nikki Finke", "Mike Fleming", "who"])},
  "statements": [
   ("The Hollywood Reporter", "indirect", "assertion", "According to", "Ross will resume negotiating with Lionsgate about returning for the \"Games\" sequel \"Catching Fire\" at some point on Monday"),
   ("The Playlist", "indirect", "assertion", "reported", "the director had stepped away from negotiations with Lionsgate, not because of any monetary strife, but because Ross wanted to do something different for his next film"),
   ("Nikki Finke and Mike Fleming", "indirect", "assertion", "wrote", "Ross hadn't stepped away, and that Lionsgate wanted him to return but for a reasonable price"),
   ("The Hollywood Reporter", "mixed", "assertion", "Per", "the negotiations between the two parties are \"delicate, \" but a deal could get done soon"),
  ],
  "neutral": ["Negotiations Reportedly Continue", "Ross was reportedly paid $3 million"]},
 "12_13ecb": {"source": (ECB, "12_13ecb", None), "published": None,
  "entities": {"the Defence Ministry": (O, ["the Defence Ministry", "a Defence Ministry statement", "the statement"])},
  "statements": [
   ("the Defence Ministry", "indirect", "assertion", "said", "The Indian navy captured 23 pirates in the Gulf of Aden after rescuing a merchant vessel that was being hijacked on Saturday"),
   ("the Defence Ministry", "indirect", "assertion", "said", "The Indian INS Mysore was patrolling the waters when it received a distress call from Ethiopian-flagged MV Gibe saying two boats were closing in and firing"),
   ("the Defence Ministry", "direct", "assertion", None, "On sighting the helicopter and Mysore, the boats disengaged from MV Gibe and attempted escape.\nMysore closed the vessels and ordered them to stop.", "quoted paragraph with no cue: continues the ministry's statement"),
   ("the Defence Ministry", "indirect", "assertion", "said", "Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni nationals as well as arms and equipment", "the statement = the ministry's"),
  ],
  "neutral": ["saying two boats were closing in and firing"]},
 "7_11ecbplus": {"source": (ECB, "7_11ecbplus", None), "published": None,
  "entities": {"Wladimir Klitschko": (P, ["Wladimir Klitschko", "Klitschko"])},
  "statements": [
   ("Wladimir Klitschko", "direct", "assertion", "said", "Thompson was not so easy to box.\nI'm satisfied,"),
  ],
  "neutral": []},
}


def main() -> None:
    write_gold(A, D)


if __name__ == "__main__":
    main()
