"""Hand annotations of statements-ecb (written before any hearsay run on these texts).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-ecb/annotations.py`` to (re)write the gold files.
"""
import json
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import neutral_of, statements_of  # noqa: E402  (benchmarks/data/statements_gold.py)
P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "21_2ecb": {
  "entities": {"WCCO-TV": (O, ["WCCO-TV", "WCCO-TV Channel 4", "the station", "station", "the report", "report"]),
               "police": (G, ["Police", "police"])},
  "statements": [
   ("WCCO-TV", "indirect", "evidence", "according to", "A woman died Wednesday night after being struck by a hit-and-run driver outside a store in Bloomington", "a report from WCCO-TV as source"),
   ("WCCO-TV", "indirect", "assertion", "reported", "The woman was walking in a crosswalk outside the Sam's Club at 200 W. American Blvd. around 7 p.m. when she was hit"),
   ("WCCO-TV", "indirect", "assertion", "reported", "Police pulled the 36-year-old driver over a few blocks away"),
   ("WCCO-TV", "indirect", "evidence", "according to", "The victim, who was in her 60s, was taken to Hennepin County Medical Center in Minneapolis, where she was pronounced dead"),
   ("WCCO-TV", "indirect", "assertion", "reported", "when the driver was arrested, he was uncooperative and officers had to use a Taser to subdue him"),
   ("police", "indirect", "belief", "believe", "the driver was drinking at the time of the crash", "via WCCO-TV"),
  ]},
 "18_11ecbplus": {
  "entities": {"authorities": (G, ["authorities"]), "police": (G, ["Police", "police"]),
               "Robert J Pickell": (P, ["Genesee County Sheriff Robert J Pickell", "Robert J Pickell", "Pickell"]),
               "James Gage": (P, ["Undersheriff James Gage", "James Gage", "Gage"]),
               "witnesses": (G, ["Witnesses", "Some witnesses", "witnesses"]),
               "Charles Craft": (P, ["Troy Police Chief Charles Craft", "Charles Craft", "Craft"]),
               "Ilene Wolfe": (P, ["Beaumont Hospital spokeswoman Ilene Wolfe", "Ilene Wolfe", "Wolfe"]),
               "Bill Adgate": (P, ["Bill Adgate", "Adgate"])},
  "statements": [
   ("authorities", "indirect", "assertion", "said", "A man suspected of shooting three people, killing one, at a suburban Detroit accounting firm from which he was fired last week was arrested after a high - speed chase a few hours after the attack this morning"),
   ("police", "indirect", "assertion", "said", "they had located Anthony LaCalamita, 38, on the Interstate 75 highway, north of the office building where the shootings took place"),
   ("Robert J Pickell", "indirect", "assertion", "said", "Sheriff's deputies and state police chased him for 48km, including through a construction zone, at speeds up to 193km / h before he finally pulled over after about 15 minutes"),
   ("James Gage", "direct", "assertion", "said", "He probably realised if he didn't, he was going to be shot,"),
   ("Robert J Pickell", "indirect", "assertion", "said", "LaCalamita said nothing after officers surrounded him"),
   ("Robert J Pickell", "mixed", "assertion", "describing", "subdued.\nVery, very, very subdued"),
   ("Robert J Pickell", "indirect", "assertion", "said", "Officers found a 12 - gauge pump - action shotgun and three live shells in the vehicle"),
   ("witnesses", "indirect", "assertion", "said", "the shooter used a shotgun or a rifle", "via Gerry Scherlinck"),
   ("witnesses", "indirect", "assertion", "told", "when the shooter walked into the office on the building's second floor at about 10am today, he looked as if he was trying to hide something", "via Charles Craft"),
   ("Charles Craft", "direct", "assertion", "said", "I'm not positive all three of the people were targeted, but there appeared to be some purpose,"),
   ("Ilene Wolfe", "indirect", "assertion", "said", "The families of the two wounded men requested \"total privacy\", and the hospital would not release any details about their conditions"),
   ("Ilene Wolfe", "indirect", "assertion", "said", "the third victim died on the way to the hospital", "She = the spokeswoman"),
   ("police", "indirect", "request", "told", "stay in their offices"),
   ("Bill Adgate", "indirect", "assertion", "said", "he had hunkered down inside the office for a couple of hours with furniture pushed up against the door"),
   ("Bill Adgate", "indirect", "assertion", "said", "police told the group to stay put until officers allowed them to leave", "He = Adgate"),
   ("Bill Adgate", "direct", "assertion", "said", "It's tough.\nI want to get out,"),
  ],
  "neutral": ["Police could not say how many shots were fired", "a recording said the offices were closed"]},
 "13_20ecb": {
  "entities": {"authorities": (G, ["Authorities", "authorities"]),
               "Anchorage Daily News": (O, ["Anchorage Daily News", "this morning's Anchorage Daily News"]),
               "James Steele": (P, ["James Steele", "Steele"])},
  "statements": [
   ("authorities", "indirect", "belief", "suspect", "arson is the cause of a fire that caused an estimated $1 million in damage to Gov. Sarah Palin's church", "via Anchorage Daily News"),
   ("James Steele", "indirect", "assertion", "said", "Firefighters were called to Wasilla Bible Church about 9:40 p.m. and found flames and smoke coming out windows at the back of the three-story structure"),
   ("James Steele", "indirect", "assertion", "said", "Five women, and possibly a couple of children, were inside the church working on crafts, but everyone got out safely after a fire alarm alerted them to trouble"),
   ("James Steele", "indirect", "assertion", "said", "as many as 35 to 40 volunteer firefighters came from across the region to battle the blaze"),
  ]},
 "3_7ecbplus": {
  "entities": {"Texas Department of Criminal Justice": (O, ["Texas Department of Criminal Justice", "Texas prison statement", "a Texas prison statement", "the statement from the Texas Department of Criminal Justice", "the statement"])},
  "statements": [
   ("Texas Department of Criminal Justice", "indirect", "assertion", "according to", "A Texas inmate escaped from a prison van near Houston after pulling a gun on two guards who were transporting him between prisons", "a press statement is the department's assertion"),
   ("Texas Department of Criminal Justice", "indirect", "assertion", "said", "Arcade Joseph Comeaux Jr., 49, ran away on foot with the guards' guns and wearing one of their gray correctional officer uniforms"),
   ("Texas Department of Criminal Justice", "indirect", "assertion", "said", "Comeaux was serving a life sentence for indecency with a child, aggravated sexual assault and two counts of aggravated assault with a deadly weapon", "it = the statement"),
   ("Texas Department of Criminal Justice", "indirect", "assertion", "said", "The escape happened near Baytown, Texas, about 25 miles east of Houston", "it = the statement"),
  ]},
 "16_8ecbplus": {
  "entities": {"authorities": (G, ["authorities", "Authorities"]),
               "Larry Waldie": (P, ["Undersheriff Larry Waldie", "Larry Waldie", "Waldie"]),
               "Lee Baca": (P, ["Los Angeles County Sheriff Lee Baca", "Lee Baca", "Baca"]),
               "Vanette Christiansen": (P, ["sheriff’ s Sgt. Vanette Christiansen", "Sgt. Vanette Christiansen", "Vanette Christiansen", "Christiansen"])},
  "statements": [
   ("authorities", "indirect", "assertion", "said", "A 35 - year - old sheriff’ s deputy working with an anti - gang unit was killed Friday when he knocked on the door of a home and someone shot him in the head"),
   ("Larry Waldie", "indirect", "assertion", "told", "Deputy Jerry Ortiz had gone to the home to speak to a woman there as part of a gang investigation when he was attacked"),
   ("Larry Waldie", "indirect", "assertion", "said", "Ortiz probably died instantly"),
   ("Larry Waldie", "direct", "assertion", "said", "Someone came out either nearby or from the residence and put a bullet through his head,"),
   ("Lee Baca", "indirect", "intention", "made plans", "return to Southern California immediately"),
   ("Larry Waldie", "indirect", "assertion", "said", "The deputy, who was wed about three weeks ago, is survived by his wife and two sons, ages 16 and 6"),
   ("authorities", "indirect", "assertion", "said", "they believe they know the identity of the shooter, although the person was not immediately taken into custody"),
   ("Vanette Christiansen", "indirect", "assertion", "said", "A passer - by who found the wounded deputy shortly after 3 p. m. called the Lakewood sheriff’ s station to report the shooting"),
   ("Vanette Christiansen", "direct", "assertion", "said", "Our Lakewood units responded out and in fact we found a deputy who works our gang enforcement team who had gunshot wounds,", "she = Christiansen"),
  ]},
 "32_8ecb": {
  "entities": {"Bristol District Attorney's office": (O, ["Bristol District Attorney's office", "The Bristol District Attorney's office", "Bristol District Attorney"]),
               "Jeffrey Silva": (P, ["Police Lt. Jeffrey Silva", "Jeffrey Silva", "Silva"])},
  "statements": [
   ("Bristol District Attorney's office", "indirect", "assertion", "said", "35-year-old Gary Gomes was arrested at another house where he was found barricaded with a third person"),
   ("Jeffrey Silva", "indirect", "assertion", "said", "the landlord's son found the bodies after entering the second-floor apartment on Tuesday afternoon to investigate the odor"),
  ]},
 "28_11ecbplus": {
  "entities": {"Biloxi Sun Herald": (O, ["Biloxi Sun Herald", "the Biloxi Sun Herald", "Sun Herald"]),
               "officials": (G, ["officials"]),
               "Fred LaRue": (P, ["Fred LaRue", "LaRue"])},
  "statements": [
   ("Biloxi Sun Herald", "indirect", "assertion", "reported", "LaRue was 75"),
   ("officials", "indirect", "assertion", "said", "He was found dead, reportedly of natural causes, in his room at the Sun Tan Motel Tuesday morning"),
   ("Fred LaRue", "mixed", "assertion", "called", "congenital liar"),
   ("Fred LaRue", "indirect", "assertion", "insisted", "Nixon had no knowledge of the plans"),
   ("Fred LaRue", "indirect", "assertion", "denied", "he or any one individual could have been such a figure", "he = LaRue (the previous subject)"),
  ],
  "neutral": ["Fred LaRue, a Richard Nixon White House aide and key player in the Watergate scandal, was found dead in his room at a Biloxi, Miss., motel, it was reported Wednesday",
              "the shadowy character believed to have helped two Washington Post reporters crack a bevy of Nixon - era secrets"]},
 "12_18ecb": {
  "entities": {"Indian Navy": (O, ["Indian Navy", "The Indian Navy", "navy spokesman", "A navy spokesman"]),
               "BBC": (O, ["BBC", "the BBC"]),
               "Bill Gortney": (P, ["U.S. Navy Vice Adm. Bill Gortney", "Bill Gortney", "Gortney", "a high-level U.S. naval commander", "high-level U.S. naval commander"]),
               "piracy monitor": (G, ["a piracy monitor", "piracy monitor"]),
               "Andrew Mwangura": (P, ["Andrew Mwangura", "Mwangura"])},
  "statements": [
   ("Indian Navy", "indirect", "assertion", "said", "it had captured 23 pirates as they tried to board an Ethiopian-flagged vessel in the Gulf of Aden"),
   ("BBC", "indirect", "assertion", "reported", "The pirates were Somali and Yemeni"),
   ("Indian Navy", "indirect", "assertion", "said", "the Indians responded to a distress call from the MV Gibe and caught the pirates in the act", "an unnamed spokesman: the organisation"),
   ("Bill Gortney", "indirect", "assertion", "said", "attacking Somali ports probably wouldn't be effective in battling rampant piracy", "the commander is named in the next sentence"),
   ("Bill Gortney", "indirect", "assertion", "said", "there would many difficulties in attacking land bases in an effort to curtail piracy"),
   ("Bill Gortney", "indirect", "assertion", "maintained", "civilian casualties could be high in such attacks because pirates would be hard to identify"),
   ("Bill Gortney", "indirect", "request", "suggested", "shippers employ armed guards to protect their vessels from hijackings", "he = Gortney"),
   ("piracy monitor", "indirect", "assertion", "told", "Somali pirates Saturday released a Greek chemical tanker, the MV Action, they had held since October"),
   ("Andrew Mwangura", "direct", "assertion", None, "She is currently limping to safe waters (and) it is feared that three crew members lost their lives under questionable circumstances,", "quote followed by the name, no verb (truncated text)"),
  ]},
 "8_1ecb": {
  "entities": {"officials": (G, ["officials"]),
               "Gregg Hastings": (P, ["Lt. Gregg Hastings", "Gregg Hastings", "Lieutenant Hastings", "Hastings"]),
               "police": (G, ["police", "The police", "the police", "State police", "state police"]),
               "Robert Sznewajs": (P, ["Robert Sznewajs", "Mr. Sznewajs", "Sznewajs"]),
               "Federal authorities": (G, ["Federal authorities"])},
  "statements": [
   ("officials", "indirect", "assertion", "said", "A bomb explosion at a bank killed a police officer and a state bomb disposal technician, and state police did not have any suspects"),
   ("Gregg Hastings", "direct", "assertion", "said", "That person is dangerous and needs to be found as soon as possible,"),
   ("police", "indirect", "assertion", "said", "the investigation led them to the nearby West Coast office where the bomb was found"),
   ("Gregg Hastings", "indirect", "assertion", "said", "he did not know of any grudges against the West Coast Bank"),
   ("Robert Sznewajs", "direct", "assertion", "said", "We're not aware of anything,"),
   ("police", "indirect", "assertion", "said", "the inside of the bank was extensively damaged, and a female employee was treated at a hospital and released"),
   ("Gregg Hastings", "indirect", "assertion", "indicated", "it was powerful"),
   ("Gregg Hastings", "indirect", "assertion", "said", "he did not know why the officers took the bomb inside"),
   ("Federal authorities", "indirect", "assertion", "said", "they were offering a $35,000 reward for information leading to an arrest and conviction in the case"),
  ],
  "neutral": ["The police would not discuss a possible motive for the bombing", "declined to describe the bomb in detail", "a statement echoed by its president and chief executive, Robert Sznewajs"]},
 "22_14ecbplus": {
  "entities": {"police": (G, ["police", "Police"]), "authorities": (G, ["authorities"]),
               "Yvonne Hiller": (P, ["Yvonne Hiller", "Hiller"]),
               "James Clark": (P, ["Philadelphia Homicide Capt. James Clark", "James Clark", "Clark"]),
               "Janice Leader": (P, ["Cpl. Janice Leader", "Janice Leader", "Leader"])},
  "statements": [
   ("police", "indirect", "assertion", "said", "A Kraft Foods plant worker who had been suspended for feuding with colleagues, then escorted from the building, returned minutes later with a handgun, found her foes in a break room and executed two of them with a single bullet each and critically wounded a third"),
   ("police", "indirect", "assertion", "said", "Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co - workers at the northeast Philadelphia plant"),
   ("Yvonne Hiller", "indirect", "request", "told", "leave", "She = Hiller"),
   ("James Clark", "indirect", "assertion", "said", "She then opened fire on the others"),
   ("James Clark", "direct", "assertion", "said", "She believed they were spraying chemicals at her, saying things behind her back,"),
   ("police", "indirect", "assertion", "said", "After leaving the break room, Hiller went down a hallway and fired shots at the supervisor who had suspended her and at a mechanic who was using a walkie - talkie to alert police and co - workers to her whereabouts"),
   ("authorities", "indirect", "assertion", "said", "Hiller finally went to a second - floor office and called police to tell them what she had done"),
   ("Janice Leader", "indirect", "assertion", "told", "Hiller called 911, saying \"I'm the one you're looking for\" and reporting that she had been harassed at work"),
   ("Janice Leader", "indirect", "assertion", "said", "she told Hiller to put the gun down and place her hands on her head so officers wouldn't take any aggressive action against her"),
  ]},
 "6_8ecbplus": {
  "entities": {"Gary Ross": (P, ["Gary Ross", "Ross", "Filmmaker", "The director", "Hunger Games director Gary Ross"]),
               "Los Angeles Times": (O, ["Los Angeles Times", "the Los Angeles Times"]),
               "Los Angeles Times sources": (G, ["the newspaper's sources", "newspaper's sources", "sources"])},
  "statements": [
   ("Gary Ross", "indirect", "assertion", "says", "he cannot commit to production schedule for 'Catching Fire'", "headline"),
   ("Los Angeles Times", "indirect", "assertion", "reports", "Hunger Games director Gary Ross will not helm the adaptation of Catching Fire, the second book in Suzanne Collins' trilogy"),
   ("Los Angeles Times sources", "indirect", "assertion", "According to", "Ross was in negotiations to direct the sequel, but was not able to come to an agreement over scheduling and compensation", "via Los Angeles Times"),
   ("Gary Ross", "direct", "assertion", "said", "Despite recent speculation in the media, and after difficult but sincere consideration, I have decided not to direct Catching Fire,"),
   ("Gary Ross", "direct", "assertion", None, "As a writer and a director, I simply don't have the time I need to write and prep the movie I would have wanted to make because of the fixed and tight production schedule.", "continuation paragraph"),
   ("Gary Ross", "indirect", "assertion", "denied", "his talks with the studio, Lionsgate, hit a snag"),
   ("Gary Ross", "direct", "assertion", None, "Contrary to what has been reported, negotiations with Lionsgate have not been problematic.\nThey have also been very understanding of me through this difficult decision.", "continuation paragraph"),
  ]},
 "1_13ecbplus": {
  "entities": {"Mark Heller": (P, ["Mark Heller", "Heller", "lawyer", "her lawyer Mark Heller"]),
               "Associated Press": (O, ["Associated Press", "the Associated Press", "the news wire", "news wire"])},
  "statements": [
   ("Mark Heller", "indirect", "assertion", "says", "Lindsay Lohan checks into rehab to begin 90 - day stint", "headline"),
   ("Associated Press", "indirect", "assertion", "reported", "it remains unclear whether a judge will accept her placement at the center, whose location was not revealed publicly"),
   ("Mark Heller", "indirect", "assertion", "quoting", "prosecutors have not approved it yet", "via Associated Press", ["Associated Press"]),
   ("Associated Press", "indirect", "assertion", "said", "One of them told the judge he needed more time to investigate the place and the judge has given him a May 10 deadline"),
  ]},
 "19_15ecb": {
  "entities": {"court source": (G, ["a court source", "court source", "the same source", "the court source"]),
               "charge sheet": (G, ["the charge sheet", "charge sheet"]),
               "Epaminondas Korkoneas": (P, ["Epaminondas Korkoneas", "Mr Korkoneas", "Korkoneas", "The officer"]),
               "Vassilios Saraliotis": (P, ["Vassilios Saraliotis", "Mr Saraliotis", "Saraliotis"]),
               "ballistics tests": (G, ["Ballistics tests", "Ballistics tests conducted in the wake of the 15-year-old's post-mortem"]),
               "forensic experts": (G, ["forensic experts", "forensic experts and independent experts acting for the Grigoropoulos family", "independent experts acting for the Grigoropoulos family"])},
  "statements": [
   ("court source", "indirect", "assertion", "said", "A GREEK police officer has been formally charged with voluntary homicide over the killing of a teenager that sparked nationwide riots"),
   ("court source", "indirect", "assertion", "said", "The officer's partner, Vassilios Saraliotis, 31, was charged with being an accomplice and will also remain in custody"),
   ("charge sheet", "indirect", "evidence", "According to", "Mr Korkoneas killed Grigoropoulos on Sunday during a clash with around 30 youths in the central Athens district of Exarchia, an incident which sparked this week's violence"),
   ("Epaminondas Korkoneas", "indirect", "assertion", "indicated", "he had acted out of self defence when the group began throwing firebombs and other objects while shouting they `` were going to kill them ''", "via the court source"),
   ("Epaminondas Korkoneas", "indirect", "assertion", "said", "he took out his revolver and fired two or three times in the air out of self defence"),
   ("Epaminondas Korkoneas", "indirect", "assertion", "said", "he had not aimed his gun at the victim who died from a ricochet"),
   ("ballistics tests", "indirect", "evidence", "showed", "the shooting may have been caused by a ricochet bullet", "via legal sources"),
   ("forensic experts", "mixed", "assertion", "According to", "the bullet `` is a bit deformed, which showed the bullet touched a hard surface '' before entering the boy's chest"),
   ("Vassilios Saraliotis", "indirect", "assertion", "said", "he acted out of self defence during the unrest which triggered five days of rioting in Athens and elsewhere across Greece"),
  ]},
 "23_5ecbplus": {
  "entities": {"New Zealand police": (G, ["police", "police there"]),
               "Dave Gaskin": (P, ["Police inspector Dave Gaskin", "Dave Gaskin", "Inspector Gaskin", "Gaskin"]),
               "Foreign Office": (O, ["Foreign Office", "A Foreign Office spokeswoman", "Foreign Office spokeswoman"]),
               "Press Association": (O, ["Press Association", "the Press Association news agency", "Press Association news agency"]),
               "local media": (G, ["local media", "local media reports"])},
  "statements": [
   ("New Zealand police", "indirect", "assertion", "said", "A British climber has fallen 2, 000ft to his death on a mountain in New Zealand"),
   ("Dave Gaskin", "indirect", "assertion", "said", "Mr Buckley was well equipped at the time but was an inexperienced climber"),
   ("Foreign Office", "direct", "assertion", "said", "We are aware of the death of a British man in New Zealand.\nWe are providing consular assistance at this time.", "an unnamed spokeswoman: the organisation"),
   ("Press Association", "indirect", "assertion", "says", "Mr Buckley, originally from Essex in the UK, lived in New Zealand"),
   ("local media", "indirect", "evidence", "according to", "His body was recovered by a team of rescuers on Sunday afternoon after attempts on Saturday were unsuccessful"),
   ("Dave Gaskin", "indirect", "assertion", "said", "the deaths were a reminder that climbers needed to use extreme caution"),
   ("Dave Gaskin", "direct", "assertion", "told", "I can't speak for the first death but in this case it looks like to be a lack of experience,", "he = Gaskin"),
  ],
  "neutral": ["Three climbers with Mr Buckley were said to have been rescued"]},
 "27_1ecbplus": {
  "entities": {"Microsoft": (O, ["Microsoft", "The software giant", "the company"]),
               "Dana Tamir": (P, ["Dana Tamir", "Ms Tamir", "Tamir"]),
               "Dustin Childs": (P, ["Microsoft's Dustin Childs", "Dustin Childs", "Childs"]),
               "customers": (G, ["Customers"])},
  "statements": [
   ("Microsoft", "indirect", "assertion", "said", "the bug, which relates to the browser's memory, could affect all versions of IE6 to 10"),
   ("Microsoft", "indirect", "assertion", "said", "Attackers could set up websites specifically designed to exploit the vulnerability"),
   ("Microsoft", "indirect", "assertion", "said", "Targeted attacks directed at IE8 and 9 had already been reported", "it = Microsoft"),
   ("Dana Tamir", "direct", "assertion", "told", "This is a serious vulnerability potentially affecting millions of Windows computers,"),
   ("Dana Tamir", "direct", "assertion", "said", "Hackers are already exploiting this so I hope Microsoft produces a full patch within a few days,", "she = Tamir"),
   ("Dustin Childs", "indirect", "request", "advised", "set internet and local security zone settings to \"high\" to block ActiveX controls and active scripting"),
   ("Dustin Childs", "indirect", "request", "recommended", "changing IE settings to prompt users before running active scripting"),
   ("Dustin Childs", "mixed", "assertion", "said", "doing this \"may affect usability\""),
   ("Microsoft", "indirect", "assertion", "said", "It is not being rolled out automatically and is not intended to be a replacement for scheduled security updates"),
   ("Dana Tamir", "direct", "assertion", "said", "This temporary workaround is like applying a Band - Aid to a wound,"),
   ("Microsoft", "indirect", "assertion", "admitted", "it had been forced to rewrite four of its security updates just three days after they had been issued"),
   ("customers", "indirect", "assertion", "reported", "receiving repeated demands to install the updates even after they had already done so"),
  ]},
 "2_3ecbplus": {
  "entities": {"Academy": (O, ["the Academy", "Academy"]),
               "Craig Zadan and Neil Meron": (G, ["producers Craig Zadan and Neil Meron", "Craig Zadan and Neil Meron", "Craig Zadan", "Neil Meron"]),
               "Ellen DeGeneres": (P, ["Ellen DeGeneres", "DeGeneres"])},
  "statements": [
   ("Academy", "indirect", "assertion", "announced", "Ellen DeGeneres will host the Oscars for a second time next year"),
   ("Craig Zadan and Neil Meron", "direct", "assertion", "said", "We are thrilled to have Ellen DeGeneres host the Oscars,"),
   ("Ellen DeGeneres", "direct", "assertion", "announced", "It's official: I'm hosting the #Oscars!\nI'd like to thank @TheAcademy, my wife Portia and, oh dear, there goes the orchestra."),
   ("Ellen DeGeneres", "direct", "assertion", "added", "I am so excited to be hosting the Oscars for the second time.\nYou know what they say - the third time's the charm,", "she = DeGeneres"),
  ]},
}


def main() -> None:
    rows = []
    for doc, a in A.items():
        text = (D / f"{doc}.txt").read_text(encoding="utf-8")
        lines = text.splitlines()
        about = lines[1] if lines[0].startswith("http") else lines[0]
        ents = [{"name": n, "type": t, "aliases": al} for n, (t, al) in a["entities"].items()]
        sts = statements_of(doc, text, a)
        neutral = neutral_of(doc, text, a, "sourceless, negated, passive or echoed")
        gold = {"about": about, "source": {"corpus": "ECB+ (CC BY 3.0)", "file": doc}, "published": None,
                "entities": ents, "statements": sts, "neutral": neutral}
        (D / f"{doc}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        types: dict[str, int] = {}
        for st in sts:
            types[st["type"]] = types.get(st["type"], 0) + 1
        topic = doc.split("_")[0]
        rows.append("\t".join([doc, "dev", topic, "", str(len(sts)), ",".join(f"{k}:{v}" for k, v in sorted(types.items())), about]))
    (D / "articles.tsv").write_text("doc_id\tsplit\ttopic\tpublished\tstatements\ttypes\theadline\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(A)} articles, {sum(len(a['statements']) for a in A.values())} statements")


if __name__ == "__main__":
    main()
