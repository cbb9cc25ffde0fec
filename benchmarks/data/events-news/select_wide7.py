"""Print the events-wide7 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide7.py`` (from the project root) prints the issue-15
round-13 set (``--set wide7``): a ninth blind events set, ``select_wide6.py``'s rule run again with
wide6's documents also left out and 3 lines per type group (36). Rule (wide6's, unchanged apart from
these two points), fixed before any candidate line was read:

* Documents, never a held-out one and never one any events set (news, wide, wide2 … wide6) drew a
  line from:
  - ECB+ development topics (CC BY 3.0) no events set drew from, never a check topic
    (topic % 5 == 0); articles sorted by topic, then id;
  - MEANTIME files (CC BY 4.0), never a held-out one (i % 5 == 4 of each sorted folder), sorted by
    folder and file name; body sentences only (sentence 2 on), rebuilt from the tokens;
  - re3d (per folder licence), never a held-out document (i % 5 == 4 of each folder sorted by
    ``_id``), for the four folders ``wide2`` read never one of its first 10.
  The three sources are interleaved: the first document of each (in the order above), then the
  second of each, and so on.
* Lines: a line needs 6 words or more and must not be a URL (re3d texts split as ``select_wide5.py``
  does; ECB+ texts are one sentence a line already).
* Strata: for each of the 12 type groups of ``GROUPS`` in order, the first ``PER_GROUP`` lines in the
  interleaved document order that match the group's pattern, are not yet chosen, and come from a
  document that has not yet given a line to that group.
* The round-11 flaw fixed: the protest pattern is case-sensitive for "march" (lower case only, so the
  month "March" does not match), takes demonstrators/demonstrations (not "demonstrate", which is
  mostly "show"), and a strike only with "on", "general" or "hunger".
Ids are ``W7-<source>-<document id>-s<line>``.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_wide6 import USED_SETS, wide6_lines  # noqa: E402  (the rule, run again)

PER_GROUP = 3


def wide7_lines():
    return wide6_lines("W7", PER_GROUP, USED_SETS + (6,))


if __name__ == "__main__":
    out = wide7_lines()
    print(len(out))
    if sys.argv[1:] == ["--ids"]:
        for o in out:
            print(o["id"], o["group"])
    else:
        for o in out:
            print(o["id"], "|", o["group"], "|", o["text"])
