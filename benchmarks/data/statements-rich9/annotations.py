"""Hand annotations of statements-rich9 (written before any hearsay run on these texts; issue 14 round 18).

Each statement is (speaker, kind, type, cue, content[, note[, via]]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich9/annotations.py`` (after ``select.py --write``) to
(re)write the gold files and articles.tsv. Same format and rules as statements-rich..rich8
(docs/annotation.md); ``via`` lists the relays of a relayed statement, innermost first.
Aliases hold names and descriptions only, never a bare pronoun (so an unresolved "he" is no
correct speaker).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

P, O, G = "PERSON", "ORG", "GROUP"

A: dict = {
 "5_1ecb": {"source": (ECB, "5_1ecb", None), "published": None,
  "entities": {"Ed Stefanski": (P, ["General manager Ed Stefanski", "Ed Stefanski", "Stefanski"])},
  "statements": [
   ("Ed Stefanski", "indirect", "assertion", "announced", "Tony DiLeo, the team's assistant general manager and senior vice president, will take over as the head coach for the remainder of the season"),
   ("Ed Stefanski", "direct", "assertion", "said", "we are excited about the future under this direction. "),
   ("Ed Stefanski", "direct", "assertion", "said", "I made the decision because I felt we were not progressing the way we wanted to progress, ", "closing mark written as an opening one in the source"),
   ("Ed Stefanski", "direct", "assertion", None, "I feel on the floor we weren't executing the philosophy that we want to have as Sixers basketball.\nI told Mo we needed to go in a different direction and make a change.\nHe was very gracious about it.\nHe's a Sixer and is rooting for us to turn this around. ", "cue-less continuation over four lines"),
   ("Ed Stefanski", "direct", "belief", "said", "I believe in this team.\nWe are better than this, "),
   ("Ed Stefanski", "direct", "assertion", None, "We are going to make it better.\nWe will find a way to improve on this team. ", "cue-less continuation"),
  ],
  "neutral": ["was apparently the last straw"]},
 "10_1ecb": {"source": (ECB, "10_1ecb", None), "published": None,
  "entities": {"the team-owned flagship radio station": (O, ["the team-owned flagship radio station"]),
               "L.A. Times": (O, ["this L.A. Times story", "L.A. Times"]),
               "Bill Shaikin": (P, ["Bill Shaikin, the fine reporter who wrote the story", "Bill Shaikin"]),
               "team officials": (G, ["team officials"])},
  "statements": [
   ("the team-owned flagship radio station", "indirect", "assertion", "According to", "the Angels have made an eight-year offer to free agent first baseman Mark Teixeira", "the story credits the radio station: innermost source, relayed by the Times", ["L.A. Times"]),
   ("Bill Shaikin", "indirect", "assertion", "says", "the team was believed to have offered at least $160 million"),
   ("team officials", "indirect", "intention", "indicated", "an unwillingness to get into a bidding war with higher-revenue teams", "the Nationals' officials"),
  ],
  "neutral": ["as I hypothesized in today's print edition", "it appears this thing is far from over"]},
 "20_1ecb": {"source": (ECB, "20_1ecb", None), "published": None,
  "entities": {"Iranian media": (O, ["Iranian media", "media"]),
               "Mehdi Irannejad": (P, ["Qeshm Governor Mehdi Irannejad", "Mehdi Irannejad", "the governor", "The governor"]),
               "Another news agency": (O, ["Another news agency"])},
  "statements": [
   ("Iranian media", "indirect", "assertion", None, "Quake hits island off south Iran, five hurt", "headline 'X: media' (colon attribution)"),
   ("Iranian media", "indirect", "assertion", "said", "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings"),
   ("Mehdi Irannejad", "direct", "assertion", "told", "So far only the collapse of walls of houses in the villages of Zainabieh and Koohi has been reported, "),
   ("Mehdi Irannejad", "indirect", "assertion", "saying", "five people had received treatment after being injured by the quake, which struck seven km (4 miles) east of Dargahan", "'quoted the governor as saying': the governor, relayed by the agency", ["Another news agency"]),
   ("Mehdi Irannejad", "indirect", "assertion", "told", "2,000 tents were ready in case they were needed, and medical teams with supplies and rescue equipment had been sent to check villages near Dargahan"),
  ],
  "neutral": []},
 "24_1ecb": {"source": (ECB, "24_1ecb", None), "published": None, "entities": {}, "statements": [], "neutral": []},
 "25_1ecb": {"source": (ECB, "25_1ecb", None), "published": None, "entities": {}, "statements": [], "neutral": []},
 "30_4ecb": {"source": (ECB, "30_4ecb", None), "published": None,
  "entities": {"Egypt's communications ministry": (O, ["Egypt's communications ministry", "The ministry"])},
  "statements": [
   ("Egypt's communications ministry", "indirect", "assertion", "says", "Internet cables in the Mediterranean Sea have been cut, causing massive Internet outages"),
   ("Egypt's communications ministry", "indirect", "assertion", "says", "three Internet cables were cut off the coast of Sicily on Friday morning"),
   ("Egypt's communications ministry", "mixed", "assertion", "says", "it will take `` several days '' for cables to be repaired and is trying to switch Egypt's Internet to an alternative route"),
  ],
  "neutral": []},
 "5_1ecbplus": {"source": (ECB, "5_1ecbplus", None), "published": "2005-05-24",
  "entities": {"Billy King": (P, ["Billy King", "King"]),
               "Maurice Cheeks": (P, ["Maurice Cheeks", "Cheeks"]),
               "Jim O'Brien": (P, ["Jim O'Brien", "O'Brien"]),
               "Ed Snider": (P, ["Ed Snider, the chairman of Comcast - Spectacor", "Ed Snider", "Snider"])},
  "statements": [
   ("Billy King", "indirect", "assertion", "said", "he had the support of Ed Snider, the chairman of Comcast - Spectacor, the team's owner, for his latest moves even though the Sixers will be paying ex - coaches Randy Ayers ($2 million) and O'Brien along with Cheeks next season"),
   ("Billy King", "direct", "assertion", "said", "In talking with Ed, we felt the main focus was that we want to make the right decisions and not let money be the factor, "),
   ("Billy King", "direct", "belief", None, "We think we owe it to our fans and the city of Philadelphia to do that. ", "cue-less continuation"),
   ("Billy King", "indirect", "assertion", "said", "he decided on Saturday to fire O'Brien, and then checked with Cheeks to see if he'd be interested in the job"),
   ("Maurice Cheeks", "indirect", "assertion", "said", "he would be"),
   ("Billy King", "mixed", "assertion", "called", "perfect fit", "'he had called him a \"perfect fit\"': the fragment"),
   ("Billy King", "indirect", "assertion", "said", "he didn't think the Sixers were heading in the right direction"),
   ("Jim O'Brien", "indirect", "belief", "felt", "that was a bad matchup defensively"),
   ("Billy King", "mixed", "assertion", "said", "in his postseason meetings with players, \"not one of them said they wouldn't play for Jim...\nthat they'd all come back ready to go and try to go further in the playoffs. \""),
   ("Billy King", "indirect", "assertion", "said", "he didn't want to make a snap decision when the season ended on May 3, the day that the Detroit Pistons eliminated the Sixers from the playoffs"),
   ("Billy King", "direct", "assertion", "said", "In the interview process with Jim, there were a lot of things that we talked about, "),
   ("Billy King", "direct", "assertion", None, "But in watching the season, evaluating our young players' development and evaluating our style of play, it wasn't something I was comfortable with. ", "cue-less continuation"),
   ("Jim O'Brien", "direct", "assertion", "said", "I'm not going to have any discussion about this, ", "'he said' after 'O'Brien declined to comment'"),
   ("Billy King", "mixed", "assertion", "said", "when he broke the news yesterday to O'Brien, \"He asked why, and I told him that I just felt there were some things that took place that I don't think will change and we're going to make a change.\nHe said, 'Thank you.' \""),
   ("Ed Snider", "indirect", "assertion", "said", "he backed King"),
   ("Ed Snider", "direct", "assertion", "said", "I really don't question Billy at all, "),
   ("Ed Snider", "direct", "assertion", None, "I know what went on in the process when he made this decision, as well as the decision to hire Jim O'Brien.\nI've supported his moves, and I still do. ", "cue-less continuation"),
   ("Billy King", "direct", "assertion", "said", "Mo is family, "),
   ("Billy King", "direct", "assertion", None, "Mo bleeds 76ers.\nHe bleeds Philadelphia. ", "cue-less continuation"),
   ("Billy King", "direct", "assertion", "said", "I look at Mo Cheeks and I know Mo Cheeks, "),
   ("Billy King", "direct", "assertion", None, "If players have problems with Mo Cheeks, then there's got to be something wrong with those players. ", "cue-less continuation"),
   ("Billy King", "direct", "assertion", "said", "I look in the mirror every day, "),
   ("Billy King", "direct", "assertion", None, "I'm not somebody that's above scrutiny, but I think I try to do the best I can and make the best decisions. ", "cue-less continuation"),
  ],
  "neutral": ["There was also talk that O'Brien was aloof and not communicative with his players", "O'Brien declined to comment", "And King knows he's being held accountable"]},
 "10_1ecbplus": {"source": (ECB, "10_1ecbplus", None), "published": "2008-12-16",
  "entities": {"The Boston Herald": (O, ["The Boston Herald", "the newspaper"]),
               "Tony Reagins": (P, ["Angels general manager Tony Reagins", "Tony Reagins"]),
               "Theo Epstein": (P, ["GM Theo Epstein", "Theo Epstein", "Epstein"]),
               "Red Sox": (O, ["the Red Sox", "The Red Sox", "Red Sox"]),
               "Mark Teixeira": (P, ["Mark Teixeira", "Teixeira"])},
  "statements": [
   ("The Boston Herald", "indirect", "assertion", "reported", "the Red Sox have extended an offer for Teixeira, believed to be the longest and richest in the seven - year history of the ownership group led by John W. Henry"),
   ("The Boston Herald", "mixed", "assertion", "stated", "the offer is \"believed to be for at least eight years. \""),
   ("Tony Reagins", "indirect", "assertion", "confirmed", "his club had also made an eight - year offer"),
   ("Theo Epstein", "direct", "assertion", "said", "We're being aggressive, really aggressive on players that we like, "),
   ("Red Sox", "indirect", "belief", "feel", "Teixeira - - who will turn 29 in April - - could be the centerpiece of their lineup for the better part of a decade"),
   ("Theo Epstein", "direct", "belief", "said", "I think there's a chance of it, "),
   ("Theo Epstein", "direct", "assertion", None, "There's definitely a chance that we don't.\nI can't tell you which [answer], eight, 10, 12 years from now would have been better for the organization.\nBut players that we like and think can help us, we're going to try to sign to numbers that we think are reasonable and help us going forward and help us with our foundation.\nIf we get them, great.\nIf we don't, then we'll move on. ", "cue-less continuation over five lines"),
   ("Mark Teixeira", "indirect", "intention", "told", "he'd like to sign by Christmas"),
  ],
  "neutral": ["Boston reportedly looks to ink free - agent slugger for eight years", "it appears an offer has been transmitted",
              "according to reports", "There have been conflicting reports as to whether the Yankees have interest in Teixeira",
              "it's highly doubtful he would be moved"]},
 "20_1ecbplus": {"source": (ECB, "20_1ecbplus", None), "published": "2005-11-28",
  "entities": {"officials": (G, ["officials"]),
               "state media": (O, ["state media"]),
               "one woman in Qeshm": (P, ["one woman in Qeshm", "one woman"]),
               "US Geological Survey": (O, ["The US Geological Survey", "US Geological Survey"]),
               "Heydar Alishbandi": (P, ["Heydar Alishbandi, Governor of Qeshm island", "Heydar Alishbandi", "Mr Alishbandi", "Alishbandi"]),
               "the authorities": (G, ["the authorities"]),
               "Frances Harrison": (P, ["The BBC's Frances Harrison in Tehran", "The BBC's Frances Harrison", "Frances Harrison"])},
  "statements": [
   ("officials", "indirect", "assertion", "say", "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more and damaging several villages"),
   ("state media", "indirect", "assertion", "said", "The 6. 1 - magnitude quake struck Qeshm island, home to 120, 000 people, and the city of Bandar Abbas"),
   ("officials", "indirect", "assertion", "said", "On Qeshm island, between half and two - thirds of homes in five villages had been damaged"),
   ("one woman in Qeshm", "direct", "assertion", None, "We panicked", "a crosshead quoting the woman quoted below"),
   ("US Geological Survey", "indirect", "assertion", "put", "the epicentre of Sunday's quake at about 58km (36 miles) south - west of Bandar Abbas", "'put X at Y' (an estimate)"),
   ("Heydar Alishbandi", "indirect", "assertion", "said", "five villages had been badly hit, but the worst - affected areas appeared to be in the less - populated west"),
   ("the authorities", "indirect", "assertion", "say", "the rescue effort is now winding down"),
   ("Heydar Alishbandi", "indirect", "assertion", "told", "he was not expecting the death toll to rise"),
   ("Frances Harrison", "indirect", "assertion", "says", "in one incident a number of children suffered broken legs as they rushed to evacuate their school"),
   ("Frances Harrison", "indirect", "assertion", "says", "The initial tremor lasted just over 10 seconds", "parenthetical ', she says,' (the content runs on after it)"),
   ("officials", "indirect", "assertion", "say", "they are sending relief goods such as tents to those who have lost their homes"),
   ("one woman in Qeshm", "direct", "assertion", "told", "We were panicked.\nI saw an injured person with blood on their clothes being taken to a local hospital, "),
  ],
  "neutral": ["There were reports of people fleeing buildings in the larger city of Bandar Abbas"]},
 "24_1ecbplus": {"source": (ECB, "24_1ecbplus", None), "published": None,
  "entities": {"a police source": (P, ["a police source", "The police source"]),
               "police": (G, ["police"])},
  "statements": [
   ("a police source", "indirect", "assertion", "said", "Four men rammed their car into an upmarket jewelry store in central Paris on Monday, smashing the shop window and making off with a two - million - euro ($2. 6 - million) booty"),
   ("a police source", "indirect", "assertion", "said", "the men drove a large four - by - four car into the store in the early hours of the morning and grabbed jewelry and luxury watches worth an estimated two million euros"),
   ("police", "indirect", "assertion", "said", "they had recovered 80 percent of the haul"),
  ],
  "neutral": []},
}

if __name__ == "__main__":
    write_gold(A, D)
