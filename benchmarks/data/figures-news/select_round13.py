"""Round 13 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round13.py), fixed and
committed before any candidate text was read. Round 12's rule unchanged except that the fill-up line is part of it from the start.
One draw, a fresh blind dev sample of 10 (issue 15, figures round 13), from the candidates left after rounds 2-12 (all 128 rows,
check and check2 included, so nothing already used is drawn):
- ECB+ dev topics already in dev (never a check topic 4, 13, 18, 27, 31), one per genre of round 10's grouping (science and
  health {9, 1, 34}, sport {7, 29}, disasters {8, 14, 19, 23}, conflict {12}, crime and courts {3, 16, 21, 22, 24, 26, 32, 33},
  politics {11, 28}) (6);
- one MEANTIME development file from each of the four topics (stock, gm, airbus, apple) (4);
- if fewer than 10 (a topic with no candidate), a second ECB+ article per genre in the order above until 10.
Within a draw: most numerals, ties smaller id. Filters as round 11: unused by figures-news, never
topic % 5 == 0, never a held-out MEANTIME position (i % 5 == 4), not in wikinews-statements, CREATION_TIME present,
600-1,500 characters (ECB+ URL line dropped; 1,500 so that ten articles can be annotated in the round's time), no 60+
character sentence shared with an article already in the set or picked before it. re3d texts are not drawn.
Feed: the picks at positions i % 4 == 3 (0-based, pick order) are fed garbled (mojibake) when their text holds a non-ASCII
character, else flattened, as in rounds 9-12.
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv (no text is printed).
"""
import runpy
from pathlib import Path

# round 12's code, which already holds the fill-up line; run as it stands
runpy.run_path(str(Path(__file__).resolve().parent / "select_round12.py"), run_name="__main__")
