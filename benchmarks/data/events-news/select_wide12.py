"""Print the events-wide12 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide12.py`` (from the project root) prints the issue-15
round-20 set (``--set wide12``): a fourteenth blind events set, drawn to measure **types** and type +
actor on news text no events set used. It is wide9's rule (round 17) applied to the articles wide9,
wide10 and wide11 left: the same topics, every article any events set drew a line from (wide9, wide10
and wide11 included) excluded. Rule, fixed and committed before any candidate line was read:

* Source: ECB+ development articles (CC BY 3.0, ``../shared/datasets/ecbplus-entities/dev.jsonl.gz``),
  never a check topic (topic % 5 == 0; the customary test topics 36-45 are not in that file).
* Topics: those whose seminal event is political violence, conflict, policing or elections, as the
  READMEs of ``news`` (8, 11, 12, 19, 26) and ``wide`` (3, 13, 16, 18, 21, 22, 24, 32, 33) name them.
* Documents: the articles of those topics that no events set (news, wide, wide2 … wide11) drew a line
  from, sorted by id within their topic, taken round-robin over the topics.
* Lines: in each article, the first 2 lines that pass events-news's verb filter (``select.keep``)
  and whose text, lower-cased with its spaces collapsed, is not that of a line of any events set nor
  of a line already chosen.
* Stop at ``TOTAL`` lines.
Ids are ``W12-ecb-<article id>-s<line>``; ``doc`` is ``ecb:<article id>`` and ``line`` the 0-based
line number (``benchmarks/event_documents.py``).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_wide9 import show, wide9_lines  # noqa: E402  (wide9's rule, unchanged)

TOTAL = 64


def wide12_lines():
    return wide9_lines(own="events-wide12.json", prefix="W12", total=TOTAL)


if __name__ == "__main__":
    show(wide12_lines(), sys.argv[1:])
