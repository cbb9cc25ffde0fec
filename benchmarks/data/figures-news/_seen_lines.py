"""What the figures-news selection rules (rounds 14-17) share. The copies they keep out: a candidate text that repeats a
line of 60 or more characters of a text already seen (an article of this set, a wikinews-statements
text, or an earlier pick), compared without case and non-word characters, on its first 80 of them; and the ECB+ pool of
rounds 16-17 (``ecb_pool``)."""
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


# The ECB+ pool of rounds 16 and 17: ECB+ dev articles of round 10's genre grouping, never a
# figures-news check topic, never topic % 5 == 0, never an article of articles.tsv, URL line
# dropped, 600-2,500 characters.
CHECK = {4, 13, 18, 27, 31}
GENRES = {'science and health': {9, 1, 34}, 'sport': {7, 29}, 'disasters': {8, 14, 19, 23}, 'conflict': {12},
          'crime and courts': {3, 16, 21, 22, 24, 26, 32, 33}, 'politics': {11, 28}}
GENRE_OF = {t: g for g, s in GENRES.items() for t in s}
NUM = re.compile(r'\d[\d,.]*\d|\d')


def ecb_pool(used):
    """The pool's candidates as (-numerals, ECB+ id, topic, text), in the dataset's order."""
    import gzip
    import json

    out = []
    for line in gzip.open(DS / 'ecbplus-entities/dev.jsonl.gz', 'rt'):
        r = json.loads(line)
        t = int(r['id'].split('_')[0])
        if r['id'] in used or t % 5 == 0 or t in CHECK or t not in GENRE_OF:
            continue
        text = r['text']
        if text.startswith('http'):
            text = text.split('\n', 1)[1] if '\n' in text else ''
        if not 600 <= len(text) <= 2500:
            continue
        out.append((-len(NUM.findall(text)), r['id'], t, text))
    return out


def ecb_doc_id(i):
    """figures-news's doc_id of an ECB+ article id ("24_3ecbplus" -> "ecb24_3p")."""
    a, b = i.split('_')
    return 'ecb' + a + '_' + re.sub(r'\D', '', b) + ('p' if 'plus' in b else '')
