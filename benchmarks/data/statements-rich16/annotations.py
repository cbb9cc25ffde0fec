"""Hand annotations of statements-rich16 (written before any hearsay run on these texts; issue 14, round 31).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich16/annotations.py`` to (re)write the gold files and
articles.tsv. Rules: docs/annotation.md (rule 7 written this round, before this gold), the READMEs
of statements-rich .. rich15, and round 26's relayed-source convention.
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import write_feed_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"
WN = "English Wikinews 2019 via vanatteveldt/wikinews (CC BY 2.5)"
URL = "https://en.wikinews.org/wiki/"

A: dict = {
 "wn2019-016": {"source": (WN, "data/wikinews_2019.csv row 16", URL + "Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27"),
  "published": "2019-01-23",
  "entities": {"Germany": (O, ["Germany"]),
               "German officials": (G, ["German officials", "officials"]),
               "Mike Pompeo": (P, ["US Secretary of State Mike Pompeo", "Mike Pompeo"]),
               "United States": (O, ["The US", "the US", "The United States government"]),
               "Rudaw": (O, ["Rudaw"]),
               "Steffen Seibert": (P, ["German Chancellor Angela Merkel's spokesperson, Steffen Seibert", "Steffen Seibert"]),
               "Richard Grenell": (P, ["US Ambassador to Germany Richard Grenell", "Richard Grenell"]),
               "German firms": (G, ["German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens", "German firms"]),
               "a German government source": (P, ["a German government source"])},
  "statements": [
   ("Germany", "mixed", "assertion", "citing", "security", "headline: the reason Germany gave, in its word"),
   ("German officials", "indirect", "assertion", "saying", "this is for security reasons"),
   ("Mike Pompeo", "direct", "assertion", "according to", "The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,", "according to a tweet by X: the tweet's author"),
   ("United States", "indirect", "request", "has been encouraging", "allies such as Germany to restrict Mahan's operations", "encourage X to: a request (rich8's UAAR)"),
   ("German officials", "indirect", "assertion", "said", "The Federal Aviation Office of Germany has suspended Mahan's permit"),
   ("Rudaw", "indirect", "assertion", "reports", "Mahan's director, Hamid Arabnejad Khanooki, has alleged ties to the Islamic Revolutionary Guard Corps of Iran", "'has alleged ties': alleged is an adjective, no cue"),
   ("Steffen Seibert", "mixed", "assertion", "said", "it is possible \"that this airline carries out transports to Germany that affect our security concerns,\""),
   ("Steffen Seibert", "indirect", "assertion", "said", "the ban followed discussions within Europe and with the US", "the second complement of 'said'"),
   ("Richard Grenell", "mixed", "assertion", "alleged", "Mahan had \"contributed to incredible human suffering, violence, and political instability felt across the world,\" by supporting Syrian President Bashar al-Assad"),
   ("United States", "indirect", "assertion", "claims", "Mahan flies fighters and cargo to Syria in support of al-Assad"),
   ("United States", "indirect", "request", "encouraging", "commercial entities to cease trading in Iran"),
   ("German firms", "indirect", "intention", "have announced plans", "to pull out of the Middle Eastern nation"),
   ("a German government source", "indirect", "assertion", "said", "the ban on Mahan Air is not part of any broader plan to increase sanctions on Iran", "an unnamed source, relayed by Reuters", ["Reuters"]),
  ],
  "neutral": []},
 "wn2019-017": {"source": (WN, "data/wikinews_2019.csv row 17", URL + "Car_bomb_ramming_attack_kills_dozens_at_military_base_in_Maidan_Wardak,_Afghanistan"),
  "published": "2019-01-24",
  "entities": {"Sharif Hotak": (P, ["Sharif Hotak", "Hotak"]),
               "A source within the central Interior Ministry": (P, ["A source within the central Interior Ministry"]),
               "Zabiullah Mujahid": (P, ["Taliban spokesperson Zabiullah Mujahid", "Zabiullah Mujahid"]),
               "Reuters": (O, ["Reuters"]),
               "officials": (G, ["officials"]),
               "Abdurrahman Mangal": (P, ["Abdurrahman Mangal, spokesperson for the provincial governor", "Abdurrahman Mangal"]),
               "Taliban": (O, ["the Taliban", "The Taliban"])},
  "statements": [
   ("Sharif Hotak", "indirect", "assertion", "described", "witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul"),
   ("Sharif Hotak", "direct", "assertion", "said", "The explosion was very powerful. The whole building has collapsed,", "'he said': Hotak"),
   ("Sharif Hotak", "mixed", "assertion", "alleged", "the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\""),
   ("A source within the central Interior Ministry", "direct", "assertion", "said", "I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]", "'reportedly said': the source's, the hedge is the writer's"),
   ("Zabiullah Mujahid", "indirect", "assertion", "claimed", "190 were dead"),
   ("Reuters", "indirect", "assertion", "reported", "Monday's attack the deadliest since an assault in Ghazni in August 2018"),
   ("officials", "indirect", "assertion", "reporting", "150 security forces, 95 civilians, and hundreds of Taliban killed", "absolute 'with officials reporting …'"),
   ("Abdurrahman Mangal", "indirect", "assertion", "said", "the attack had killed twelve and injured twelve more"),
   ("Taliban", "indirect", "intention", "wants", "foreign forces to leave and the Afghan government shut out of peace talks"),
  ],
  "neutral": ["reportedly conducted by the Taliban", "provided anonymously by officials to journalists", "The Taliban have claimed responsibility.", "another attack ascribed to the Taliban"]},
 "wn2019-020": {"source": (WN, "data/wikinews_2019.csv row 20", URL + "Bombs_kill_at_least_20_at_cathedral_in_Mindanao,_Philippines"),
  "published": "2019-01-28",
  "entities": {"Graciano Mijares": (P, ["Chief Superintendent Graciano Mijares", "Graciano Mijares", "Mijares"]),
               "Delfin Lorenzana": (P, ["Delfin Lorenzana, the Defence Secretary", "Delfin Lorenzana", "Lorenzana"]),
               "the government": (O, ["the government"]),
               "Arnel dela Vega": (P, ["Arnel dela Vega of the army's Western Mindanao Command", "Arnel dela Vega"]),
               "Mujiv Hataman": (P, ["Regional Governor Mujiv Hataman", "Mujiv Hataman"]),
               "Coast Guard": (O, ["The Coast Guard", "Coast Guard"]),
               "Elson Hermogino": (P, ["Coast Guard Commandant Admiral Elson Hermogino", "Elson Hermogino"])},
  "statements": [
   ("Graciano Mijares", "indirect", "assertion", "According to", "the confirmed deaths are fourteen civilians, five Armed Forces personnel, and one member of the Coast Guard"),
   ("Graciano Mijares", "indirect", "assertion", "claimed", "90 civilians were wounded, as were seventeen from the Armed Forces, and two each from the Coast Guard and the National Police"),
   ("Delfin Lorenzana", "direct", "assertion", "said", "We will use the full force of the law to bring to justice the perpetrators behind this incident,", "a bare future under 'said' (rule 7)"),
   ("Delfin Lorenzana", "mixed", "assertion", "described", "dastardly act", "'described the attacks as a \"dastardly act\"': the fragment"),
   ("Delfin Lorenzana", "mixed", "request", "urged", "to assist authorities and \"deny terrorism any victory\""),
   ("Delfin Lorenzana", "indirect", "assertion", "said", "he had ordered 'heightened alert' from troops, and that the army protect places of worship", "one report of his orders"),
   ("the government", "indirect", "assertion", "announced", "the new region, to be called Bangsamoro, would be governing itself from 2022"),
   ("Arnel dela Vega", "indirect", "assertion", "said", "the Abu Sayyaf Group are the suspected perpetrators"),
   ("Mujiv Hataman", "indirect", "assertion", "saying", "only this organisation appeared capable of the double bombing"),
   ("Coast Guard", "indirect", "assertion", "said", "their casualties were attending mass"),
   ("Elson Hermogino", "mixed", "request", "directing", "to \"join personnel from the [army and police] in the investigation and pursuit of the perpetrators.\"", "the commandant's order, announced by the Coast Guard", ["Coast Guard"]),
  ],
  "neutral": ["video footage from the scene shows wooden pews broken", "was identified as Jaypee Galicha by a Coast Guard spokesperson",
              "subsequently claimed responsibility", "Statements of condemnation have come from"]},
 "wn2019-022": {"source": (WN, "data/wikinews_2019.csv row 22", URL + "Toronto_serial_killer_Bruce_McArthur_pleads_guilty_to_eight_murders"),
  "published": "2019-02-01",
  "entities": {"Bruce McArthur": (P, ["Bruce McArthur", "McArthur"]),
               "agreed facts": (G, ["agreed facts heard in court", "agreed facts"]),
               "Toronto Police": (O, ["Toronto Police"]),
               "John Tory": (P, ["mayor John Tory", "John Tory"]),
               "Rachel Giese": (P, ["Daily Xtra's editorial director, Rachel Giese", "Rachel Giese"])},
  "statements": [
   ("Bruce McArthur", "indirect", "assertion", "admitted", "his guilt in eight murders", "an NP complement"),
   ("agreed facts", "mixed", "evidence", "according to", "Six of the murders were, according to agreed facts heard in court, \"sexual in nature\"", "a document (court records, rich11); the cue interrupts the content"),
   ("Toronto Police", "mixed", "assertion", "indicated", "a \"significant development\" was likely at Tuesday's hearing"),
   ("John Tory", "indirect", "assertion", "suggested", "a broader probe into the surrounding circumstances may be required"),
   ("Rachel Giese", "mixed", "belief", "said", "she felt Tuesday's pleas might provide \"some solace for the families and friends of the victims, and for the community more broadly,\" but would not answer questions being asked of authorities", "'said she felt': her own belief, one row (rich10's coroner)"),
  ],
  "neutral": ["face allegations they failed to react quickly enough", "It is now known McArthur was twice interviewed", "Some members of the local LGBT community have been critical",
              "pleaded guilty to each crime"]},
 "wn2019-024": {"source": (WN, "data/wikinews_2019.csv row 24", URL + "Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear"),
  "published": "2019-02-02",
  "entities": {"Report": (G, ["Report"]),
               "Center for Biological Diversity": (O, ["The Center for Biological Diversity", "Center for Biological Diversity"]),
               "Tierra Curry": (P, ["Center for Biological Diversity scientist Tierra Curry", "Tierra Curry"]),
               "Chip Taylor": (P, ["ecologist Chip Taylor of the University of Kansas", "Chip Taylor"]),
               "Ryan Norris": (P, ["Ecologist Ryan Norris of the University of Guelph in Ontario", "Ryan Norris"]),
               "Center for Biological Diversity and Center for Food Safety": (G, ["The Center for Biological Diversity and Center for Food Safety"]),
               "George Kimbrell": (P, ["George Kimbrell of the Center for Food Safety", "George Kimbrell"])},
  "statements": [
   ("Report", "indirect", "evidence", "indicates", "Mexican monarch butterfly population at ten-year high", "headline; a finding is the evidence noun's (rich14)"),
   ("Center for Biological Diversity", "indirect", "assertion", "announced", "the monarch butterfly population counted over-wintering in Mexico was 144% greater than last year, with the highest overall population since the winter of 2006–2007"),
   ("Tierra Curry", "direct", "assertion", "Remarked", "This reprieve from bad news on monarchs is a thank-you from the butterflies to all the people who planted native milkweeds and switched to organic corn and soy products[...] But one good weather year won't save the monarch in the long run, and more protections are needed for this migratory wonder and its summer and winter habitats."),
   ("Chip Taylor", "indirect", "assertion", "According to", "last year's relatively cool temperatures in the insects' migration corridor kept them in the right place at the right time to lay eggs with a good chance of survival"),
   ("Chip Taylor", "indirect", "assertion", "said", "this is not likely to happen again next year", "'He also said': Taylor"),
   ("Ryan Norris", "indirect", "assertion", "said", "human actions had little to do with the increased population"),
   ("Center for Biological Diversity and Center for Food Safety", "indirect", "request", "requested", "monarch butterflies be given Endangered Species Act protections from the United States government in 2014"),
   ("George Kimbrell", "direct", "assertion", "said", "This year's count is a temporary reprieve that doesn't change what the law and science demands, which is that we protect monarchs under the Endangered Species Act before it's too late."),
  ],
  "neutral": ["Scientists cautioned against an excess of optimism", "Scientists from the World Wildlife Fund Mexico estimate the population",
              "Factors cited for the drop", "The decision is pending and expected in June"]},
}


FLAT = {"wn2019-016", "wn2019-022"}  # select.py's picks 0, 3


def main() -> None:
    write_feed_gold(A, D, "wikinews2019", FLAT)


if __name__ == "__main__":
    main()
