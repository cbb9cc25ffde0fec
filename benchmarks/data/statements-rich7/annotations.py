"""Hand annotations of statements-rich7 (written before any hearsay run on these texts; issue 14 round 15).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich7/annotations.py`` (after texts.py) to (re)write the
gold files and articles.tsv (ninth column ``feed``: ``moji`` = the evaluation feeds the UTF-8
bytes read as cp1252, ``flat`` = stored with its line breaks already made spaces, empty = as is;
the rule is in select.py). Same format and rules as statements-rich..rich6 (docs/annotation.md).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

RE3D_C = "re3d (Dstl; CENTCOM part, public domain)"
RE3D_U = "re3d (Dstl; UK Government part, OGL v3.0)"
P, O, G = "PERSON", "ORG", "GROUP"
FEED = {"re3d_centcom_D52939C747F4DB8D1ECF6D415559ADA0": "moji", "re3d_uk-government_7148F3D092DA3E560332528D7167DF0F": "moji",
        "13_3ecb": "flat", "22_2ecbplus": "flat", "18_2ecb": "flat"}

A: dict = {
 "34_8ecbplus": {"source": (ECB, "34_8ecbplus", None), "published": None,
  "entities": {"the sorority's national president": (P, ["the sorority's national president"]),
               "writer": (P, ["writer", "the writer", "I"])},
  "statements": [
   ("the sorority's national president", "indirect", "assertion", "announced", "Dr. Benjamin became a member while completing her undergraduate degree at Xavier University in New Orleans, La"),
   ("writer", "indirect", "request", "calling on", "women to speak up for Dr. Benjamin", "the blog's writer, first person outside quotation marks"),
  ],
  "neutral": ["there were also some who questioned her ability to perform the duties of Surgeon General",
              "I had a gut feeling she was a member of Delta Sigma Theta Sorority"]},
 "19_11ecb": {"source": (ECB, "19_11ecb", None), "published": None,
  "entities": {"Greek students": (G, ["Greek students"]),
               "The officer who fired the shot": (P, ["The officer who fired the shot", "he"]),
               "Police": (O, ["Police", "police"]),
               "Pamphlets": (O, ["Pamphlets"]),
               "Opposition socialists": (G, ["Opposition socialists"]),
               "Costas Karamanlis": (P, ["Prime Minister Costas Karamanlis", "Costas Karamanlis", "Karamanlis"])},
  "statements": [
   ("Greek students", "indirect", "assertion", "announced", "new rallies", "announce + noun phrase, as rich6's 'announced drastic public spending cuts'"),
   ("The officer who fired the shot", "indirect", "assertion", "says", "he killed the boy accidentally in self-defence due to a bullet ricochet"),
   ("Police", "indirect", "assertion", "said", "they made 86 arrests over the course of Saturday's protests"),
   ("Pamphlets", "indirect", "assertion", "announced", "rallies in front of the Athens police headquarters on Monday and in parliament square on Thursday"),
   ("Opposition socialists", "indirect", "request", "pressing for", "fresh elections"),
   ("Costas Karamanlis", "mixed", "assertion", "saying", "the country needs `` a steady hand on the helm '' to deal with the current financial crisis", "participle after 'has dismissed calls to quit'"),
  ],
  "neutral": []},
 "13_3ecb": {"source": (ECB, "13_3ecb", None), "published": None,
  "entities": {"Larry Kroon": (P, ["the church's minister", "the Rev. Larry Kroon of the Wasilla Bible Church", "the Rev. Larry Kroon", "Larry Kroon", "Kroon", "he", "He", "The pastor"]),
               "James Steele": (P, ["Central Mat-Su Fire Department Chief James Steele", "James Steele", "Steele"]),
               "Sarah Palin": (P, ["Alaska Gov. Sarah Palin", "Sarah Palin", "Palin", "she"]),
               "The Anchorage Daily News": (O, ["The Anchorage Daily News", "the Anchorage Daily News", "The newspaper"])},
  "statements": [
   ("Larry Kroon", "mixed", "assertion", "said", "A `` suspicious '' fire devastated the church attended by Alaska Gov. and former vice presidential candidate Sarah Palin on Friday night in her hometown of Wasilla", "'the church's minister' is Kroon, named in the next sentences"),
   ("Larry Kroon", "direct", "assertion", "said", "We have no idea what caused it, "),
   ("Larry Kroon", "indirect", "assertion", "adding", "investigators were considering arson and other possible causes"),
   ("Larry Kroon", "indirect", "assertion", "said", "A ladies' craft group was in the building when the fire broke out, but they got out safely"),
   ("Larry Kroon", "direct", "assertion", "said", "No one was hurt, "),
   ("James Steele", "mixed", "assertion", "said", "the department was `` treating it as suspicious and as potential arson at this point ''", "innermost source; relayed by the Anchorage Daily News"),
   ("Sarah Palin", "mixed", "assertion", "said", "she stopped by the church Saturday morning and offered an apology to the assistant pastor `` if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate. ''", "innermost source; the newspaper relays her statement"),
   ("James Steele", "indirect", "assertion", "said", "as many as 40 firefighters from his and neighboring departments fought the blaze, which started about 9:40 p.m. Friday (1:40 a.m. ET Saturday)"),
   ("The Anchorage Daily News", "indirect", "assertion", "reported", "Firefighters were on the scene dealing with hot spots until about 5 a.m. Saturday"),
   ("Larry Kroon", "indirect", "assertion", "said", "The metal church building, which normally accommodates Sunday congregations of up to 1,000 people, was heavily damaged by flames and smoke"),
   ("Larry Kroon", "direct", "assertion", "said", "The fire investigators and insurance people are there now. There's definitely a lot of damage. I've heard the figure of $1 million, but I don't know for sure, "),
   ("Larry Kroon", "indirect", "assertion", "said", "he was not at the church when the fire broke out"),
   ("Larry Kroon", "direct", "assertion", None, "They were all adults, and they all got out. We're trying not to talk about specifics while investigators are still working on finding out what happened. ", "cue-less continuation"),
   ("Larry Kroon", "mixed", "assertion", "said", "the nondenominational church, which he described as `` just a local community church, '' is about 30 years old and the church building itself is about 2 years old"),
   ("Larry Kroon", "indirect", "assertion", "said", "church services would be held on schedule Sunday in a nearby school"),
  ],
  "neutral": ["Alaska Gov. Sarah Palin reportedly apologized for the possibility the fire was related to her nomination"]},
 "12_9ecb": {"source": (ECB, "12_9ecb", None), "published": None,
  "entities": {"The Indian navy": (O, ["The Indian navy", "A navy spokesman", "India's navy", "it"]),
               "Robert Gates": (P, ["US Defence Secretary Robert Gates", "Robert Gates", "Mr Gates", "Gates", "He", "he"]),
               "The Indian government": (O, ["The Indian government", "the statement"])},
  "statements": [
   ("The Indian navy", "indirect", "assertion", "says", "it has arrested 23 Somali and Yemeni pirates who tried to storm a ship in the Gulf of Aden"),
   ("The Indian navy", "indirect", "assertion", "said", "it had responded to a mayday call from MV Gibe, flying under the Ethiopian flag", "an unnamed spokesman speaks for the organisation"),
   ("Robert Gates", "indirect", "assertion", "said", "better intelligence was needed for a land attack on pirate bases to be considered"),
   ("Robert Gates", "indirect", "request", "called for", "shipping companies to do more to protect their vessels travelling through the Arabian Sean and Indian Ocean"),
   ("The Indian government", "indirect", "assertion", "said", "the captured pirates had a cache of arms and equipment, including seven AK-47 assault rifles, three machine guns, and a rocket-propelled grenade launcher"),
   ("The Indian government", "indirect", "assertion", "added", "The pirates would be handed over to the appropriate authorities", "'the statement' is the government's"),
   ("The Indian navy", "mixed", "assertion", "said", "it had sunk a pirate `` mother vessel '' off Somalia"),
   ("Robert Gates", "direct", "assertion", "told", "The need for increased maritime security and potentially new and better means of co-operation has been highlighted by the recent high-profile acts of piracy off the coast of Somalia and in the Gulf of Aden.", "colon lead-in"),
   ("Robert Gates", "indirect", "request", "called for", "companies to protect their ships better", "a picture caption"),
   ("Robert Gates", "direct", "assertion", None, "As with terrorism, piracy is a problem that has serious international implications and should be of particular concern to any nation that depends on the seas for commerce. ", "cue-less continuation"),
   ("Robert Gates", "indirect", "assertion", "said", "most ships could outrun the pirates and they should take more preventative measures, like pulling up their ladders when at sea and perhaps placing armed guards on board"),
   ("Robert Gates", "indirect", "assertion", "replied", "the US and its allies would first need to acquire better intelligence on who is behind the ongoing attacks on shipping"),
   ("Robert Gates", "indirect", "assertion", "said", "he believed that just two or three Somali clans were responsible and that the individuals involved needed to be targeted accurately to avoid killing innocent civilians"),
  ],
  "neutral": []},
 "1_14ecb": {"source": (ECB, "1_14ecb", None), "published": None,
  "entities": {"Jack Ketsoyan": (P, ["her rep", "the `` American Pie '' star's rep Jack Ketsoyan", "Jack Ketsoyan", "Ketsoyan"]),
               "a friend of the actress": (P, ["a friend of the actress"]),
               "Tara Reid": (P, ["Tara Reid", "Reid", "the star", "she", "the actress"])},
  "statements": [
   ("Jack Ketsoyan", "indirect", "assertion", "told", "Tara Reid has finally entered Malibu Promises Treatment Center on Tuesday", "'her rep' is Ketsoyan (named two sentences later)"),
   ("Jack Ketsoyan", "indirect", "assertion", "confirmed", "she was at the same clinic where Britney Spears, Ben Affleck, Charlie Sheen, and Lindsay Lohan were previously treated"),
   ("Jack Ketsoyan", "indirect", "request", "pleaded for", "her and her family's privacy at this time"),
   ("a friend of the actress", "direct", "assertion", "said", "Her friends and family are supportive of her decision, "),
   ("a friend of the actress", "direct", "assertion", None, "She checked in herself - it was her decision. ", "cue-less continuation"),
   ("Tara Reid", "indirect", "assertion", "saying", "it wasn't accurate and her entourage was a bad influence as well"),
   ("Tara Reid", "direct", "assertion", "told", "My picture is taken only when I have a cup in my hand, "),
   ("Tara Reid", "direct", "assertion", None, "Trust me, my body is tired.\nI partied hard.\nBut I think it was that the people I partied with were not the best people. ", "cue-less continuation over three lines"),
   ("Tara Reid", "mixed", "assertion", "said", "she had turned a corner from being a hard-hitting drinker and was now a `` social drinker. ''"),
   ("Tara Reid", "indirect", "assertion", "said", "she had enough fun and a great time to last her a lifetime"),
   ("Tara Reid", "direct", "assertion", "added", "I'm so happy with where I'm at right now.\nI don't need to do anything anymore, "),
  ],
  "neutral": ["her publicist refused to disclose the real reason why Reid checked into rehab"]},
 "re3d_centcom_D52939C747F4DB8D1ECF6D415559ADA0": {"source": (RE3D_C, "centcom/D52939C747F4DB8D1ECF6D415559ADA0", None), "published": None,
  "entities": {"Jeff Davis": (P, ["Pentagon press operations director Navy Capt. Jeff Davis", "Navy Capt. Jeff Davis", "Jeff Davis", "Davis", "he"])},
  "statements": [
   ("Jeff Davis", "indirect", "assertion", "said", "In the past 24 hours, Iraqi forces maintained their defensive positions against Islamic State of Iraq and the Levant fighters on three sides of Mosul, the country’s second-largest city"),
   ("Jeff Davis", "indirect", "assertion", "said", "ISIL has had control of Mosul for two years, and the Iraqis have cleared 15 to 20 percent of the city of enemy forces since the liberation of the city began Oct. 17"),
   ("Jeff Davis", "indirect", "assertion", "said", "the U.S.-led\ncoalition\nconducted five airstrikes, delivering 101 munitions", "parenthetical cue; the source's stray line breaks kept"),
   ("Jeff Davis", "indirect", "assertion", "added", "These strikes engaged three ISIL tactical units, four ISIL vehicles, four enemy mortar systems, four ISIL-held buildings, three rocket-propelled grenades, two vehicle-borne homemade bombs, two front-end loaders, a tunnel, a land bridge and a supply cache; damaged 13 supply routes; and suppressed three ISIL tactical units"),
   ("Jeff Davis", "indirect", "assertion", "said", "the number of munitions delivered in support of the liberation\ncampaign\nnow totals 6,602"),
   ("Jeff Davis", "indirect", "assertion", "said", "The airstrikes have destroyed 967 vehicle bombs, 111 tunnels, 274 vehicles, 280 bunkers, 20 anti-aircraft artillery systems and 224 artillery and mortar systems"),
   ("Jeff Davis", "indirect", "assertion", "said", "Many Arab citizens who have been liberated from villages around Raqqa are seeking to join the SDF’s fight against ISIL"),
   ("Jeff Davis", "indirect", "assertion", "said", "The SDF have regained about 300 square miles since the isolation of Raqqa began early last month"),
   ("Jeff Davis", "indirect", "assertion", "said", "In the past 24 hours, the U.S.-led coalition’s four airstrikes delivered 24 munitions against ISIL targets, which include three tactical units, a command-and-control node and five supply routes in support of SDF operations to isolate Raqqa"),
   ("Jeff Davis", "indirect", "assertion", "added", "The most recent airstrikes bring the total number of munitions in support of the SDF since Dec. 5 to 922"),
  ],
  "neutral": []},
 "re3d_uk-government_7148F3D092DA3E560332528D7167DF0F": {"source": (RE3D_U, "uk-government/7148F3D092DA3E560332528D7167DF0F", None), "published": None,
  "entities": {"Philip Hammond": (P, ["The Foreign Secretary Philip Hammond", "Philip Hammond", "The Foreign Secretary"])},
  "statements": [
   ("Philip Hammond", "direct", "assertion", "said", "I very much welcome the agreement on 2 December between the Federal Government of Iraq, led by Prime Minister Haider Al Abadi, and the Kurdistan Regional Government, represented by Prime Minister Nechirvan Barzani, on detailed arrangements on oil exports and revenue sharing.", "colon lead-in without quotation marks: direct by layout (rich6 rule)"),
   ("Philip Hammond", "direct", "assertion", None, "Iraq faces significant challenges and all communities must cooperate to defeat ISIL militarily, assist the displaced and provide an inclusive future for the country. I welcome the important steps that have been taken by Prime Minister Abadi and his government in recent weeks in support of this, including today’s announcement. I congratulate all concerned for their work to resolve this long-standing disagreement. The UK has supported these efforts at dialogue throughout."),
   ("Philip Hammond", "direct", "assertion", None, "I hope that all Iraqi leaders will follow this constructive approach to addressing practical challenges, in the interests of national reconciliation and unity against a common enemy who are a threat to all."),
  ],
  "neutral": []},
 "22_2ecbplus": {"source": (ECB, "22_2ecbplus", None), "published": None,
  "entities": {"police": (O, ["Police", "police"]),
               "Frank Vanore": (P, ["Lt. Frank Vanore", "Frank Vanore", "Vanore"]),
               "One witness": (P, ["One witness"]),
               "Andy Ryan": (P, ["Dough mixer Andy Ryan", "Andy Ryan", "he"]),
               "Kraft Foods": (O, ["the company", "Kraft", "Kraft Foods"])},
  "statements": [
   ("police", "indirect", "assertion", None, "Suspended Worker Kills 2 Women in Kraft Factory Shooting", "headline 'X: Police'"),
   ("police", "indirect", "assertion", "said", "Minutes after a woman was suspended and escorted from her job at the Kraft Foods plant in Northeast Philadelphia, she returned with a. 357 Magnum and opened fire, killing two women and critically injuring a third co - worker before being taken into custody"),
   ("Frank Vanore", "indirect", "assertion", "said", "About 10 minutes after the Yvonne Hiller was escorted out, she returned in a car and drove through a security barrier before re - entering the building on foot"),
   ("Frank Vanore", "mixed", "assertion", "said", "She walked inside, firing a shot at an employee who had followed her in and had yelled, \"Hide, she's got a gun! ''", "the employee's cry is nested, left out"),
   ("police", "indirect", "assertion", "according to", "Hiller, 43, then shot the three victims"),
   ("Frank Vanore", "indirect", "assertion", "said", "Officers freed seven people who had locked themselves in an office next to the shooter"),
   ("One witness", "indirect", "assertion", "told", "she has a history of run - ins with co - workers and management"),
   ("Andy Ryan", "indirect", "assertion", "said", "he was on the third floor when the sound of the shots echoed through the building"),
   ("Andy Ryan", "direct", "assertion", "told", "I heard the gunfire, and I ran, "),
   ("Andy Ryan", "direct", "assertion", None, "As I was running down the steps they were yelling, 'Oh, my God, there's three people shot! '", "cue-less continuation; the cry inside is nested"),
   ("Kraft Foods", "direct", "assertion", "said", "This is a sad day for the Kraft Foods family, "),
   ("Kraft Foods", "direct", "assertion", None, "Our thoughts and prayers go out to their families. The loss of a loved one is a great sorrow. ", "cue-less continuation"),
   ("Kraft Foods", "indirect", "assertion", "said", "the plant would be closed until further notice and the company would provide employees with counseling"),
  ],
  "neutral": ["Investigators didn't say why Hiller, a 15 - year employee, was suspended"]},
 "14_6ecb": {"source": (ECB, "14_6ecb", None), "published": None,
  "entities": {"Surrey Police": (O, ["Police", "police", "Surrey Police"])},
  "statements": [
   ("Surrey Police", "indirect", "assertion", "said", "they wanted to thank residents and local businesses for their patience and assistance during the evacuation"),
   ("Surrey Police", "mixed", "assertion", "said", "they are treating as `` potentially suspicious. ''"),
   ("Surrey Police", "indirect", "assertion", "said", "they were likely to remain closed for some time"),
  ],
  "neutral": []},
 "9_1ecbplus": {"source": (ECB, "9_1ecbplus", None), "published": None,
  "entities": {"Ken Salazar and Gary Locke": (G, ["Interior Secretary Ken Salazar and Commerce Secretary Gary Locke", "Ken Salazar and Gary Locke"])},
  "statements": [
   ("Ken Salazar and Gary Locke", "indirect", "assertion", "announced", "the restoration of rules under the Endangered Species Act that help protect endangered species when government decisions or projects are implemented", "a joint subject; announce + noun phrase"),
  ],
  "neutral": ["The Department of Interior sent out this press release announcing the decision today"]},
 "18_2ecb": {"source": (ECB, "18_2ecb", None), "published": None,
  "entities": {"Vancouver police": (O, ["Vancouver police"]),
               "Tim Fanning": (P, ["Vancouver police spokesperson Tim Fanning", "Tim Fanning", "Fanning"]),
               "Luke Pigeon": (P, ["Luke Pigeon", "Pigeon", "He"])},
  "statements": [
   ("Vancouver police", "indirect", "assertion", "said", "Eric Allen Kirkpatrick faces one count of first-degree murder"),
   ("Tim Fanning", "mixed", "assertion", "said", "The man `` had a firearm with him. He shot one man fatally right away, ''"),
   ("Tim Fanning", "indirect", "assertion", "said", "Kirkpatrick was let go by his employer last Thursday"),
   ("Tim Fanning", "indirect", "assertion", "said", "The other people at the office party were able to escape without injury"),
   ("Tim Fanning", "direct", "assertion", "said", "The shock was tremendous, but all the other people in the business - and there were another dozen other people who were there for a Christmas party - managed to get out safely, "),
   ("Tim Fanning", "indirect", "assertion", "said", "Police were called immediately, and surrounded the building"),
   ("Luke Pigeon", "indirect", "assertion", "said", "he didn't hear a gunshot but saw a woman fleeing the building next door"),
   ("Luke Pigeon", "direct", "assertion", "said", "All I saw was a ... lady running down the block screaming, "),
   ("Luke Pigeon", "indirect", "assertion", "said", "she ran into a nearby auto repair shop where she apparently called for help", "'He' is the previous subject, Pigeon"),
  ],
  "neutral": ["he did not know how long the suspect had worked at the business"]},
 "26_7ecbplus": {"source": (ECB, "26_7ecbplus", None), "published": None,
  "entities": {"officials": (G, ["officials"]),
               "His attorneys": (G, ["His attorneys"]),
               "prosecutors": (G, ["prosecutors"]),
               "Al Quintero": (P, ["prison spokesman Al Quintero", "Al Quintero", "Quintero"])},
  "statements": [
   ("officials", "indirect", "assertion", "said", "Convicted mobster Vincent \"Chin\" Gigante, famed for wandering the streets of New York in a tattered bathrobe in a show of insanity, died on Monday in federal prison"),
   ("His attorneys", "indirect", "assertion", "argued", "Gigante was mentally ill and incapable of running a crime family"),
   ("prosecutors", "indirect", "assertion", "argued", "he was feigning illness to avoid prosecution"),
   ("prosecutors", "indirect", "assertion", "said", "he continued to run the crime family from prison"),
   ("Al Quintero", "indirect", "assertion", "said", "The cause of death was unknown, but Gigante had been suffering from heart disease"),
  ],
  "neutral": ["a jury found Gigante guilty in 1997"]},
}


def main() -> None:
    write_gold(A, D)
    tsv = D / "articles.tsv"
    rows = tsv.read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tfeed"] + [r + "\t" + FEED.get(r.split("\t")[0], "") for r in rows[1:] if r.strip()]
    tsv.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
