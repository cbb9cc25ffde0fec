"""Hand annotations of statements-rich18 (written before any hearsay run on these texts; issue 14, round 34).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich18/annotations.py`` to (re)write the gold files and
articles.tsv. Rules: docs/annotation.md (rules 1-8), the READMEs of statements-rich .. rich17.
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
 "wn2019-034": {"source": (WN, "data/wikinews_2019.csv row 34", URL + "Francis_D%27Souza,_former_Deputy_Chief_Minister_of_Goa,_dies_aged_64"),
  "published": "2019-02-17",
  "entities": {"Goa's government": (O, ["Goa's government"]),
               "Damodar Naik": (P, ["Damodar Naik, spokesperson for the Bharatiya Janata Party", "Damodar Naik"]),
               "Manohar Parrikar": (P, ["Chief Minister Manohar Parrikar", "Manohar Parrikar", "Manohar"]),
               "Girish Chodankar": (P, ["State Congress President Girish Chodankar", "Girish Chodankar"]),
               "Aam Aadmi Party": (O, ["The Aam Aadmi Party in Goa", "Aam Aadmi Party"])},
  "statements": [
   ("Goa's government", "indirect", "assertion", "announced", "three days of mourning for D'Souza", "an NP complement (rich17's 'announced her candidacy')"),
   ("Damodar Naik", "mixed", "assertion", "said", "D'Souza had been an \"iconic\" leader of the party", "a named spokesperson: the person (rule 8)"),
   ("Manohar Parrikar", "mixed", "assertion", "tweeted", "he was \"[e]xtremely pained to hear about the demise of my dear childhood friend, colleague and former Deputy Chief Minister (Dy CM) of Goa advocate Francis D'Souza. A wonderful human being and a leader loved by all. He devoted himself to public service. His demise is a great personal loss\""),
   ("Girish Chodankar", "mixed", "assertion", "called", "humble and soft-spoken", "'called D'Souza \"…\"': the fragment"),
   ("Aam Aadmi Party", "mixed", "assertion", "said", "he was a \"gentleman politician\"", "'in its statement, said'"),
  ],
  "neutral": ["had relatively recently been dismissed from being a minister"]},
 "wn2019-035": {"source": (WN, "data/wikinews_2019.csv row 35", URL + "Fire_kills_nine,_injures_dozens_in_Chittagong,_Bangladesh_slum"),
  "published": "2019-02-18",
  "entities": {"Officials": (G, ["Officials"]),
               "Jasim Uddin": (P, ["Jasim Uddin, a spokesperson for the fire service", "Jasim Uddin"]),
               "local activists": (G, ["local activists"]),
               "Nur Khan Liton": (P, ["One activist, Nur Khan Liton", "Nur Khan Liton"])},
  "statements": [
   ("Officials", "indirect", "assertion", "said", "it killed nine people and injured at least 50 more"),
   ("Jasim Uddin", "indirect", "assertion", "told", "four victims were from a single family"),
   ("local activists", "indirect", "assertion", "claimed", "fires have in the past been deliberately set to clear away slum buildings for redevelopment", "a bare plural source (rich17's 'Activists claim')"),
   ("Nur Khan Liton", "mixed", "assertion", "told", "arson has been used \"as a weapon to evict poor slum dwellers and squatters from government or private property\" by developers"),
  ],
  "neutral": ["The fire service was reportedly investigating", "there was no suggestion on Sunday of sabotage", "an earthquake of reported magnitude 4.9"]},
 "wn2019-036": {"source": (WN, "data/wikinews_2019.csv row 36", URL + "Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall"),
  "published": "2019-02-21",
  "entities": {"attorneys general from sixteen states": (G, ["attorneys general from sixteen states", "The motion", "the motion"]),
               "Al Jazeera": (O, ["Al Jazeera"]),
               "Xavier Becerra": (P, ["California Attorney General Xavier Becerra", "Xavier Becerra", "Becerra"]),
               "Donald Trump": (P, ["United States President Donald Trump", "President Trump", "Donald Trump", "Trump"]),
               "an environmental group and private property owners": (G, ["an environmental group and private property owners from the border state of Texas", "a motion"])},
  "statements": [
   ("attorneys general from sixteen states", "indirect", "assertion", "claims", "Trump's declaration is unconstitutional, and that the states filing suit have standing to do so because building the wall would divert funding away from programs that would otherwise be performed to the benefit of these states", "a document speaks for its filers (rich15's convention); two 'that' clauses of one cue: one row"),
   ("attorneys general from sixteen states", "indirect", "assertion", "reads", "Because only Congress may allocate funds in this way, reads the motion, the declaration of state of emergency violates the United States Constitution's separation of powers clause", "the cue interrupts the content (rich15)"),
   ("Al Jazeera", "indirect", "assertion", "according to", "potentially, according to Al Jazeera, US$3.6 billion from a Pentagon construction budget, $2.5 billion from anti-drug programs, and $601 million from a forfeiture fund within the U.S. Treasury Department"),
   ("Xavier Becerra", "direct", "assertion", "said", "President Trump treats the rule of law with utter contempt,"),
   ("Xavier Becerra", "direct", "assertion", None, "He knows there is no border crisis, he knows his emergency declaration is unwarranted, and he admits that he will likely lose this case in court.", "a quotation continuing the speaker (rule 4)"),
   ("Donald Trump", "indirect", "assertion", "claiming", "this would stem illegal immigration"),
   ("an environmental group and private property owners", "indirect", "assertion", "claiming", "the state of emergency is unconstitutional and violated their property rights", "'filed a motion claiming …': the motion speaks for its filers"),
  ],
  "neutral": ["Congress has repeatedly denied funding for such a wall", "as the president had requested for a border wall"]},
 "wn2019-038": {"source": (WN, "data/wikinews_2019.csv row 38", URL + "Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution"),
  "published": "2019-02-25",
  "entities": {"Gray Miller": (P, ["U.S. District Judge Gray Miller", "Gray Miller", "Texas federal judge", "a federal judge in Texas", "Judge Miller", "He", "he", "the judge"]),
               "CNA": (O, ["nonprofit CNA", "CNA"]),
               "the government": (O, ["the government"]),
               "USA Today": (O, ["USA Today"])},
  "statements": [
   ("Gray Miller", "indirect", "assertion", "says", "drafting only men violates United States Constitution", "headline"),
   ("Gray Miller", "indirect", "assertion", "ruled", "the United States federal government's practice of registering men but not women for the draft, or military conscription, is unconstitutional", "a court's ruling with its content (rich8)"),
   ("Gray Miller", "indirect", "assertion", "ruled", "the male-only draft violated the Due Process Clause of the United States Constitution"),
   ("Gray Miller", "indirect", "assertion", "said", "the rationale for difference along gender lines from a previous Supreme Court ruling, that women were ineligible to serve in combat, no longer applies"),
   ("CNA", "indirect", "assertion", "according to", "who make up 16% of the U.S. military enlisted and 18% of officers as of 2016"),
   ("Gray Miller", "direct", "assertion", "reads", "While historical restrictions on women in the military may have justified past discrimination,", "'reads Judge Miller's statement': a document speaks for its author"),
   ("Gray Miller", "direct", "assertion", "reads", "men and women are now 'similarly situated for purposes of a draft or registration for a draft.' [...] If there ever was a time to discuss 'the place of women in the Armed Services,' that time has passed.", "second part of the interrupted quotation (rich's 'says Fairman')"),
   ("Gray Miller", "direct", "assertion", "reads", "the average woman could conceivably be better suited physically for some of today's combat positions than the average man, depending on which skills the position required. Combat roles no longer uniformly require sheer size or muscle."),
   ("the government", "indirect", "request", "asked", "Judge Miller to delay his ruling until after they made their recommendations"),
   ("USA Today", "indirect", "assertion", "noted", "the commission's scope allows it to advise including women in the draft or eliminating the draft entirely"),
  ],
  "neutral": ["He went on to cite the Supreme Court ruling", "but he declined"]},
 "wn2019-039": {"source": (WN, "data/wikinews_2019.csv row 39", URL + "Nine_jailed_over_sexual_abuse_in_Bradford,_England_children%27s_home"),
  "published": "2019-03-02",
  "entities": {"Durham Hall": (P, ["Judge Durham Hall QC", "Durham Hall"]),
               "Kama Melly": (P, ["Prosecutor Kama Melly QC", "Kama Melly"]),
               "One of the victims": (P, ["One of the victims", "She"]),
               "the men": (G, ["the men"]),
               "Bradford Council": (O, ["Bradford Council"])},
  "statements": [
   ("Durham Hall", "mixed", "assertion", "said", "they \"appear not to have shown any respect for the minimum standards of decent behaviour.\""),
   ("Kama Melly", "mixed", "assertion", "said", "the victims were \"ripe and vulnerable to manipulation\" and had been used \"to satisfy [the accused's] sexual desires\""),
   ("One of the victims", "mixed", "assertion", "said", "she did this to show victims \"there is nothing to be ashamed of\""),
   ("One of the victims", "mixed", "assertion", "said", "the men thought they were \"nothing but a toy to play with\"", "rule 7, the reporter's row"),
   ("the men", "mixed", "belief", "thought", "they were \"nothing but a toy to play with\"", "rule 7, the holder's row", ["One of the victims"]),
   ("Bradford Council", "direct", "assertion", "stated", "The Safeguarding Board will look closely at this case to see if there are any lessons we can learn that could help us keep young people safer", "a bare future (rule 7)"),
  ],
  "neutral": ["One of the victims decided to allow her name to be made public", "A tenth defendant was found not-guilty"]},
 "wn2019-042": {"source": (WN, "data/wikinews_2019.csv row 42", URL + "New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch"),
  "published": "2019-03-17",
  "entities": {"Paul Kellar": (P, ["Judge Paul Kellar", "Paul Kellar"]),
               "Police": (G, ["Police", "police"]),
               "ABC": (O, ["ABC"]),
               "Jacinda Ardern": (P, ["New Zealand Prime Minister Jacinda Ardern", "Jacinda Ardern", "Prime Minister Ardern", "Ardern", "She"]),
               "Greg Barton": (P, ["Professor Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education at the Deakin University", "Greg Barton"])},
  "statements": [
   ("Paul Kellar", "indirect", "request", "ordered", "the accused remain in custody until his next court appearance on April 5", "a court order with a mandative complement (rule 7; rich16's order)"),
   ("Police", "indirect", "assertion", "alleged", "the accused performed two attacks"),
   ("Police", "indirect", "assertion", "said", "Further charges may be laid in the future"),
   ("Police", "indirect", "assertion", "according to", "Police arrested the accused in the neighborhood of Strickland Street, 36 minutes after the mass shooting in Al Noor Mosque"),
   ("ABC", "indirect", "assertion", "reported", "Brenton Tarrant had a valid gun licence allowing him to buy weapons"),
   ("Jacinda Ardern", "indirect", "assertion", "According to", "Brenton had a licence for the five firearms he allegedly used for the attack — two semi-automatic, two shotguns, and one lever-action"),
   ("Greg Barton", "direct", "assertion", "said", "The attacker was using a couple of guns, one was a shotgun, one was an AR-15 — that's the so-called civilian equivalent of the M-16. It's an assault rifle"),
   ("Jacinda Ardern", "indirect", "assertion", "said", "the gun laws should be changed", "'should' under a neutral 'said': an assertion (rule 7 lists mandative verbs only)"),
   ("Jacinda Ardern", "direct", "assertion", "said", "I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes."),
  ],
  "neutral": ["The first attack reportedly was in Al Noor Mosque", "The second attack reportedly was in Linwood Mosque",
              "Brenton also allegedly released an anti-Muslim document online, outlining political motivation",
              "according to reports", "Brenton Tarrant did not apply for bail"]},
}


FLAT = {"wn2019-034", "wn2019-038"}  # select.py's picks 0, 3


def main() -> None:
    write_feed_gold(A, D, "wikinews2019", FLAT)


if __name__ == "__main__":
    main()
