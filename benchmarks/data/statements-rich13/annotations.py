"""Hand annotations of statements-rich13 (written before any hearsay run on these texts; issue 14, round 26).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich13/annotations.py`` to (re)write the gold files and
articles.tsv (then ``feed`` is added from select.py). Rules: docs/annotation.md, the READMEs of
statements-rich .. rich12, and the round-26 relayed-source convention (speaker the source, the
relaying outlet in ``via``).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "28_8ecb": {"source": (ECB, "28_8ecb", None), "published": None,
  "entities": {"The Washington Post": (O, ["the Washington Post", "Washington Post", "the Post"]),
               "the Times": (O, ["the Times", "the Times obituary", "Times"])},
  "statements": [
   ("The Washington Post", "indirect", "assertion", "reports", "W. Mark Felt, Sr., the number 2 man at the FBI during the Watergate scandal, died yesterday from Alzheimer's disease at a hospice near his home in Santa Rosa, California"),
   ("the Times", "indirect", "assertion", "According to", "even Woodward was shocked at this; he had gaurded the secret so zealously that even his partner Carl Bernstein did not meet Felt until earlier this year"),
   ("the Times", "indirect", "assertion", "points out", "in May 1972 Feld had been passed over by Nixon as Edgar Hoover's successor to run the bureau", "a document's source is its organisation: the Times obituary"),
  ],
  "neutral": ["Felt never revealed why he leaked details on the Watergate break-in and cover up to Woodward"]},
 "13_22ecb": {"source": (ECB, "13_22ecb", None), "published": None,
  "entities": {"Larry Kroon": (P, ["the Rev. Larry Kroon of the Wasilla Bible Church", "the Rev. Larry Kroon", "Rev. Larry Kroon", "Larry Kroon", "Kroon"]),
               "authorities": (G, ["authorities"]),
               "James Steele": (P, ["Fire Chief James Steele", "James Steele", "Steele"])},
  "statements": [
   ("Larry Kroon", "direct", "assertion", "said", "We have no idea what caused it,"),
   ("Larry Kroon", "indirect", "assertion", "adding", "investigators were considering arson and other possible causes"),
   ("authorities", "indirect", "assertion", "said", "Damage to the Wasilla Bible Church was estimated at $1 million"),
   ("James Steele", "indirect", "assertion", "according to", "No one was injured in the fire, which was presumably set Friday night while a handful of people, including two children, were inside"),
  ],
  "neutral": ["Arson is suspected", "She visited the church after the fire to apologize for any tie in with her recent national political exposure"]},
 "26_10ecbplus": {"source": (ECB, "26_10ecbplus", None), "published": None,
  "entities": {"Newsday": (O, ["Newsday", "the newspaper"]),
               "Joe Coffey": (P, ["ex - NYPD organized crime detective Joe Coffey", "Joe Coffey", "Coffey"]),
               "Al Quintero": (P, ["Bureau of Prisons spokesman Al Quintero", "Al Quintero", "Quintero"])},
  "statements": [
   ("Newsday", "indirect", "assertion", "reported", "The former driver for late Mafia boss Vito Genovese, Gigante rose to the head of the crime family that bears Genovese's name"),
   ("Joe Coffey", "direct", "assertion", "said", "He was the last of the old - school bosses,"),
   ("Al Quintero", "indirect", "assertion", "said", "Gigante died early Monday of apparent heart disease at the U. S. medical center for federal prisoners in Springfield, Mo"),
   ("Newsday", "indirect", "assertion", "said", 'It is the same prison where mobsters John Gotti, Anthony "Fat Tony" Salerno and Anthony "Tony Ducks" Corallo also died', "'the newspaper' = Newsday"),
  ],
  "neutral": ["earned him the nickname", "pretending he was mentally ill", "plead guilty to charges he feigned mental illness in the 1990s"]},
 "21_11ecbplus": {"source": (ECB, "21_11ecbplus", None), "published": None,
  "entities": {"NYPD": (O, ["police", "an NYPD release", "NYPD"]),
               "a bystander": (P, ["a bystander", "bystander"])},
  "statements": [
   ("NYPD", "indirect", "assertion", "say", "he struck and killed a woman in Queens last night"),
   ("NYPD", "indirect", "assertion", "According to", "59 - year - old Raj Chohan was walking along parked cars on 117th Street near 97th Avenue at around 7 p. m. last night when 23 - year - old Vishwanand Subryan struck Chohan with his 2013 Toyota Camry as he was traveling north", "a document's source is its organisation: an NYPD release"),
   ("a bystander", "direct", "assertion", "told", "They drive reckless around here,"),
   ("a bystander", "direct", "assertion", None, "Always reckless.", "cue-less continuation after the cue"),
  ],
  "neutral": []},
 "14_1ecb": {"source": (ECB, "14_1ecb", None), "published": None,
  "entities": {"Waitrose": (O, ["A statement from Waitrose", "Waitrose"]),
               "Surrey Police": (O, ["Surrey Police", "police"])},
  "statements": [
   ("Waitrose", "indirect", "assertion", "said", "damage to the building had been extensive but the store would be rebuilt"),
   ("Surrey Police", "indirect", "assertion", "said", "firefighters, along with two fire tenders, and police officers would remain at the scene until Monday"),
  ],
  "neutral": ["which is being treated by police as `` potentially suspicious ''"]},
 "24_2ecbplus": {"source": (ECB, "24_2ecbplus", None), "published": None,
  "entities": {"a police source": (P, ["A police source", "police source"]),
               "Gérard Bénézat": (P, ["Gérard Bénézat, the store's insurer", "Gérard Bénézat", "Bénézat", "the store's insurer"])},
  "statements": [
   ("a police source", "indirect", "assertion", "said", "the men drove a large four - by - four car into the store at around 4. 30am and grabbed jewellery and luxury watches worth an estimated two million euros (£1. 7 million)"),
   ("Gérard Bénézat", "direct", "assertion", "told", "They are absolutely not afraid of anything,"),
   ("Gérard Bénézat", "direct", "assertion", None, "It's become almost routine and yet everyone knows what needs to be done to be protected.", "cue-less continuation line"),
  ],
  "neutral": []},
 "3_5ecb": {"source": (ECB, "3_5ecb", None), "published": None,
  "entities": {"The Atlanta Journal-Constitution": (O, ["The Atlanta Journal-Constitution", "The Journal-Constitution", "Atlanta Journal-Constitution"]),
               "James Bodiford": (P, ["Superior Court Judge James Bodiford", "James Bodiford", "Bodiford"]),
               "Brian Nichols": (P, ["Brian Nichols", "Nichols", "the convicted killer"])},
  "statements": [
   ("The Atlanta Journal-Constitution", "indirect", "assertion", "reported", "Superior Court Judge James Bodiford sentenced Nichols to seven consecutive life sentences and four sentences of life without parole for the March 11, 2005, incident that left four people dead"),
   ("James Bodiford", "direct", "assertion", "said", "You'll be pleased to know that I'm not going to lecture too much this morning,"),
   ("James Bodiford", "direct", "assertion", None, "I'm not going to express outrage and I'm not going to express any feelings might have. The jury has spoken and I respect the jury. I think the jury did everything it could to come up with a unanimous sentence.", "cue-less continuation"),
   ("The Atlanta Journal-Constitution", "indirect", "assertion", "said", "Nichols, who also received an additional sentence of 485 years, offered a show of remorse before his sentence was announced Saturday"),
   ("Brian Nichols", "direct", "assertion", "said", "I am sorry. I just want to say that I will not bring dishonor to the decision to spare my life,"),
  ],
  "neutral": ["Nichols was convicted of overpowering a sheriff's deputy"]},
 "4_11ecbplus": {"source": (ECB, "4_11ecbplus", None), "published": None,
  "entities": {"Harlan Boll": (P, ["Williams' publicist, Harlan Boll", "Harlan Boll", "Boll", "Williams' publicist"])},
  "statements": [
   ("Harlan Boll", "indirect", "assertion", "confirmed", "her death", "NP complement of an active cue"),
  ],
  "neutral": ['was promoted as "the girl you will dream about! "']},
 "33_6ecbplus": {"source": (ECB, "33_6ecbplus", None), "published": None,
  "entities": {"Seth Goldman": (P, ["prosecutor Seth Goldman", "Seth Goldman", "Goldman"])},
  "statements": [
   ("Seth Goldman", "direct", "assertion", "said", "Zurana Horton became a victim of the senseless gang violence that plagues Brooklyn,"),
  ],
  "neutral": ["The video shows Horton, a mother of 12, on the street near a school immediately prior to the shooting",
              "It was said throughout the investigation and trial", "Carrasquillo allegedly ordered Lopez to shoot",
              "A Brooklyn jury has returned a guilty verdict"]},
 "32_4ecbplus": {"source": (ECB, "32_4ecbplus", None), "published": None,
  "entities": {"Friends of Kathryn Jenkin": (G, ["Friends of Kathryn Jenkin", "Friends"]),
               "Gill Sandford": (P, ["Gill Sandford, dean of the Faculty of Creative and Cultural Industries", "Gill Sandford", "Sandford"])},
  "statements": [
   ("Friends of Kathryn Jenkin", "mixed", "assertion", "described", "bright and much - liked student.", "only the quoted fragment is reported"),
   ("Gill Sandford", "direct", "assertion", "said", "The university's staff and students are extremely sad to hear of the untimely death of Katie Jenkin."),
   ("Gill Sandford", "direct", "assertion", None, "She was a bright, much - liked and promising student and our thoughts are with her family.", "a paragraph re-opening the quotation (flattened)"),
   ("Gill Sandford", "direct", "assertion", None, "As a close community we will come together to support our colleagues and students at this difficult time.", "a paragraph re-opening the quotation (flattened)"),
  ],
  "neutral": ["after the court heard he was deemed a risk to himself and potentially to others"]},
 "12_7ecbplus": {"source": (ECB, "12_7ecbplus", None), "published": None,
  "entities": {"Manohar Nambiar": (P, ["Captain Manohar Nambiar, chief PRO (Defence)", "Captain Manohar Nambiar", "Manohar Nambiar", "Nambiar"])},
  "statements": [
   ("Manohar Nambiar", "direct", "assertion", "said", "The warship immediately altered towards the suspicious vessels and challenged them.\nWhile two of them managed to escape, INS Sukanya successfully intercepted the remaining three and carried out boarding - and - search action,"),
   ("Manohar Nambiar", "indirect", "assertion", "said", "The Navy confiscated 14 AK - 47 rifles, 31 magazines and 923 rounds from the boat along with grapnels, ladders and rope - handling gloves"),
  ],
  "neutral": []},
 "2_6ecbplus": {"source": (ECB, "2_6ecbplus", None), "published": None,
  "entities": {"the producers": (G, ["the producers of the Academy Awards telecast", "The producers", "the producers", "Craig Zadan and Neil Meron"]),
               "Ellen DeGeneres": (P, ["Ellen DeGeneres", "Ms. DeGeneres", "DeGeneres"])},
  "statements": [
   ("the producers", "indirect", "assertion", "announced", "Ellen DeGeneres would return next year to host the annual Oscar ceremony"),
   ("Ellen DeGeneres", "direct", "assertion", "released a jokey response", "I am so excited to be hosting the Oscars for the second time.\nYou know what they say — the third time’ s the charm.", "the speaker is the pronoun 'she'; 'they say' is nested in the quotation"),
  ],
  "neutral": ["her performance as the host of the show in 2007 was widely praised"]},
 "18_11ecb": {"source": (ECB, "18_11ecb", None), "published": None,
  "entities": {"Vancouver Police": (O, ["Vancouver Police", "police"]),
               "Tim Fanning": (P, ["Police Const. Tim Fanning", "Const. Tim Fanning", "Tim Fanning", "Fanning"]),
               "State police": (O, ["State police"]),
               "the ATF spokesman": (P, ["a federal spokesman", "federal spokesman", "The spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives", "The spokesman"]),
               "The Oregonian": (O, ["TheOregonian newspaper", "TheOregonian", "The Oregonian"])},
  "statements": [
   ("Vancouver Police", "indirect", "assertion", "say", "the disgruntled man burst into the workplace during the party and opened fire"),
   ("Vancouver Police", "direct", "assertion", "said", "The suspect, a 61-year-old man, entered the business, which had at least a dozen people inside enjoying a Christmas party,"),
   ("Tim Fanning", "indirect", "assertion", "said", "the gunman came in around 4 p.m. local time"),
   ("Tim Fanning", "direct", "assertion", "said", "Police locked down the neighbourhood and negotiated with the suspect, who gave himself up to police just after 6 p.m.,"),
   ("State police", "indirect", "assertion", "say", "a bomb exploded at an Oregon bank after it was evacuated and at least one bomb technician was injured"),
   ("the ATF spokesman", "indirect", "assertion", "confirming", "a bomb detonated at West Coast Bank in Woodburn", "'TheOregonian newspaper quotes a federal spokesman confirming that ...': the spokesman relayed by the newspaper", ["The Oregonian"]),
   ("the ATF spokesman", "indirect", "assertion", "said", "at least one bomb technician had been injured"),
   ("The Oregonian", "indirect", "assertion", "reports", "the bank had been evacuated before the bomb detonated", "the cue is run into the name in the text: 'TheOregonianreports'"),
  ],
  "neutral": []},
 "1_6ecb": {"source": (ECB, "1_6ecb", None), "published": None,
  "entities": {"Jack Ketsoyan": (P, ["Jack Ketsoyan, Tara Reid's representative", "Jack Ketsoyan", "Ketsoyan", "Tara Reid's representative"])},
  "statements": [
   ("Jack Ketsoyan", "indirect", "assertion", "confirms", "the Perennial Party Girl, has herself checked into Promises Treatment Centre", "'Talking to People magazine': People is the listener"),
   ("Jack Ketsoyan", "indirect", "request", "Asking", "to respect her and her family's privacy"),
  ],
  "neutral": ["did not reveal what the star", "is being supported in her decision to enter rehab"]},
 "6_5ecb": {"source": (ECB, "6_5ecb", None), "published": None,
  "entities": {"EW.com": (O, ["EW.com"]),
               "a source": (P, ["a source"]),
               "Summit Entertainment": (O, ["Summit Entertainment", "Summit", "The studio"]),
               "Rob Friedman": (P, ["Summit CEO Rob Friedman", "Rob Friedman", "Friedman"])},
  "statements": [
   ("EW.com", "indirect", "assertion", "reports", "Weitz has been tapped by Summit Entertainment to helm New Moon, based on the second book in Stephenie Meyer's phenomenon-inducing franchise"),
   ("a source", "direct", "assertion", "said", "He's the quality-of-life-choice,"),
   ("Summit Entertainment", "indirect", "assertion", "says", "no deal has been signed yet, but the official announcement could be coming as soon as this weekend"),
   ("Summit Entertainment", "indirect", "intention", "wants", "New Moon in theaters and Edward-loving butts in the seats in 2010"),
   ("Summit Entertainment", "indirect", "assertion", "has said", "it will not rush production before the script (the initial draft of which Hardwicke supposedly had problems with) is the best it can be"),
   ("Rob Friedman", "direct", "assertion", "told", "This is not a rush job,"),
   ("Rob Friedman", "direct", "assertion", None, "The movie only gets released when it's finished. I'd like it to be next year, but we're not going to put out a bad movie to hit a release date.", "cue-less continuation line"),
  ],
  "neutral": ["buzz that Hardwicke, while ultratalented, is rough to work with", "is known to be a pretty genial chap"]},
}


FLAT = {"28_8ecb", "21_11ecbplus", "3_5ecb", "32_4ecbplus", "18_11ecb"}  # select.py's picks 0, 3, 6, 9, 12


def main() -> None:
    write_gold(A, D)
    # a ninth column says how each text is stored (flat: line breaks made spaces, as scraped);
    # a flattened text's headline cell is its first 80 characters
    rows = (D / "articles.tsv").read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tfeed"]
    for r in rows[1:]:
        cells = r.split("\t")
        if cells[0] in FLAT:
            cells[6] = cells[6][:80]
        out.append("\t".join(cells + ["flat" if cells[0] in FLAT else ""]))
    (D / "articles.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
