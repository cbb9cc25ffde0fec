"""Copies the figures-news selection rules (rounds 14-16) keep out: a candidate text that repeats a
line of 60 or more characters of a text already seen (an article of this set, a wikinews-statements
text, or an earlier pick), compared without case and non-word characters, on its first 80 of them."""
import re
from pathlib import Path

FN = Path(__file__).resolve().parent
DS = FN.parents[2].parent / 'shared' / 'datasets'


def _key(line):
    return re.sub(r'\W+', '', line.lower())[:80]


class SeenLines:
    """The long lines of the texts seen so far."""

    def __init__(self):
        self.keys = set()

    def remember(self, text):
        self.keys.update(_key(ln) for ln in text.splitlines() if len(ln) >= 60)

    def dup(self, text):
        return any(_key(ln) in self.keys for ln in text.splitlines() if len(ln) >= 60)


def seen_before(rows):
    """The lines of every article of ``rows`` (articles.tsv rows) and of every wikinews-statements text."""
    seen = SeenLines()
    for r in rows:
        seen.remember((FN / (r[0] + '.txt')).read_text())
    for p in sorted((DS / 'wikinews-statements').glob('*.txt')):
        seen.remember(p.read_text())
    return seen
