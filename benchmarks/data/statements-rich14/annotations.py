"""Hand annotations of statements-rich14 (written before any hearsay run on these texts; issue 14, round 28).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich14/annotations.py`` to (re)write the gold files and
articles.tsv (then ``feed`` is added from select.py). Rules: docs/annotation.md, the READMEs of
statements-rich .. rich13, and the round-26 relayed-source convention (speaker the source, the
relaying outlet or person in ``via``).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "2_2ecbplus": {"source": (ECB, "2_2ecbplus", None), "published": None,
  "entities": {"Ellen DeGeneres": (P, ["Ellen DeGeneres", "DeGeneres"])},
  "statements": [
   ("Ellen DeGeneres", "direct", "assertion", "tweeted", "It's official: I'm hosting the #Oscars!"),
   ("Ellen DeGeneres", "direct", "assertion", None, "I'd like to thank @TheAcademy, my wife Portia and, oh dear, there goes the orchestra.", "cue-less continuation after the cue"),
   ("Ellen DeGeneres", "direct", "assertion", "said", "I am so excited to be hosting the Oscars for the second time,"),
  ],
  "neutral": ["the Academy has asked her to do it twice", "whose hosting of the 2013 Academy Awards was divisive"]},
 "13_2ecb": {"source": (ECB, "13_2ecb", None), "published": None,
  "entities": {"Larry Kroon": (P, ["The Rev. Larry Kroon", "Rev. Larry Kroon", "Larry Kroon"]),
               "Sarah Palin": (P, ["Alaska Gov. Sarah Palin", "Sarah Palin", "The former Republican vice presidential candidate"]),
               "Church officials": (G, ["Church officials"])},
  "statements": [
   ("Larry Kroon", "indirect", "assertion", "said", "some parishioners were in the church on Nicola Avenue at the time the fire was noticed but no one was injured"),
   ("Sarah Palin", "mixed", "assertion", "apologize", "in any way connected to the undeserved negative attention the church has received", "her quoted words inside an apology; the content is the fragment"),
   ("Church officials", "indirect", "intention", "said", "they expect to hold services at the Wasilla Middle School for the foreseeable future during repairs"),
  ],
  "neutral": ["suspected as arson", "by suspected arson"]},
 "1_12ecbplus": {"source": (ECB, "1_12ecbplus", None), "published": None,
  "entities": {"Terry White": (P, ["Prosecutor Terry White", "Terry White"]),
               "Mark Heller": (P, ["Lohan’ s lawyer Mark Heller", "Mark Heller"]),
               "Millicent Tidwell": (P, ["California Department of Alcohol and Drug Program deputy director Millicent Tidwell", "Millicent Tidwell"])},
  "statements": [
   ("Mark Heller", "mixed", "assertion", "said", "she was “ensconced in the bosom” of Morningside Recovery in Newport Beach"),
   ("Terry White", "direct", "assertion", "told", "I hear she’ s on her way to LAX and getting on a flight back to New York.", "the cue's clause is interrupted by a dash clause holding Heller's statement"),
   ("Millicent Tidwell", "direct", "assertion", "told", "The facility that Lindsay is now in, that’ s not a licensed residential drug treatment center,"),
  ],
  "neutral": ["Lohan reportedly pulled up to Morningside", "her alleged check in"]},
 "4_8ecbplus": {"source": (ECB, "4_8ecbplus", None), "published": None,
  "entities": {"Lorenzo Lamas": (P, ["Lamas' son, actor Lorenzo Lamas", "actor Lorenzo Lamas", "Lorenzo Lamas"])},
  "statements": [
   ("Lorenzo Lamas", "direct", "assertion", "tweeted", "My stepmom Esther Williams passed peacefully this morning.", "the quotation is never closed in the text"),
  ],
  "neutral": ["The self - described \"Million Dollar Mermaid, \"", "a frankness and self - deprecating humor that delighted interviewers"]},
 "33_2ecb": {"source": (ECB, "33_2ecb", None), "published": None,
  "entities": {"one gentleman": (P, ["one gentleman", "The man"]),
               "Timmons' best friend": (P, ["Timmons' 16 year-old best friend", "He", "he", "The teen"]),
               "Jerymayne Timmons": (P, ["16 year-old Jerymayne Timmons", "Jerymayne Timmons", "Timmons"])},
  "statements": [
   ("one gentleman", "indirect", "assertion", "claimed", "someone had pushed and shoved him inside"),
   ("Timmons' best friend", "indirect", "assertion", "said", "the .32-caliber gun was nicknamed `` Shaq '' referencing the Shaquille O'Neal's jersey number"),
   ("Timmons' best friend", "indirect", "assertion", "told", "Timmons had asked him to tell police they were together until about 9 p.m. on the night of the shooting"),
   ("Jerymayne Timmons", "indirect", "request", "asked", "to tell police they were together until about 9 p.m. on the night of the shooting", "a nested speaker: Timmons' request, relayed by his friend's testimony", ["Timmons' best friend"]),
   ("Timmons' best friend", "indirect", "assertion", "confessed", "he had only been playing basketball with him until about 5: 00 on the night of May 29th"),
  ],
  "neutral": ["talked about the community gun described in a police statement", "The teen did tell police that originally", "Jurors also heard testimony"]},
 "23_6ecbplus": {"source": (ECB, "23_6ecbplus", None), "published": None,
  "entities": {"police": (O, ["police"]),
               "Dave Gaskin": (P, ["Police Inspector Dave Gaskin", "Dave Gaskin", "Gaskin", "He"])},
  "statements": [
   ("police", "indirect", "assertion", "confirmed", "ONE Australian and one English climber have fallen to their deaths in New Zealand"),
   ("Dave Gaskin", "indirect", "assertion", "said", "the two incidents on consecutive days in the Aoraki - Mt. Cook National Park were not related and were not due to bad weather"),
   ("Dave Gaskin", "indirect", "assertion", "said", "they come as a reminder that climbers need to use extreme caution"),
   ("Dave Gaskin", "indirect", "assertion", "said", "other climbers attempted to rescue Rait by taking him down the glacier, but that he died on the way down"),
   ("Dave Gaskin", "indirect", "assertion", "said", "Buckley was wearing crampons but was inexperienced"),
  ],
  "neutral": []},
 "21_5ecbplus": {"source": (ECB, "21_5ecbplus", None), "published": None,
  "entities": {"NYPD": (O, ["the NYPD", "NYPD", "police"]),
               "the initial investigation": (G, ["An initial investigation of the scene", "initial investigation of the scene"])},
  "statements": [
   ("NYPD", "indirect", "assertion", "according to", "An allegedly intoxicated driver who tried to flee after striking and fatally injuring a woman in Queens has been charged in her murder"),
   ("NYPD", "indirect", "assertion", "said", "Police responded to the Richmond Hill crash on the corner of 117th Street and 97th Avenue at 7: 01 p. m. on Friday to find the unconscious Raj K. Chohan, 59, of College Point, lying in the roadway"),
   ("the initial investigation", "indirect", "evidence", "revealed", "Chohan had been walking alongside the parked cars on 117th Street when she was struck by a vehicle heading northbound", "a finding is the evidence noun's, via the reporter (ecb 19_15ecb's ballistics tests, rich's autopsy; corrected after the blind run)", ["NYPD"]),
   ("NYPD", "indirect", "assertion", "said", "The driver took off after the accident, but witnesses identified the vehicle as a grey 2013 Toyota Camry and Vishwanand Subryan, 23, of Schenectady, was identified and arrested not far from the scene"),
   ("NYPD", "indirect", "assertion", "said", "An investigation into the crime is still ongoing"),
  ],
  "neutral": ["Allegedly Drunk Driver"]},
 "6_7ecb": {"source": (ECB, "6_7ecb", None), "published": None,
  "entities": {},
  "statements": [],
  "neutral": ["it's not official yet", "the announcement will be made for the hiring decision"]},
 "3_8ecb": {"source": (ECB, "3_8ecb", None), "published": None,
  "entities": {"Brian Nichols": (P, ["Brian Nichols", "Nichols"]),
               "James Bodiford": (P, ["Superior Court Judge James Bodiford", "James Bodiford"])},
  "statements": [
   ("Brian Nichols", "direct", "assertion", "told", "I will not bring dishonor to the decision to spare my life,"),
   ("James Bodiford", "direct", "assertion", "said", "I'm giving you the maximum -- every day I could give you,"),
   ("James Bodiford", "direct", "assertion", None, "If I could give you more, I would.", "cue-less continuation on the next line"),
   ("Brian Nichols", "direct", "assertion", "said", "I know that the things that I've done caused a lot of pain, and I am sorry."),
  ],
  "neutral": ["Nichols had offered to plead guilty in return for life behind bars"]},
 "14_5ecb": {"source": (ECB, "14_5ecb", None), "published": None,
  "entities": {"Surrey Police": (O, ["Surrey Police", "A Surrey Police spokeswoman", "Surrey Police spokeswoman"])},
  "statements": [
   ("Surrey Police", "direct", "assertion", "said", "Surrey Police and Surrey Fire and Rescue are currently at the scene of a large fir e at a Waitrose Store in High Street, Banstead, which is being treated as potentially suspicious.", "an unnamed spokesperson speaks for the organisation (rich3, rich6, rich7, ecb; corrected after the blind run)"),
   ("Surrey Police", "direct", "assertion", None, "Police were alerted to a fire on the roof at 8.49pm this evening.", "quoted paragraphs re-opened with no cue continue the speaker"),
   ("Surrey Police", "direct", "assertion", None, "The fire has progressed rapidly through the store which is almost totally destroyed."),
   ("Surrey Police", "direct", "assertion", None, "Local road closures close to the high street have been put in place and residents living close to the fire are currently being evacuated."),
   ("Surrey Police", "direct", "assertion", None, "Around 10 fire service pumps are in attendance at the scene. No one is believed to be injured at this time."),
   ("Surrey Police", "direct", "request", None, "People are asked to avoid the high street area if at all possible."),
  ],
  "neutral": ["Anyone with information is asked to call police"]},
 "12_11ecbplus": {"source": (ECB, "12_11ecbplus", None), "published": None,
  "entities": {"a defence spokesperson": (P, ["a defence spokesperson", "defence spokesperson"])},
  "statements": [
   ("a defence spokesperson", "direct", "assertion", "said", "The incident occurred around 9. 25 am when five boats were seen approaching the vessels...\nSeeing the warship headed in their direction, the skiffs tried to escape.\nWhile two of them managed to flee, boarding - and - search operations were carried out on the other three,"),
   ("a defence spokesperson", "direct", "assertion", None, "We also managed to find grapnels, ladders and rope - handling gloves, which are proof that those caught were pirates.", "cue-less continuation"),
  ],
  "neutral": []},
 "18_14ecb": {"source": (ECB, "18_14ecb", None), "published": None,
  "entities": {"Tim Fanning": (P, ["Vancouver police Const.\nTim Fanning", "Tim Fanning", "Fanning"]),
               "John Christie": (P, ["John Christie, head of house production for Paperny Films", "John Christie", "Christie"])},
  "statements": [
   ("Tim Fanning", "direct", "assertion", "told", "A man who apparently had just been let go from his job there came in, shot and killed another man,", "the parser's sentence split cuts the name after 'Const.'"),
   ("Tim Fanning", "direct", "assertion", None, "There was at least a dozen other people on the scene.\nThey managed to get out.", "cue-less continuation"),
   ("Tim Fanning", "direct", "assertion", None, "Our negotiators got on the phone with him right away, and fortunately were able to talk him down from his very, very excited and upset state."),
   ("Tim Fanning", "indirect", "assertion", "said", "no one else was injured"),
   ("John Christie", "indirect", "assertion", "said", "they were planning to hold an office party upstairs when someone heard shots fired"),
   ("John Christie", "direct", "assertion", "said", "We have been asked by the police to stay away from the windows and we've been forced to go downstairs,"),
  ],
  "neutral": ["were told at 5: 30 p.m. local time to leave the premises"]},
 "1_3ecb": {"source": (ECB, "1_3ecb", None), "published": None,
  "entities": {"Jack Ketsoyan": (P, ["her publicist, Jack Ketsoyan", "Jack Ketsoyan", "Ketsoyan"]),
               "Matthew O'Connor": (P, ["Reunion Pictures' Matthew O'Connor", "Matthew O'Connor", "O'Connor"]),
               "Tara Reid": (P, ["Tara Reid", "The 33-year-old Reid", "Reid", "the Taradise star"])},
  "statements": [
   ("Jack Ketsoyan", "indirect", "assertion", "according to", "The American Pie actress and velvet-rope fixture has checked into Promises Treatment Center in Malibu"),
   ("Jack Ketsoyan", "direct", "request", "said", "We appreciate your respect to her and her family's privacy at this time,", "an implicit request for privacy"),
   ("Matthew O'Connor", "direct", "assertion", "told", "Tara was 100 percent professional,"),
   ("Matthew O'Connor", "direct", "assertion", None, "She came in totally prepared every day.", "cue-less continuation"),
   ("Matthew O'Connor", "direct", "assertion", "said", "Absolutely not,"),
   ("Matthew O'Connor", "direct", "assertion", None, "She was better than fine - great.", "cue-less continuation"),
   ("Tara Reid", "mixed", "assertion", "described herself", "a social drinker.", "only the quoted fragment is reported"),
   ("Tara Reid", "direct", "assertion", "said", "I've done enough of everything for a lifetime! I partied. I had fun. I ate and drank and dated a million guys, but I'm so happy with where I am right now. I don't need to do any of that anymore."),
  ],
  "neutral": ["Ketsoyan did not say what Reid is being treated for"]},
 "13_6ecbplus": {"source": (ECB, "13_6ecbplus", None), "published": None,
  "entities": {"Palmer officials": (G, ["Palmer officials"]),
               "John Owen": (P, ["John Owen, the city's public safety director", "John Owen", "Owen"])},
  "statements": [
   ("Palmer officials", "indirect", "assertion", "according to", "The old Matanuska Maid dairy building in Palmer was nearly destroyed by a fire early Tuesday morning"),
   ("John Owen", "indirect", "assertion", "says", "dispatchers got a call shortly after 3: 30 a. m. Tuesday that the vacated building was on fire"),
   ("John Owen", "indirect", "assertion", "says", "the building will likely be a total loss"),
  ],
  "neutral": ["No one was believed to be inside the building"]},
 "21_2ecbplus": {"source": (ECB, "21_2ecbplus", None), "published": None,
  "entities": {"Investigators": (G, ["Investigators"]),
               "Police": (O, ["Police", "They"]),
               "people in the neighborhood": (G, ["people in the neighborhood"]),
               "Eyewitness News": (O, ["Eyewitness News"]),
               "Mahadeo Rambrich": (P, ["Mahadeo Rambrich, a witness", "Mahadeo Rambrich", "Rambrich", "one man"]),
               "residents": (G, ["residents"])},
  "statements": [
   ("Investigators", "indirect", "assertion", "say", "59 - year old Raj Chohan was hit while walking along parked cars at 97th Avenue and 117th Street in Richmond Hill at about 7 p. m"),
   ("Police", "indirect", "assertion", "say", "she was struck by a grey Toyota Camry heading north on 117th Street, which then fled the scene"),
   ("people in the neighborhood", "indirect", "assertion", "has learned from", "the victim is originally from Punjab, India", "the outlet relays what it learned from its sources", ["Eyewitness News"]),
   ("Mahadeo Rambrich", "indirect", "assertion", "says", "he called 911 after he heard a crash", "'one man who says' = Rambrich, named two lines on"),
   ("Mahadeo Rambrich", "direct", "assertion", "said", "I see a person lying down.\nThis is a mom, a female, and then I dialed 911,"),
   ("Mahadeo Rambrich", "direct", "assertion", "said", "Not responding.\nShe was unconscious,"),
   ("residents", "indirect", "assertion", "describe", "it as peaceful and quiet", "'describe X as Y': the object and its predicate"),
  ],
  "neutral": ["What did the person look like when you saw her lying on the ground?"]},
}


FLAT = {"2_2ecbplus", "4_8ecbplus", "21_5ecbplus", "14_5ecb", "1_3ecb"}  # select.py's picks 0, 3, 6, 9, 12


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
