"""Hand annotations of statements-rich19 (written before any hearsay run on these texts; issue 14, round 35).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich19/annotations.py`` to (re)write the gold files and
articles.tsv. Rules: docs/annotation.md (rules 1-8), the READMEs of statements-rich .. rich18.
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
 "wn2019-048": {"source": (WN, "data/wikinews_2019.csv row 48", URL + "New_studies_may_bring_slug-made_glues_closer_to_use_in_medicine"),
  "published": "2019-04-11",
  "entities": {"scientists": (G, ["scientists"]),
               "Previous studies": (G, ["Previous studies"]),
               "Rebecca Falconer": (P, ["Scientist Rebecca Falconer, an Ithaca College undergraduate who led one of the two studies", "Rebecca Falconer", "Falconer", "she", "She"]),
               "Christopher Gallego-Lazo": (P, ["Christopher Gallego-Lazo, also an Ithaca undergrad", "Christopher Gallego-Lazo", "Gallego-Lazo"])},
  "statements": [
   ("scientists", "indirect", "assertion", "disclosed", "new steps toward using natural adhesives made by the dusky Arion slug (Arion subfuscus) in medical applications such as in closing skin wounds and reducing scarring", "an NP complement ('announced three days of mourning'); the two studies' authors"),
   ("Previous studies", "indirect", "evidence", "shown", "unlike many artificial adhesives, Arion slug glue is non-toxic to mammalian tissue", "studies as source"),
   ("Rebecca Falconer", "direct", "assertion", "said", "Typical sutures like staples and stitches often lead to scarring and create holes in the skin that could increase the chance of infection after surgery [...] Understanding the roles of adhesive proteins in the slug glue would aid in the creation of a medical adhesive that can move and stretch yet still retain its strength and adhesiveness."),
   ("Christopher Gallego-Lazo", "indirect", "evidence", "found", "slight changes in these chemical bonds could alter the strength of the slug glue", "a researcher's finding: 'find' is an evidence cue (statements.md types)"),
   ("Christopher Gallego-Lazo", "direct", "assertion", "said", "Few studies on biological adhesives have identified the exact nature of the bonds holding the glue together [...] This knowledge can guide the development of an organic synthetic adhesive that would reduce the risk of infection and scarring compared to stitches and staples and could be applied rapidly and simply."),
  ],
  "neutral": ["Falconer observed eleven proteins found only in slug glue"]},
 "wn2019-050": {"source": (WN, "data/wikinews_2019.csv row 50", URL + "California_court_sentences_parents_who_kept_their_children_in_captivity"),
  "published": "2019-04-20",
  "entities": {"Bernard Schwartz": (P, ["Judge Bernard Schwartz", "The judge presiding over the case, Bernard Schwartz", "Bernard Schwartz", "Schwartz"]),
               "David Turpin": (P, ["David Turpin", "The father"]),
               "Louise Turpin": (P, ["Louise Turpin", "The mother"]),
               "One of the children": (P, ["One of the children", "this person"]),
               "One of them": (P, ["One of them"]),
               "one of their daughters": (P, ["one of their daughters, aged 17", "one of their daughters", "She"])},
  "statements": [
   ("Bernard Schwartz", "direct", "assertion", "said", "You have severed the ability to interact and raise your children that you have created and brought into this world."),
   ("Bernard Schwartz", "mixed", "assertion", "say", "he was not giving them the longest possible sentence because they had \"accepted responsibility at an early stage in the proceeding\" by pleading guilty to fourteen felony charges each and \"spared your children having to relive the humiliation and the harm they endured in that house of horrors.\"", "'went on to say' (round 33's going on)"),
   ("David Turpin", "direct", "assertion", "said", "I love my children and I believe my children love me.", "'The father': the belief inside the quotation is nested (rule 5)"),
   ("Louise Turpin", "direct", "assertion", "said", "I really look forward to the day I can see them, hug them and tell them I'm sorry."),
   ("One of the children", "direct", "assertion", "said", "Sometimes I still have nightmares of things that had happened such as my siblings being chained up or getting beaten."),
   ("One of the children", "indirect", "assertion", "said", "they still love their parents and had partially forgiven them", "'this person also said'"),
   ("One of them", "direct", "assertion", "say", "Although it may not have been the best way of raising us, I am glad that they did because it made me the person I am today.", "'went as far to say'; another of the children (not known to be the same one)"),
   ("one of their daughters", "indirect", "assertion", "said", "some of her siblings were chained into their beds"),
  ],
  "neutral": ["As revealed at trial", "David Turpin, alone, was also charged with making false statements"]},
 "wn2019-051": {"source": (WN, "data/wikinews_2019.csv row 51", URL + "US_Department_of_Justice_investigating_Ford_over_emissions_testing_problems"),
  "published": "2019-04-28",
  "entities": {"Ford Motor Company": (O, ["Ford Motor Company", "Ford", "the filing"]),
               "employees": (G, ["employee", "The employees"]),
               "The Verge": (O, ["The Verge"])},
  "statements": [
   ("Ford Motor Company", "indirect", "assertion", "announced", "the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices"),
   ("Ford Motor Company", "indirect", "assertion", "said", "the criminal investigation started on some unspecified date after Ford voluntarily disclosed the matter to the federal government on February 21"),
   ("Ford Motor Company", "mixed", "assertion", "said", "the matter \"currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing\", and \"does not involve the use of defeat devices\"", "the writer's relative clause after it is not Ford's"),
   ("Ford Motor Company", "direct", "assertion", "told", "Ford is fully cooperating with the government, and we'll keep them posted on what we're finding through our investigation and technical review"),
   ("Ford Motor Company", "direct", "assertion", "writing", "In addition, we have notified a number of other state and federal agencies. We are fully cooperating with all government agencies."),
   ("Ford Motor Company", "indirect", "assertion", "announced", "investigating itself", "a gerund complement"),
   ("employees", "indirect", "belief", "concerns", "emission testing calculation could be inconsistent", "a nominal cue ('employee concerns that …')"),
   ("The Verge", "indirect", "assertion", "according to", "Ford started its investigation by hiring law firm Sidley Austin"),
   ("Ford Motor Company", "indirect", "assertion", "According to", "Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18, and also to the California Air Resources Board on February 21", "'according to the filing': a document speaks for its filer (rich15)"),
  ],
  "neutral": ["The employees were reportedly concerned about the calculation"]},
 "wn2019-054": {"source": (WN, "data/wikinews_2019.csv row 54", URL + "Scientific_study_suggests_dinosaurs_flapped_their_wings_as_they_ran"),
  "published": "2019-05-05",
  "entities": {"Scientific study": (G, ["Scientific study"]),
               "scientists from China's Tsinghua University and the Chinese Academy of Sciences": (G, ["scientists from China's Tsinghua University and the Chinese Academy of Sciences", "The authors", "The authors of the report", "the researchers", "the team", "They"]),
               "Jing-Shan Zhao": (P, ["Co-author Jing-Shan Zhao", "Jing-Shan Zhao"]),
               "John Hutchinson": (P, ["John Hutchinson, an evolutionary biomechanicist at London's Royal Veterinary College", "John Hutchinson", "he"])},
  "statements": [
   ("Scientific study", "indirect", "evidence", "suggests", "dinosaurs flapped their wings as they ran", "headline; a study as source"),
   ("scientists from China's Tsinghua University and the Chinese Academy of Sciences", "indirect", "assertion", "reported", "bird flight may have evolved from wing-flapping by running dinosaurs"),
   ("scientists from China's Tsinghua University and the Chinese Academy of Sciences", "indirect", "assertion", "proposed", "in Caudipteryx, from a mechanical perspective, two-legged running automatically induced wing flapping", "'proposed that' with an indicative clause: an assertion (rule 7)"),
   ("scientists from China's Tsinghua University and the Chinese Academy of Sciences", "indirect", "assertion", "estimate", "it had a top speed of about 18 mph (8 m/s)", "estimate: an assertion (statements.md)"),
   ("Jing-Shan Zhao", "direct", "assertion", "said", "Our work shows that the motion of flapping feathered wings was developed passively and naturally as the dinosaur ran on the ground[...] Although this flapping motion could not lift the dinosaur into the air at that time, the motion of flapping wings may have developed earlier than gliding."),
   ("scientists from China's Tsinghua University and the Chinese Academy of Sciences", "indirect", "evidence", "found", "the faster each ostrich ran, the more it tended to flap, with larger wings providing more lift", "'They found': a finding (find is an evidence cue)"),
   ("John Hutchinson", "indirect", "assertion", "saying", "Caudipteryx might have dealt with the vibrations by holding its forelimbs tight against its body instead of flapping"),
   ("John Hutchinson", "direct", "assertion", "told", "this study does lay groundwork that could be built upon and tested more rigorously. So perhaps it will inspire deeper insight in the future.", "the interrupted quotation's first part is only 'However,' (neutral)"),
  ],
  "neutral": ["These findings support the hypothesis flight could have evolved up from the ground",
              "questioned the findings", "\"However,\"",
              "current consensus among scientists says birds as we understand them evolved from theropod dinosaurs",
              "Some scientists believe the first fliers were tree-dwelling dinosaurs who could parachute and glide before they could fly",
              "some say flight grew up from the ground, from runners",
              "known to have feathered wings but not flight"]},
 "wn2019-057": {"source": (WN, "data/wikinews_2019.csv row 57", URL + "Polish_leader_Jaroslaw_Kaczynski_promises_stricter_punishments_for_child_abusers"),
  "published": "2019-05-15",
  "entities": {"Jarosław Kaczyński": (P, ["Polish leader Jaroslaw Kaczynski", "Jaroslaw Kaczynski", "Polish leader Jarosław Kaczyński of the conservative Law and Justice Party", "Jarosław Kaczyński", "Kaczyński"]),
               "Wojciech Polak": (P, ["the topmost senior Polish archbishop Wojciech Polak", "Wojciech Polak"]),
               "Anna Franowska": (P, ["Anna Franowska of \"Have no fear\", an abuse victim support charity", "Anna Franowska"])},
  "statements": [
   ("Jarosław Kaczyński", "indirect", "intention", "promises", "stricter punishments for child abusers", "headline; promise: an intention (statements.md)"),
   ("Jarosław Kaczyński", "indirect", "intention", "declared", "intent to impose stricter punishment for child sexual abuse", "an NP complement naming the speaker's intent (rule 7)"),
   ("Jarosław Kaczyński", "indirect", "assertion", "said", "the party was ready with amendments to the penal code for sentencing up to 30-year prison terms for child sexual abuse"),
   ("Jarosław Kaczyński", "direct", "assertion", "said", "We prepared changes to the penal code meaning this crime will be punished very severely [...] there will be no suspended sentences, there will be severe penalties, maybe even up to 30 years in prison", "a bare future (rule 7)"),
   ("Wojciech Polak", "direct", "assertion", "said", "I am deeply disturbed by what I saw in Tomasz Sekielski's film. The enormous suffering of those who have been hurt gives rise to pain and shame [...] I am sorry for every wound inflicted by people of the church."),
   ("Anna Franowska", "mixed", "assertion", "Calling", "just another apology", "a participle cue before its subject; the fragment ('called D'Souza \"…\"')"),
   ("Anna Franowska", "direct", "assertion", "told", "it almost appears as if the statement was prepared before the church officials saw the movie"),
  ],
  "neutral": ["There have been numerous complaints about Catholic churches not handling the cases of sexual abuse properly",
              "imposed a law mandating Catholic priests and nuns to report cases of sexual abuse in the religious congregation to the higher church authorities"]},
}


FLAT = {"wn2019-048", "wn2019-054"}  # select.py's picks 0, 3


def main() -> None:
    write_feed_gold(A, D, "wikinews2019", FLAT)


if __name__ == "__main__":
    main()
