"""Hand annotations of statements-rich17 (written before any hearsay run on these texts; issue 14, round 32).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich17/annotations.py`` to (re)write the gold files and
articles.tsv. Rules: docs/annotation.md (rules 1-7), the READMEs of statements-rich .. rich16.
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
 "wn2019-027": {"source": (WN, "data/wikinews_2019.csv row 27", URL + "Nevada_becomes_first_state_in_U.S._with_majority-female_legislature"),
  "published": "2019-02-07",
  "entities": {"Patricia Ann Spearman": (P, ["State Senator Patricia Ann Spearman", "Patricia Ann Spearman", "Democrat Spearman", "Spearman"]),
               "Selena Torres": (P, ["Newly elected Assemblywoman Selena Torres", "Selena Torres"]),
               "Kelly Dittmar": (P, ["Rutgers University political scholar Kelly Dittmar", "Kelly Dittmar", "Dittmar"]),
               "Jill Tolles": (P, ["A Republican Assemblywoman, Jill Tolles", "Jill Tolles"])},
  "statements": [
   ("Patricia Ann Spearman", "direct", "assertion", "remarked", "It's been a long, hard fight. I'm starting to see some of the fruits of not just my labor, but the labor of so many other people whose names I don't know,"),
   ("Patricia Ann Spearman", "direct", "assertion", "remarking", "Women in Nevada have said, 'It's time to do away with the patriarchy that that holds people down. It's just time to do away with it.'", "'further remarking': the nested 'have said' is inside the quotation (rule 5)"),
   ("Selena Torres", "direct", "assertion", "said", "It's really exciting to be part of this female majority, but also to be a Latina sitting in that majority[...] And when you have students that are recognizing, maybe for the first time, that they too have the ability to be involved and run for office, it truly highlights the importance."),
   ("Kelly Dittmar", "direct", "assertion", "According to", "Women hold fewer than 30 percent of state legislative seats across the country, fewer than 25 percent of congressional seats, so getting to 50 percent in any one place is something significant."),
   ("Kelly Dittmar", "direct", "assertion", "add", "If we want to see parity, it means that we also need to increase the number of Republican women, because we're not going to get to gender parity in most places if we don't fare better in both parties."),
   ("Jill Tolles", "direct", "assertion", "commented", "Before I ran for office I did look at the makeup and think, 'There's just not as many females in the Republican Party, and how do we change that?'", "colon quote after 'commented on …:'"),
  ],
  "neutral": []},
 "wn2019-028": {"source": (WN, "data/wikinews_2019.csv row 28", URL + "Bishop_Emeritus_Dinualdo_Gutierrez_of_Marbel,_Philippines_dies"),
  "published": "2019-02-11",
  "entities": {"Catholic Bishops' Conference of the Philippines": (O, ["the Catholic Bishops' Conference of the Philippines (CBCP)", "Catholic Bishops' Conference of the Philippines", "CBCP"]),
               "Allan Casicas": (P, ["the current bishop, Allan Casicas", "Allan Casicas", "Casicas"])},
  "statements": [
   ("Catholic Bishops' Conference of the Philippines", "indirect", "assertion", "according to", "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the Philippines, 79, died early yesterday morning, in a General Santos City hospital"),
   ("Allan Casicas", "direct", "assertion", "said", "It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of Marbel. He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors' Hospital.", "'In a statement, …, said'"),
   ("Allan Casicas", "mixed", "request", "asked", "people to \"please pray for the repose of his soul\"", "ask X to: a request"),
   ("Catholic Bishops' Conference of the Philippines", "mixed", "assertion", "described", "a strong advocate for the environment in a province threatened by mining interests.", "passive 'was described by the CBCP as \"…\"': the fragment (rich16's Lorenzana)"),
  ],
  "neutral": ["the diocese had protested against a copper and gold mining project", "He was reportedly seen with a small oxygen tank"]},
 "wn2019-029": {"source": (WN, "data/wikinews_2019.csv row 29", URL + "Pioneering_oceanographer_Walter_Munk_dies_of_pneumonia_in_California"),
  "published": "2019-02-11",
  "entities": {"University of California, San Diego": (O, ["the University of California, San Diego", "University of California, San Diego"]),
               "Pradeep Khosla": (P, ["University of California, San Diego's chancellor, Pradeep Khosla", "Pradeep Khosla", "Khosla"]),
               "Margaret Leinen": (P, ["Scripps Oceanography director Margaret Leinen", "Margaret Leinen", "Leinen"]),
               "Mary": (P, ["His wife Mary", "Mary"])},
  "statements": [
   ("University of California, San Diego", "indirect", "assertion", "announced", "The death of pioneering oceanographer Walter Munk", "passive with a by-agent; an NP content"),
   ("Pradeep Khosla", "direct", "assertion", "said", "Walter was the most brilliant scientist I have ever known,"),
   ("Margaret Leinen", "direct", "assertion", "said", "Munk has been a world treasure for ocean science and geophysics."),
   ("Margaret Leinen", "mixed", "assertion", "described", "a guiding force, a stimulating force, a provocative force in science for 80 years\" who was \"one of the most distinguished and honored scientists in the world\" and \"always interested in sparking a discussion about what's coming next.", "'She described him as \"…\" who was \"…\" and \"…\"': the fragments, one row"),
   ("Mary", "direct", "assertion", "said", "We thought he would live forever. His legacy will be his passion for the ocean, which was endless."),
  ],
  "neutral": ["Khosla talked of Munk's", "was named after Munk"]},
 "wn2019-030": {"source": (WN, "data/wikinews_2019.csv row 30", URL + "Thai_political_party_withdraws_nomination_of_princess_for_prime_minister"),
  "published": "2019-02-11",
  "entities": {"the palace": (O, ["the palace", "The palace"]),
               "Maha Vajiralongkorn": (P, ["King Maha Vajiralongkorn", "Maha Vajiralongkorn", "the king"]),
               "Thai Raksa Chart Party": (O, ["Thailand's Thai Raksa Chart Party", "Thai Raksa Chart Party", "the party", "Thai Raksa Chart party"]),
               "Ubolratana Mahidol": (P, ["Princess Ubolratana Mahidol", "Princess Ubolratana", "the princess", "Ubolratana Mahidol"])},
  "statements": [
   ("the palace", "indirect", "assertion", "statement", "the king considered it inappropriate for Thai royals to run for elected office", "'issued a statement to the effect …': the palace reports the king's view (rule 7, first row)"),
   ("Maha Vajiralongkorn", "indirect", "belief", "considered", "it inappropriate for Thai royals to run for elected office", "the king's view, relayed by the palace (rule 7, inner row)", ["the palace"]),
   ("Maha Vajiralongkorn", "direct", "assertion", "statement", "Even though she relinquished her title according to royal laws [...] she still retains her status and position as a member of the Chakri dynasty [...] Involvement of a high-ranking member of the royal family in politics, in whatever way, is an act that conflicts with the country's traditions, customs, and culture, and therefore is considered extremely inappropriate.", "'issued the following statement from the king:' the king's, via the palace", ["the palace"]),
   ("Thai Raksa Chart Party", "direct", "assertion", "informed", "Thai Raksa Chart party complies with the royal command,"),
   ("Ubolratana Mahidol", "indirect", "assertion", "announced", "her candidacy for the prime ministry under the Thai Raksa Chart Party", "an NP complement (rich16's 'admitted his guilt')"),
   ("Ubolratana Mahidol", "mixed", "assertion", "pointed out", "she had \"relinquished my royal titles and lived as a commoner[.]\""),
  ],
  "neutral": ["had also been challenged by the opposing military political party", "did not immediately announce whom they would support",
              "Sources report she is generally treated as royalty", "she used Instagram to thank supporters", "Thai law forbids"]},
 "wn2019-031": {"source": (WN, "data/wikinews_2019.csv row 31", URL + "German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler"),
  "published": "2019-02-12",
  "entities": {"Abdullah Kurdi": (P, ["his father, Abdullah Kurdi", "Abdullah Kurdi", "his surviving father"]),
               "Carlotta Weibl": (P, ["Sea-Eye spokesperson Carlotta Weibl", "Carlotta Weibl"])},
  "statements": [
   ("Abdullah Kurdi", "indirect", "assertion", "says", "they had, his surviving father says, paid people smugglers to take them from Turkey to Greece in a small inflatable boat", "parenthetical cue inside the content"),
   ("Abdullah Kurdi", "direct", "assertion", "said", "This day is very hard for me, as I re-experience many memories,"),
   ("Abdullah Kurdi", "direct", "assertion", None, "It's people with good heart in this organization. So my boy's name stands for something good and his little soul can find ... peace.", "a quotation continuing the speaker (rule 4)"),
   ("Carlotta Weibl", "direct", "assertion", "said", "The name 'Alan Kurdi' shall be a reminder of what our work is really about. It is not about ships, captains, NGOs [Non-Governmental Organizations] and clashes with misguided politicians. It is about actual persons, like Alan, [and his brother and mother], who drown in the Mediterranean daily[, and] it is about the endless pain and grief their loved ones have to feel."),
  ],
  "neutral": ["Sea-Eye credit themselves with around 14,000 lives saved", "international public calls for more effort to assist migrants"]},
 "wn2019-032": {"source": (WN, "data/wikinews_2019.csv row 32", URL + "Hotel_fire_kills_at_least_seventeen_in_Karol_Bagh,_New_Delhi"),
  "published": "2019-02-13",
  "entities": {"officials": (G, ["officials"]),
               "Myanma embassy": (O, ["the Myanma embassy", "Myanma embassy"]),
               "a fire officer": (P, ["a fire officer"]),
               "Local media": (G, ["Local media"]),
               "the fire service": (O, ["the fire service"]),
               "The hotel's website": (G, ["The hotel's website"]),
               "police": (G, ["police"]),
               "Narendra Modi": (P, ["Prime Minister Narendra Modi", "Narendra Modi"]),
               "eyewitnesses": (G, ["eyewitnesses"]),
               "Satyendra Jain": (P, ["Satyendra Jain, the city's home minister", "Satyendra Jain"]),
               "Activists": (G, ["Activists"])},
  "statements": [
   ("officials", "indirect", "assertion", "according to", "At least seventeen people died and 35 were rescued"),
   ("Myanma embassy", "indirect", "assertion", "confirmed", "two Buddhist pilgrims from Myanmar also died"),
   ("a fire officer", "indirect", "assertion", "said", "wooden panels led to corridors becoming unusable for escape"),
   ("Local media", "indirect", "assertion", "reported", "most of the deceased suffocated"),
   ("the fire service", "indirect", "assertion", "according to", "One child was, according to the fire service, among the dead", "the cue interrupts the content"),
   ("The hotel's website", "indirect", "assertion", "estimated", "120 people were in the 25-year-old building at the time", "a document as its own source (rich16's 'Report')"),
   ("police", "indirect", "assertion", "according to", "A judicial inquiry was ordered"),
   ("Narendra Modi", "direct", "assertion", "tweeted", "Deeply saddened by the loss of lives"),
   ("Narendra Modi", "mixed", "assertion", "offered", "condolences to the families of those who lost their lives. May the injured recover soon.", "'offered \"…\"': the quoted fragment"),
   ("eyewitnesses", "indirect", "assertion", "According to", "the deceased child and his mother were among victims who leapt from the burning hotel"),
   ("Satyendra Jain", "direct", "assertion", "said", "Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six floors. It's gross negligence on the part of the officers who allowed the extra floors to be built. The entire hotel has wooden panelling, this shows carelessness on the part of the owner."),
   ("Activists", "indirect", "assertion", "claim", "safety standards are routinely ignored"),
  ],
  "neutral": ["personnel reportedly had control of the blaze"]},
}


FLAT = {"wn2019-027", "wn2019-030"}  # select.py's picks 0, 3


def main() -> None:
    write_feed_gold(A, D, "wikinews2019", FLAT)


if __name__ == "__main__":
    main()
