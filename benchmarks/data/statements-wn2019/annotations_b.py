"""Hand annotations of statements-wn2019 rows 72-83 (annotator b, issue 14), by reading the texts only."""

P, O, G = "PERSON", "ORG", "GROUP"
WN = "English Wikinews 2019 via vanatteveldt/wikinews (CC BY 2.5)"
URL = "https://en.wikinews.org/wiki/"

A: dict = {
 "wn2019-072": {"source": (WN, "data/wikinews_2019.csv row 72", URL + "Earthquake_injures_25_people_in_southern_Philippines"),
  "published": "2019-07-15",
  "entities": {"Philippine officials": (G, ["Philippine officials"]),
               "Alexander Pimentel": (P, ["Governor Alexander Pimentel", "Alexander Pimentel", "the governor"]),
               "Phivolcs": (O, ["Philippine Institute of Volcanology and Seismology (Phivolcs)", "Philippine Institute of Volcanology and Seismology", "Phivolcs"]),
               "United States Geological Survey": (O, ["United States Geological Survey (USGS)", "United States Geological Survey", "USGS"]),
               "CNN Philippines": (O, ["CNN Philippines"])},
  "statements": [
   ("Philippine officials", "indirect", "assertion", "according to", "At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and damaging churches, houses, and other infrastructure"),
   ("Alexander Pimentel", "indirect", "assertion", "told", "the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes"),
   ("Phivolcs", "indirect", "assertion", "According to", "the epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 km (45 miles) north of Tandag City, the capital of Surigao del Sur"),
   ("Phivolcs", "indirect", "assertion", "reported", "the earthquake's magnitude was 5.5"),
   ("United States Geological Survey", "indirect", "assertion", "reported", "5.8", "an elliptical NP complement ('reported 5.8'); an agency, not an evidence noun"),
   ("Alexander Pimentel", "indirect", "assertion", "said", "Madrid District Hospital in the town of Madrid, which sustained cracks on concrete walls with some pieces falling to the ground, treated 25 wounded people who evacuated to the hospital",
    "'…, CNN Philippines reported the governor said': the outlet merely relays (rule 7), via alone", ["CNN Philippines"]),
  ],
  "neutral": []},
 "wn2019-073": {"source": (WN, "data/wikinews_2019.csv row 73", URL + "Retired_US_Supreme_Court_Justice_John_Paul_Stevens_dies"),
  "published": "2019-07-17",
  "entities": {"US Supreme Court": (O, ["US Supreme Court", "the Supreme Court", "The statement"]),
               "John G. Roberts": (P, ["Chief Justice John G. Roberts", "John G. Roberts"])},
  "statements": [
   ("US Supreme Court", "indirect", "assertion", "according to", "John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday at the age of 99", "'a statement released by the Supreme Court': a press statement stays its organisation's assertion"),
   ("US Supreme Court", "indirect", "assertion", "ascribed", "his death to complications from a stroke on Monday", "'The statement ascribed …': the document speaks for the Court"),
   ("John G. Roberts", "direct", "assertion", "wrote", "On behalf of the Court and retired Justices,", "an interrupted quotation: two rows of one cue (rich18)"),
   ("John G. Roberts", "direct", "assertion", "wrote", "I am saddened to report that our colleague Justice John Paul Stevens has passed away. A son of the Midwest heartland and a veteran of World War II, Justice Stevens devoted his long life to public service, including 35 years on the Supreme Court. He brought to our bench an inimitable blend of kindness, humility, wisdom, and independence. His unrelenting commitment to justice has left us a better nation. We extend our deepest condolences to his children Elizabeth and Susan, and to his extended family"),
  ],
  "neutral": ["Among the most famous opinions written by Stevens was his dissent"]},  # an opinion named, no content
 "wn2019-074": {"source": (WN, "data/wikinews_2019.csv row 74", URL + "US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress"),
  "published": "2019-07-20",
  "entities": {"House of Representatives": (O, ["The United States House of Representatives", "United States House of Representatives", "US House of Representatives", "the House"]),
               "Donald Trump": (P, ["President Donald Trump", "Donald Trump", "Trump"]),
               "United States Supreme Court": (O, ["the United States Supreme Court", "United States Supreme Court"]),
               "Trump administration": (O, ["the Trump administration", "the administration", "The administration"]),
               "Kerri Kupec": (P, ["Kerri Kupec, spokeswoman for the Trump administration's Department of Justice", "Kerri Kupec"]),
               "Wilbur Ross": (P, ["Commerce Secretary Wilbur Ross", "Wilbur Ross", "Ross"])},
  "statements": [
   ("House of Representatives", "indirect", "assertion", "citing", "their refusal to disclose to Congress documents related to President Donald Trump's attempt to add a citizenship question to the 2020 census", "'citing' a reason, NP complement (earlier sets' 'citing security')"),
   ("Donald Trump", "indirect", "assertion", "claimed", "the documents were subject to executive privilege"),
   ("United States Supreme Court", "mixed", "assertion", "saying", "the justification presented for the question was \"contrived.\"", "a court's ruling with its content (rich8); no judge named: the court"),
   ("Donald Trump", "indirect", "assertion", "announced", "he would drop his bid to add the question", "a bare future under 'announced' (rule 7)"),
   ("Trump administration", "indirect", "assertion", "said", "he would use an executive order to add the citizenship question to the census", "a bare future (rule 7)"),
   ("Kerri Kupec", "indirect", "assertion", "criticized", "the House's decision", "an evaluative speech act, NP object; a named spokesperson is the person (rule 8)"),
   ("Wilbur Ross", "mixed", "assertion", "referred to as", "\"gamesmanship\" and a \"stunt\"", "two quoted fragments of one cue: one row, the marks kept"),
  ],
  "neutral": ["with the stated rationale of improving enforcement of the 1965 Voting Rights Act",  # sourceless ('stated')
              "ruled against its initial attempt",  # a ruling with no content; its content follows with 'saying'
              "Barr and Ross, however, refused to hand over the documents"]},  # an act
 "wn2019-075": {"source": (WN, "data/wikinews_2019.csv row 75", URL + "Four_teenagers_shot_at_Pennsylvania_graduation_party"),
  "published": "2019-07-23",
  "entities": {"Police": (G, ["Police", "police", "county police"]),
               "Neighbors": (G, ["Neighbors"])},
  "statements": [
   ("Police", "indirect", "assertion", "said", "over a hundred people attended the party, located in Allegheny County, four of whom were injured in the shooting"),
   ("Neighbors", "indirect", "assertion", "told", "the area is usually quiet", "a bare plural source (rich17)"),
   ("Police", "indirect", "assertion", "according to", "Party-goers still at the scene after the shooting fled when police arrived", "'county police': one police entity for the article"),
  ],
  "neutral": ["responded to multiple reports of a shooting",  # sourceless reports
              "The victims have not been identified"]},  # passive, negated
 "wn2019-076": {"source": (WN, "data/wikinews_2019.csv row 76", URL + "Tropical_Depression_Three_of_2019_approaches_Florida_before_dissipating"),
  "published": "2019-07-23",
  "entities": {"National Hurricane Center": (O, ["the National Hurricane Center", "National Hurricane Center", "NHC", "they"]),
               "Air Force Reserve": (O, ["Air Force Reserve"])},
  "statements": [
   ("National Hurricane Center", "indirect", "assertion", "reported", "the depression had sustained winds of 30 miles per hour (45 kilometers per hour), just nine shy of becoming a tropical storm"),
   ("National Hurricane Center", "indirect", "assertion", "reported", "the depression dissipated off the coast of Florida", "'they reported': the NHC"),
   ("National Hurricane Center", "indirect", "assertion", "had", "the depression 120 miles (195 km) southeast of Florida's West Palm Beach, moving northwest at 13 mph (20 km/h)", "'The National Hurricane Center's 5 p.m. update … had the depression …': an advisory's content, its organisation's assertion"),
   ("Air Force Reserve", "indirect", "evidence", "finding", "the storm no longer qualified as a \"Tropical Depression\" because it didn't exhibit closed circulation near ground level", "'an Air Force Reserve survey finding': a survey, evidence; its organisation the source (rule 3); the marks are a term, not its words"),
  ],
  "neutral": ["the depression was given only a one-in-five chance of becoming a tropical storm",  # passive, sourceless
              "It was forecast to reach Florida possibly on Wednesday",  # passive, sourceless
              "A \"tropical depression\" is a form of tropical cyclone"]},  # a term in quotation marks
 "wn2019-077": {"source": (WN, "data/wikinews_2019.csv row 77", URL + "Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister"),
  "published": "2019-07-24",
  "entities": {"Boris Johnson": (P, ["Boris Johnson", "Johnson"])},
  "statements": [
   ("Boris Johnson", "indirect", "assertion", "stressed", "his support for the Brexit movement", "'In his victory speech, Johnson stressed …': NP complement"),
   ("Boris Johnson", "indirect", "intention", "reiterated", "he plans on leaving the European Union even if no agreement has been reached regarding future relations", "the words name the speaker's plan (rule 7: 'plans')"),
  ],
  "neutral": ["Parliament, however, has repeatedly voted against a \"no deal\" Brexit",  # a vote; scare quotes
              "Conservative Party members voted on Tuesday to elect Boris Johnson"]},  # a vote
 "wn2019-078": {"source": (WN, "data/wikinews_2019.csv row 78", URL + "Puerto_Rico_governor_announces_resignation_following_protests"),
  "published": "2019-07-28",
  "entities": {"Ricardo Rosselló": (P, ["Ricardo Rosselló Nevares, Puerto Rico's governor", "Ricardo Rosselló Nevares", "Puerto Rico governor", "Rosselló"]),
               "Protesters": (G, ["Protesters"]),
               "the commonwealth's constitution": (O, ["the commonwealth's constitution"]),
               "Wanda Vázquez Garced": (P, ["Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico", "Wanda Vázquez Garced", "Vázquez"]),
               "Ricardo Llerandi": (P, ["Ricardo Llerandi, Rosselló's chief of staff", "Ricardo Llerandi"])},
  "statements": [
   ("Ricardo Rosselló", "indirect", "assertion", "announces", "resignation", "headline; NP complement (rich17's 'announced her candidacy')"),
   ("Ricardo Rosselló", "indirect", "assertion", "announced", "his resignation", "NP complement"),
   ("Ricardo Rosselló", "indirect", "assertion", "said", "he is to leave office next month on August 2 at 5 p.m. local time (2100 UTC)", "a bare future (rule 7)"),
   ("Ricardo Rosselló", "direct", "assertion", "said", "Despite having the democratic mandate of the people who elected me, today I feel that to continue in this position represents difficulty in allowing achieved success to endure."),
   ("Protesters", "indirect", "request", "called for", "Rosselló's resignation"),
   ("the commonwealth's constitution", "indirect", "assertion", "According to", "the Secretary of State would normally succeed the governor", "a document as its own source (rich16/rich17); not an evidence noun"),
   ("Wanda Vázquez Garced", "direct", "assertion", "said", "I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today. We will be working together to have a responsible and transparent transition process.", "the nested 'He just announced' is inside the quotation (rule 5)"),
   ("Ricardo Llerandi", "indirect", "assertion", "announced", "his resignation effective next Wednesday, July 31", "NP complement"),
   ("Ricardo Rosselló", "indirect", "assertion", "announced", "he would resign leadership of the New Progressive Party", "a bare future (rule 7)"),
  ],
  "neutral": ["His announcement followed two weeks of protests",  # a nominal cue with no content
              "revelations he and his staffers sent anti-homosexual and misogynistic comments",  # sourceless
              "Messages disparaged a variety of public figures and Hurricane Maria victims",  # topic only, no speaker
              "A pesar de contar con el mandato del pueblo que democráticamente me eligió"]},  # the Spanish original of the quotation, no marks, no cue
 "wn2019-079": {"source": (WN, "data/wikinews_2019.csv row 79", URL + "Puerto_Rico%27s_governor_Rossell%C3%B3_resigns,_new_governor_sworn_in"),
  "published": "2019-08-04",
  "entities": {"The Puerto Rican constitution": (O, ["The Puerto Rican constitution", "The constitution"]),
               "Pedro Pierluisi": (P, ["Pedro Pierluisi", "Pierluisi"]),
               "the Senate": (O, ["the Senate"]),
               "Thomas Rivera Schatz": (P, ["Senate President Thomas Rivera Schatz", "Thomas Rivera Schatz"]),
               "Eduardo Bhatia": (P, ["One senator, Eduardo Bhatia", "Eduardo Bhatia"]),
               "Carmen Yulín Cruz": (P, ["Carmen Yulín Cruz, the mayor of the capitol city of San Juan", "Carmen Yulín Cruz"]),
               "Wanda Vázquez Garced": (P, ["Secretary of Justice Wanda Vázquez Garced", "Wanda Vázquez Garced"]),
               "Reuters": (O, ["Reuters"])},
  "statements": [
   ("The Puerto Rican constitution", "indirect", "assertion", "stipulates", "the secretary of state succeeds to the governorship following a vacancy", "a document as its own source; an indicative clause"),
   ("The Puerto Rican constitution", "indirect", "request", "requires", "both houses of the Legislative Assembly to confirm nominees", "'requires X to': a mandative complement (rule 7)"),
   ("Pedro Pierluisi", "direct", "assertion", "said", "If the Senate confirms me, I will be governor until 2020. If the Senates does not confirm me, I will be governor until next Wednesday."),
   ("the Senate", "indirect", "assertion", "announced", "it would meet on Monday", "a bare future (rule 7)"),
   ("Thomas Rivera Schatz", "indirect", "assertion", "expressed", "opposition to the swearing-in of Pierluisi", "a position, NP complement"),
   ("Thomas Rivera Schatz", "indirect", "assertion", "suggested", "there were not enough votes in the Senate for his confirmation"),
   ("Eduardo Bhatia", "indirect", "intention", "said", "he intended to sue over the controversy", "the words name a volition (rule 7: 'intend')"),
   ("Carmen Yulín Cruz", "indirect", "assertion", "said", "she would challenge Pierluisi's oath of office in court", "a bare future (rule 7)"),
   ("Wanda Vázquez Garced", "indirect", "assertion", "has expressed", "she is uninterested in taking up the office of governor but would do so if she did succeed to it", "'…, according to Reuters': the outlet relays", ["Reuters"]),
  ],
  "neutral": ["the commonwealth's House of Representatives confirmed him",  # a confirmation vote, an act
              "the Senate had not confirmed him",  # an act, negated
              "Si el Senado me ratifica, seré gobernador hasta el 2020"]},  # the Spanish original, no marks, no cue
 "wn2019-080": {"source": (WN, "data/wikinews_2019.csv row 80", URL + "Wikinews_attends_Texas_Haunters_Convention"),
  "published": "2019-08-05",
  "entities": {"Joshua Winch": (P, ["Local actor and producer Joshua Winch", "Joshua Winch", "Winch", "He"])},
  "statements": [
   ("Joshua Winch", "indirect", "assertion", "told", "he began acting in theater 20 years ago and also worked on several film projects as a Production Assistant"),
   ("Joshua Winch", "indirect", "assertion", "said", "he has produced a great deal of horror-comedy films, but grew tired of reading reviews that his films weren't horror because they had comedic elements"),
   ("Joshua Winch", "direct", "request", "said", "I want you to make a pure horror movie.", "'I want you to …' said to a director: a directive, request"),
   ("Joshua Winch", "indirect", "assertion", "said", "the film has been screened at 14 film festivals and he was named Best Actor at one of those events"),
  ],
  "neutral": ["reviews that his films weren't horror because they had comedic elements",  # indefinite source (rich15/18 'according to reports')
              "a 'bubbler' prop"]},  # a label in quotation marks
 "wn2019-081": {"source": (WN, "data/wikinews_2019.csv row 81", URL + "French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard"),
  "published": "2019-08-06",
  "entities": {"Franky Zapata": (P, ["French inventor Franky Zapata", "Franky Zapata", "Zapata", "The inventor", "the inventor"])},
  "statements": [
   ("Franky Zapata", "indirect", "assertion", "described", "being tricky because the boat could not be kept still in the moving waters of the Channel", "'described as …': the complement after 'as'"),
   ("Franky Zapata", "direct", "assertion", "told", "Once I managed to stick my heels into the boat, I knew I had done 90% of the work,"),
   ("Franky Zapata", "indirect", "assertion", "said", "Strong winds over the Channel presented difficulty during the crossing"),
   ("Franky Zapata", "indirect", "assertion", "adding", "it required much endurance to manage to stay airborne"),
   ("Franky Zapata", "direct", "assertion", None, "It's an isometric exercise for the thighs, so it burns — it's quite hard.", "a quotation continuing the speaker (rule 4)"),
   ("Franky Zapata", "direct", "assertion", "told", "We made a machine three years ago... and now we've crossed the Channel, it's crazy."),
  ],
  "neutral": ["could reportedly serve military assault or logistics purposes",  # 'reportedly'
              "to show the invention could be utilized for military purposes"]},  # shown by an act, not said
 "wn2019-082": {"source": (WN, "data/wikinews_2019.csv row 82", URL + "Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead"),
  "published": "2019-08-08",
  "entities": {"officials": (G, ["officials"]),
               "Police": (G, ["Police", "police"]),
               "State prosecutors": (G, ["State prosecutors", "they"]),
               "Josh Bash": (P, ["prosecutor Josh Bash, the U.S. Attorney for the Western District of Texas", "Josh Bash", "U.S. Attorney Bash", "Bash"]),
               "Andrés Manuel López Obrador": (P, ["Mexican President Andrés Manuel López Obrador", "Andrés Manuel López Obrador"]),
               "the Mexican government": (O, ["the Mexican government"]),
               "Marcelo Ebrard": (P, ["Mexico's Foreign Secretary Marcelo Ebrard", "Marcelo Ebrard", "The foreign minister", "Ebrard"]),
               "Dee Margo": (P, ["the El Paso mayor, Dee Margo", "Dee Margo"]),
               "the writer": (P, ["the writer"]),
               "Greg Allen": (P, ["El Paso's police chief Greg Allen", "Greg Allen"]),
               "Gun Violence Archive": (O, ["the Gun Violence Archive", "Gun Violence Archive", "The archive"])},
  "statements": [
   ("officials", "indirect", "assertion", "reported", "On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, Texas, with the death toll rising to 22 people on Monday, reported officials, with 25 others injured", "the interrupting cue kept inside (rich15/rich18's Al Jazeera row)"),
   ("Police", "indirect", "assertion", "said", "the suspected gunman surrendered himself to police after being confronted by officers"),
   ("Police", "indirect", "assertion", "according to", "The shooting began at 10:39 a.m. local time (1639 UTC)"),
   ("Police", "indirect", "assertion", "said", "officers arrived at the Walmart six minutes later", "'police, who said': the relative pronoun resolved"),
   ("State prosecutors", "indirect", "assertion", "said", "State prosecutors charged the suspect in the shooting with capital murder", "'…, they said Sunday'"),
   ("Josh Bash", "indirect", "assertion", "according to", "Federal authorities are investigating the shooting as domestic terrorism"),
   ("Josh Bash", "mixed", "assertion", "characterized", "designed to intimidate a civilian population, to say the least.", "'characterized the attack as \"…\"': the fragment"),
   ("Josh Bash", "direct", "assertion", "said", "We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice,", "'going to': a bare future (rule 7)"),
   ("Andrés Manuel López Obrador", "indirect", "assertion", "According to", "six Mexican nationals were killed in the attack, and seven more were injured"),
   ("the Mexican government", "indirect", "evidence", "said", "eight Mexicans died in the attack", "'Another report from the Mexican government … said': a report (evidence noun), its organisation the source (rule 3)"),
   ("Marcelo Ebrard", "indirect", "assertion", "said", "the Mexican government would pressure the U.S. government to provide better protections for Mexicans in the United States", "a bare future; 'said' is not mandative (rule 7)"),
   ("Marcelo Ebrard", "indirect", "assertion", "said", "Mexico would consider charging the gunman with terrorism against Mexicans and would seek to extradite the gunman to face charges in Mexico", "'would consider … would seek to': a future of the country's acts, no volition of the speaker's named (rule 7)"),
   ("Marcelo Ebrard", "direct", "assertion", "said", "As far as I know, this would be the first case of this type in history"),
   ("Marcelo Ebrard", "direct", "assertion", "adding", "For Mexico, this individual is a terrorist"),
   ("Dee Margo", "indirect", "assertion", "According to", "police were investigating whether a manifesto posted online to the message board 8chan was written by the suspect"),
   ("the writer", "mixed", "belief", "supposes", "a \"cultural and ethnic replacement brought on by an invasion\" of Hispanic people into the United States", "'In the document, the writer supposes …': the manifesto's unnamed author; suppose is a verb of thinking"),
   ("Josh Bash", "indirect", "assertion", "According to", "the manifesto if written by the suspect could strengthen the federal government's case"),
   ("Josh Bash", "direct", "assertion", None, "The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here.", "the quotation after the colon continues Bash (rule 4)"),
   ("Greg Allen", "indirect", "assertion", "said", "the police were attributing authorship of the document to Crusius", "rule 7, the reporter's row (as 'Kosiec stated police believe …')"),
   ("Police", "indirect", "belief", "attributing", "authorship of the document to Crusius", "rule 7, the holder's row: the police's judgement", ["Greg Allen"]),
   ("Gun Violence Archive", "indirect", "evidence", "According to", "the shooting followed four deadly mass shootings in the United States that week, including one in California at a garlic festival in Gilroy, killing three, and another in Chippewa Falls, Wisconsin where at least five died", "'data from the Gun Violence Archive': data, evidence"),
   ("Gun Violence Archive", "indirect", "assertion", "characterizes", "events where four or more people are killed or injured by gunfire, other than the perpetrator, as a mass shooting", "a definition by the organisation"),
  ],
  "neutral": ["U.S. officials identified the suspect as 21-year-old Patrick Crusius"]},  # 'identified as' (earlier sets: neutral)
 "wn2019-083": {"source": (WN, "data/wikinews_2019.csv row 83", URL + "Puerto_Rico_Supreme_Court_removes_Governor_Pierluisi;_Wanda_V%C3%A1zquez_becomes_governor"),
  "published": "2019-08-08",
  "entities": {"Supreme Court of Puerto Rico": (O, ["the Supreme Court of Puerto Rico", "Puerto Rico Supreme Court", "The opinion of the Court", "the Supreme Court"]),
               "Wanda Vázquez Garced": (P, ["Secretary of Justice Wanda Vázquez Garced", "Wanda Vázquez Garced", "Governor Vázquez", "then-Secretary Vázquez", "Wanda Vázquez", "Vázquez"]),
               "The Puerto Rican constitution": (O, ["The Puerto Rican constitution"]),
               "Pedro Pierluisi": (P, ["Pedro Pierluisi", "Governor Pierluisi", "Pierluisi"]),
               "Juan Dalmau": (P, ["Senator Juan Dalmau", "Juan Dalmau"])},
  "statements": [
   ("Supreme Court of Puerto Rico", "direct", "assertion", "read", "[I]t is concluded that the oath of office as governor of the Honorable Pedro R. Pierluisi Urrutia, secretary of state nominated during [an Assembly] recess, is unconstitutional[...] Pierluisi Urrutia can no longer continue in the position of governor as of the moment in which this opinion and ruling is effective[.]", "'The opinion of the Court … read in part': a document speaks for its author; a ruling is an assertion (rich8)"),
   ("Wanda Vázquez Garced", "indirect", "assertion", "stated", "she was uninterested in taking up the governorship, but would fill the position as needed"),
   ("Wanda Vázquez Garced", "indirect", "intention", "affirmed", "her willingness to accept the role", "a noun of volition as object (docs/statements.md; earlier 'reaffirms its commitment to')"),
   ("Wanda Vázquez Garced", "direct", "assertion", "writing", "Puerto Rico needs certainty and stability. Our actions will be directed at that purpose and will always be first"),
   ("The Puerto Rican constitution", "indirect", "request", "requires", "consent from both houses of the Legislative Assembly to confirm a candidate for secretary of state", "a requirement, NP object ('called for X'); a document as its own source"),
   ("Pedro Pierluisi", "indirect", "assertion", "stated", "he would leave the governorship if the Senate voted against confirming him", "a bare future (rule 7)"),
   ("Pedro Pierluisi", "indirect", "assertion", "said", "the Senate had no say in his confirmation since there was no longer a secretary of state, and that the courts should decide who holds the governorship", "two 'that' clauses of one cue: one row; 'should' under 'said' stays an assertion"),
   ("Juan Dalmau", "mixed", "assertion", "According to", "the Senate cancelled its planned hearing because Pierluisi did \"...not recongnize the authority of the Puerto Rico Senate to address the [matter].\"", "'a memo posted online by Senator Juan Dalmau': the memo speaks for its author"),
   ("Supreme Court of Puerto Rico", "indirect", "assertion", "finding", "Pierluisi was improperly sworn in as governor", "a court's finding: a ruling, assertion (rich8), not evidence"),
   ("Supreme Court of Puerto Rico", "indirect", "assertion", "found", "unconstitutional a 2005 law permitting an appointee as secretary of state to succeed to the governorship without the constitutionally required consent of both legislative houses"),
  ],
  "neutral": ["issued a ruling finding in favor of a lawsuit",  # a verdict with no content (rich18 'found not-guilty')
              "his claim to the governorship",  # a claim to an office, not speech
              "the House of Representatives confirmed Pierluisi's nomination",  # a confirmation vote
              "filed the lawsuit against Pierliusi on behalf of the Senate",  # an act, no content
              "which advocates Puerto Rico becoming a state within the United States",  # a party's standing platform, no speech event (doubtful: rule 6)
              "la juramentación como gobernador del honorable Pedro R. Pierluisi Urrutia",  # Spanish originals, no marks, no cue
              "Puerto Rico necesita certeza y estabilidad",
              "no reconoce la facultad del Senado de Puerto Rico"]},
}
