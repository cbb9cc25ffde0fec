"""Print the events-wide10 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide10.py`` (from the project root) prints the issue-15
round-18 set (``--set wide10``): a twelfth blind events set, drawn to measure **false events on
`NONE` lines and actors** on news text no events set used. It is wide9's rule (round 17) applied to
the articles wide9 left: the same topics, every article any events set drew a line from (wide9
included) excluded. Rule, fixed and committed before any candidate line was read:

* Source: ECB+ development articles (CC BY 3.0, ``../shared/datasets/ecbplus-entities/dev.jsonl.gz``),
  never a check topic (topic % 5 == 0; the customary test topics 36-45 are not in that file).
* Topics: those whose seminal event is political violence, conflict, policing or elections, as the
  READMEs of ``news`` (8, 11, 12, 19, 26) and ``wide`` (3, 13, 16, 18, 21, 22, 24, 32, 33) name them:
  ``TOPICS`` below. (These topics hold the parties the type + actor figure needs; the type-group
  strata of wide5 … wide8 drew mostly lines without a political actor.)
* Documents: the articles of those topics that no events set (news, wide, wide2 … wide9) drew a line
  from, sorted by id within their topic, taken round-robin over the topics (the first unused article
  of each topic in topic order, then the second of each, …), so that no topic fills the set.
* Lines: in each article, the first ``PER_DOC`` lines (the article's text split at line breaks, as
  ``select.py`` splits it) that pass events-news's verb filter (``select.keep``: 6 words or more, not
  a URL, a political/conflict/legal verb stem) and whose text, lower-cased with its spaces
  collapsed, is not that of a line of any events set nor of a line already chosen (ECB+ carries
  several wire copies of one story).
* Stop at ``TOTAL`` lines.
Ids are ``W10-ecb-<article id>-s<line>``; ``doc`` is ``ecb:<article id>`` and ``line`` the 0-based
line number (``benchmarks/event_documents.py``).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_wide9 import show, wide9_lines  # noqa: E402  (wide9's rule, unchanged)

TOTAL = 64


def wide10_lines():
    return wide9_lines(own="events-wide10.json", prefix="W10", total=TOTAL)


if __name__ == "__main__":
    show(wide10_lines(), sys.argv[1:])
