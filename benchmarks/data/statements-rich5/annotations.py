"""Hand annotations of statements-rich5 (written before any hearsay run on these texts; issue 14 round 13).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich5/annotations.py`` to (re)write the gold files and
articles.tsv (ninth column ``feed``: ``moji`` = the evaluation feeds the UTF-8 bytes read as
cp1252, ``flat`` = stored with its line breaks already made spaces, empty = as is; the rule is in
select.py). Same format and rules as statements-rich..rich4 (docs/annotation.md).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, MT, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

RE3D_C = "re3d (Dstl; CENTCOM part, public domain)"
RE3D_U = "re3d (Dstl; UK Government part, OGL v3.0)"
P, O, G = "PERSON", "ORG", "GROUP"
FEED = {"1_5ecbplus": "moji", "re3d_centcom_F7AC57DBBAD0284C8C0DE6566B9B5C29": "moji",
        "29_9ecb": "flat", "13_1ecb": "flat", "27_4ecb": "flat"}

A: dict = {
 "7_1ecbplus": {"source": (ECB, "7_1ecbplus", None), "published": None,
  "entities": {"Wladimir Klitschko": (P, ["Wladimir Klitschko", "Klitschko"]),
               "Emanuel Steward": (P, ["Emanuel Steward", "Steward"]),
               "Tony Thompson": (P, ["Tony Thompson", "Thompson"])},
  "statements": [
   ("Wladimir Klitschko", "direct", "assertion", "said", "Thompson was not so easy to box.\nI'm satisfied, "),
   ("Emanuel Steward", "direct", "assertion", "said", "Tony Thompson is very hard to hit, "),
   ("Emanuel Steward", "direct", "assertion", None, "Tony was watching Wladimir's right hand all night. "),
   ("Tony Thompson", "direct", "assertion", "said", "I got caught but I'm OK, "),
   ("Tony Thompson", "direct", "assertion", None, "He's strong and he's world heavyweight champion for a reason. "),
  ],
  "neutral": []},
 "1_5ecbplus": {"source": (ECB, "1_5ecbplus", None), "published": None,
  "entities": {"Mark Jay Heller": (P, ["Lindsay Lohan’ s attorney", "Mark Jay Heller", "Heller", "Lawyer"]),
               "a state official": (P, ["a state official"]),
               "TMZ": (O, ["Celebrity website TMZ", "TMZ"]),
               "James R. Dabney": (P, ["Superior Court Judge James R. Dabney", "James R. Dabney"])},
  "statements": [
   ("Mark Jay Heller", "indirect", "assertion", None, "Lindsay Lohan checks into California rehab", "headline 'Lawyer: ...' (colon attribution)"),
   ("Mark Jay Heller", "indirect", "assertion", "said", "the actress checked into a California rehab facility"),
   ("a state official", "indirect", "assertion", "said", "it is unlicensed to perform the type of restrictive in - patient treatment a judge required the actress to receive in a misdemeanor driving case"),
   ("Mark Jay Heller", "indirect", "assertion", "told", "Lohan was settling in at Morningside Recovery"),
   ("Mark Jay Heller", "indirect", "assertion", "argued", "the actress should be allowed to stay until a judge approves her placement"),
   ("Mark Jay Heller", "direct", "assertion", "argued", "My client is ensconced in the bosom of that facility right now,"),
   ("Mark Jay Heller", "direct", "assertion", None, "She’ s in rehab right now.\nNothing bad is going to happen."),
   ("TMZ", "indirect", "assertion", "reported", "Lohan was shopping at an electronics store while her attorney was in court and that she never entered Morningside"),
   ("James R. Dabney", "indirect", "assertion", "agreed", "Lohan should remain at Morningside", "the judge's position in the hearing"),
  ],
  "neutral": ["a prosecutor objected to Lohan’ s choice of facilities"]},
 "1_11ecb": {"source": (ECB, "1_11ecb", None), "published": None,
  "entities": {"Reid's rep": (P, ["the American Pie star's rep", "Reid's rep"]),
               "Tara Reid": (P, ["Tara Reid", "Reid", "she"])},
  "statements": [
   ("Reid's rep", "indirect", "assertion", "confirmed", "Tara Reid has entered a rehab program"),
   ("Reid's rep", "direct", "assertion", "told", "Tara Reid has checked herself into Promises Treatment Center, "),
   ("Reid's rep", "direct", "assertion", None, "We appreciate your respect to her and her family's privacy at this time. "),
   ("Tara Reid", "direct", "assertion", "said", "It was a mess, "),
   ("Tara Reid", "direct", "assertion", None, "I didn't know it was going to ruin my career.\nPeople forget I've done, like, 20 movies.\nI'm not just a party girl."),
   ("Tara Reid", "mixed", "assertion", "told", "she was a `` social drinker '' who's no longer tempted to fall back into her old habits"),
   ("Tara Reid", "direct", "assertion", None, "No.\nI've done it.\nTrust me.\nI've done enough for a lifetime of everything.\nI've had a great time.\nI partied.\nI had fun.\nI ate and drank whatever.\nI dated a million guys, but I'm so happy with where I'm at right now.\nI don't need to do anything anymore. ", "the quotation the colon after 'told People' opens"),
  ],
  "neutral": ["No specific reason or addiction was given for her treatment"]},
 "29_9ecb": {"source": (ECB, "29_9ecb", None), "published": None,
  "entities": {"Peyton Manning": (P, ["Peyton Manning", "Manning"]),
               "Tony Dungy": (P, ["Colts coach Tony Dungy", "Tony Dungy"])},
  "statements": [
   ("Peyton Manning", "direct", "assertion", "said", "It was a funny game, we were completing some passes but we were down 14-0, "),
   ("Peyton Manning", "direct", "assertion", None, "The crowd were into it and Jacksonville is always tough here at home. "),
   ("Peyton Manning", "direct", "assertion", None, "It's been a very different season. For us to win eight in a row, it was what we had to do, we had no choice but to do that and have a chance to get into the play-offs. "),
   ("Peyton Manning", "direct", "assertion", None, "You never take winning for granted. It's hard to win one game and it's extremely hard to win eight in a row like we did. "),
   ("Tony Dungy", "direct", "assertion", "added", "It's been a long fight back from (starting the year) 3-4. "),
   ("Tony Dungy", "direct", "assertion", None, "I like where we are right now. Peyton Manning was unbelievable, and our defense made some plays in the fourth quarter when they had to. "),
  ],
  "neutral": ["Manning was full of praise of the side"]},
 "6_8ecb": {"source": (ECB, "6_8ecb", None), "published": None,
  "entities": {"Summit Entertainment": (O, ["a studio", "Summit Entertainment", "`` Twilight '' studio Summit Entertainment"]),
               "Entertainment Weekly": (O, ["an entertainment magazine", "Entertainment Weekly", "Entertainment Weekly's `` Hollywood Insider ''"]),
               "a studio representative": (P, ["a studio representative"]),
               "a second representative": (P, ["a second representative"])},
  "statements": [
   ("Summit Entertainment", "indirect", "assertion", "saying", "there's no news to report"),
   ("Entertainment Weekly", "indirect", "assertion", "claiming", "Chris Weitz is getting behind the `` Twilight '' steering wheel"),
   ("Entertainment Weekly", "direct", "assertion", "is reporting", "There will be a new director atop the 'Twilight' franchise: and he'll be a man, "),
   ("Entertainment Weekly", "direct", "assertion", None, "Sources tell EW.com that Summit Entertainment is about to hire Chris Weitz ('The Golden Compass') as the shepherd for 'New Moon,' the second installment of Stephenie Meyer's best-selling 'Twilight' series. "),
   ("Summit Entertainment", "indirect", "assertion", "According to", "the deal remains unconsummated"),
   ("a studio representative", "direct", "assertion", "told", "No, it is not official, "),
   ("a studio representative", "direct", "assertion", None, "We are not confirming anything at this point.\nHe is not signed on as the director. "),
   ("a second representative", "direct", "assertion", "echoed", "We are not confirming, "),
  ],
  "neutral": ["the film's director was told her services would no longer be required for the sequels", "this much seems certain"]},
 "re3d_centcom_F7AC57DBBAD0284C8C0DE6566B9B5C29": {"source": (RE3D_C, "centcom/F7AC57DBBAD0284C8C0DE6566B9B5C29", None), "published": None,
  "entities": {"The Defense Department": (O, ["The Defense Department", "a DoD news release", "the release"]),
               "Ash Carter": (P, ["Defense Secretary Ash Carter", "Ash Carter", "Carter", "The secretary"]),
               "Combined Joint Task Force - Operation Inherent Resolve": (O, ["a Combined Joint Task Force - Operation Inherent Resolve news release", "Combined Joint Task Force - Operation Inherent Resolve"]),
               "Stephen J. Townsend": (P, ["Army Lt. Gen. Stephen J. Townsend", "Stephen J. Townsend"])},
  "statements": [
   ("The Defense Department", "indirect", "assertion", "according to", "Navy Senior Chief Petty Officer Scott C. Dayton, 42, of Woodbridge, Virginia, died Nov. 24 in northern Syria, of wounds sustained in an improvised explosive device blast"),
   ("The Defense Department", "indirect", "assertion", "said", "Dayton, who was supporting Operation Inherent Resolve, was assigned to Explosive Ordnance Disposal Mobile Unit Two, which is based in Virginia Beach, Virginia"),
   ("Ash Carter", "direct", "assertion", "said", "I am deeply saddened by the news on this Thanksgiving Day that one of our brave service members has been killed in Syria while protecting us from the evil of ISIL,"),
   ("Ash Carter", "direct", "assertion", None, "It is a painful reminder of the dangers our men and women in uniform face around the world to keep us safe."),
   ("Ash Carter", "direct", "request", "added", "Please keep this service member's family, friends and teammates in your thoughts and prayers, and this Thanksgiving I hope you will join me in expressing thanks to all of our dedicated troops who selflessly protect us every day."),
   ("Combined Joint Task Force - Operation Inherent Resolve", "indirect", "assertion", "according to", "Dayton was mortally wounded in the vicinity of Ayn Issa in northern Syria"),
   ("Stephen J. Townsend", "direct", "assertion", "said", "The entire counter-ISIL coalition sends our condolences to this hero's family, friends and teammates,"),
   ("Stephen J. Townsend", "direct", "request", None, "On this Thanksgiving, please be thankful that there are service members willing to take up the fight to protect our homeland from ISIL's hateful and brutal ideology."),
  ],
  "neutral": ["Defense Secretary Ash Carter offered his condolences to Dayton’s family, friends and other loved ones"]},
 "9_4ecbplus": {"source": (ECB, "9_4ecbplus", None), "published": None,
  "entities": {"the Union of Concerned Scientists": (O, ["the Union of Concerned Scientists", "UCS"]),
               "1, 300 biologists and three scientific societies": (G, ["1, 300 biologists and three scientific societies"]),
               "Francesca Grifo": (P, ["Francesca Grifo"])},
  "statements": [
   ("the Union of Concerned Scientists", "indirect", "assertion", "according to", "The rule change was just one of several controversial Bush administration actions that undermined the scientific foundation of the Endangered Species Act"),
   ("1, 300 biologists and three scientific societies", "indirect", "request", "urging", "overturn the last - minute Bush rule changes", "letters urging the departments (addressee left out)"),
   ("Francesca Grifo", "direct", "assertion", "statement", "Several last - minute Bush administration regulatory changes have undermined the scientific foundation of the Endangered Species Act, and today the Obama administration has begun to repair the damage.\nThe message from tens of thousands of scientists around the country is clear: These unwarranted changes fundamentally undermine our ability to protect imperiled plants and animals."),
   ("Francesca Grifo", "direct", "assertion", None, "Today, the Obama administration restored critical checks and balances to protect our nation's biodiversity.\nInterior Secretary Salazar's decision is a long - awaited first step.\nBut there is much more to be done.\nThe Obama administration must thoroughly review how science is used to ensure that our nation's imperiled species have a chance to survive—and thrive. "),
  ],
  "neutral": []},
 "13_1ecb": {"source": (ECB, "13_1ecb", None), "published": None,
  "entities": {"Sarah Palin": (P, ["Sarah Palin", "she", "Ms Palin", "Mrs Palin"]),
               "James Steele": (P, ["the Central Mat-Su fire chief, James Steele", "James Steele", "Mr Steele", "he"]),
               "Bill McAllister": (P, ["Her spokesman, Bill McAllister", "Bill McAllister"]),
               "authorities": (G, ["authorities"]),
               "Larry Kroon": (P, ["The pastor, Larry Kroon", "Larry Kroon", "he"])},
  "statements": [
   ("Sarah Palin", "mixed", "assertion", "apologised", "if the fire was connected to `` undeserved negative attention '' from her failed campaign as the Republican vice-presidential nominee"),
   ("James Steele", "indirect", "assertion", "said", "No one was hurt in the fire on Friday night although a handful of people, including two children, were inside the Wasilla Bible Church"),
   ("Bill McAllister", "direct", "assertion", "said", "Whatever the motives of the arsonist, the Governor has faith in the scriptural passage that what was intended for evil will in some way be used for good. "),
   ("James Steele", "indirect", "assertion", "said", "the blaze was being treated as arson, but he did not know of any threats to the church"),
   ("James Steele", "direct", "assertion", "said", "It's hard to say at this point. Everything is just speculation, "),
   ("James Steele", "direct", "assertion", None, "We have no information on intent or motive. "),
   ("authorities", "indirect", "assertion", "said", "Damage to the church was estimated at $US1 million ($1.52 million)"),
   ("James Steele", "indirect", "assertion", "said", "the fire was lit at the entrance and moved inward as a small group of women were working on crafts"),
   ("Larry Kroon", "direct", "assertion", "said", "There are so many variables, "),
   ("Larry Kroon", "direct", "assertion", None, "I don't want to comment in that direction. "),
  ],
  "neutral": ["Authorities also did not know whether Mrs Palin's connection to the church was relevant to the fire",
              "The pastor, Larry Kroon, declined to say whether the church had received any recent threats",
              "the church was criticised for promoting",
              "It promised to `` help men and women dissatisfied with living homosexually understand that same-sex attractions can be overcome ''"]},
 "115587": {"source": (MT, "corpus_stock/115587_Global_stock_markets_plunge.xml", "http://en.wikinews.org/wiki/Global_stock_markets_plunge"), "published": "2008-10-24",
  "entities": {"David Buik": (P, ["David Buik of BGC Partners", "David Buik", "he"])},
  "statements": [
   ("David Buik", "direct", "assertion", "said", "It's carnage,"),
   ("David Buik", "direct", "assertion", None, "Confidence is shot to ribbons.\nWe need action now.\nIt is a catastrophe that we have got to recession, but we have got to learn to live with it, and that means saving the markets."),
  ],
  "neutral": ["David Buik of BGC Partners commented on today's falls", "related statements by several United Kingdom politicians"]},
 "28_2ecb": {"source": (ECB, "28_2ecb", None), "published": None,
  "entities": {"the Press Democrat": (O, ["the Press Democrat newspaper in Santa Rosa, California", "the Press Democrat"]),
               "the New York Times": (O, ["the New York Times"]),
               "Mark Felt": (P, ["Mark Felt", "Felt"]),
               "Bob Woodward": (P, ["Bob Woodward", "Woodward"])},
  "statements": [
   ("the Press Democrat", "indirect", "assertion", "said", "Felt suffered from congestive heart failure but the exact cause of his death at home on Thursday was not immediately known"),
   ("the New York Times", "mixed", "assertion", "called", "the most famous anonymous source in American history. ", "'called him ``...''': the content is the quoted fragment (docs/annotation.md rule 2)"),
   ("Mark Felt", "direct", "assertion", "told", "I'm the guy they used to call Deep Throat, "),
   ("Bob Woodward", "indirect", "assertion", "said", "he turned to Felt after he and Bernstein wrote about the break-in at the offices of the Democratic National Committee at the Watergate complex in Washington"),
  ],
  "neutral": ["people had speculated and argued about the identity of", "who had promised not to reveal the name", "Woodward wrote of his relationship with Felt"]},
 "27_4ecb": {"source": (ECB, "27_4ecb", None), "published": None,
  "entities": {"Microsoft": (O, ["Microsoft", "It", "the software giant"]),
               "Christopher Budd": (P, ["Christopher Budd"]),
               "Mike Reavey": (P, ["Mike Reavey"]),
               "Paul Ferguson": (P, ["Paul Ferguson", "Mr Ferguson"])},
  "statements": [
   ("Microsoft", "mixed", "assertion", "says", "its `` critical '' update will protect users"),
   ("Christopher Budd", "mixed", "assertion", "said", "the company `` encourages all Internet Explorer customers to test and deploy this update as soon as possible ''"),
   ("Mike Reavey", "direct", "assertion", "said", "Even with that, the release Emergency Response process isn't over. There is additional support to customers and additional refinement of our product development efforts. "),
   ("Microsoft", "mixed", "assertion", "has said", "the flaw has been proven to exist only in version 7 of Internet Explorer, but that version 6 and the `` beta '' release of version 8 are also `` potentially vulnerable ''"),
   ("Microsoft", "indirect", "assertion", "has estimated", "one in every 500 Windows users has been exposed to websites that attempt to exploit the flaw, and that the number of victims was increasing by 50 per cent every day"),
   ("Paul Ferguson", "mixed", "assertion", "told", "attacks were spreading `` like wildfire ''"),
   ("Paul Ferguson", "direct", "assertion", "said", "This vulnerability is being actively exploited by cyber-criminals and getting worse every day, "),
  ],
  "neutral": ["It is believed that as many as 233,000 web pages have been affected"]},
 "re3d_uk-government_78C6FA20C3559F23A36974F2B22BC73A": {
  "source": (RE3D_U, "uk-government/78C6FA20C3559F23A36974F2B22BC73A", None), "published": None,
  "entities": {"the UN Security Council": (O, ["the UN Security Council", "The Resolution", "Resolution 2328"]),
               "The UN": (O, ["The UN"]),
               "Boris Johnson": (P, ["the Foreign Secretary Boris Johnson", "Boris Johnson"])},
  "statements": [
   ("the UN Security Council", "indirect", "request", "demanded", "full access for the UN across Syria", "a document's source is its body"),
   ("the UN Security Council", "indirect", "request", "requested", "to monitor the evacuations from eastern Aleppo and to ensure that protection is provided to those who opted to remain", "addressee left out"),
   ("The UN", "indirect", "assertion", "updated", "it has still not been given access to eastern Aleppo"),
   ("Boris Johnson", "direct", "assertion", "said", "It is unacceptable that the UN has still not been given access to eastern Aleppo to assist those who remain and carry out monitoring. The regime and those who back it must immediately deliver on their obligations and comply with Security Council Resolution 2328 to ensure that civilians are protected."),
   ("Boris Johnson", "direct", "assertion", None, "The Syrian army now claims full control of Aleppo, but this is a hollow victory. Assad has been utterly dependent on foreign militias and Russian air support, and has caused destruction on a tragic scale including further atrocities against the Syrian people. Assad’s brutal regime can never unite Syria and bring stability."),
   ("Boris Johnson", "direct", "assertion", None, "There is only one way to end this conflict: a Syrian-led political settlement based on a transition away from the Assad regime. The international community – including Russia and Iran – must now work to support a nationwide Cessation of Hostilities to help create the environment for a political settlement based on genuine transition."),
  ],
  "neutral": ["Foreign Secretary Boris Johnson statement on the UN not being given access to eastern Aleppo"]},
}


def main() -> None:
    write_gold(A, D)
    tsv = D / "articles.tsv"
    rows = tsv.read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tfeed"] + [r + "\t" + FEED.get(r.split("\t")[0], "") for r in rows[1:] if r.strip()]
    tsv.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
