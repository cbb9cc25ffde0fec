"""Write the texts of statements-gv2012 from the globalvoices-2012 corpus (issue 14, session 21).

Usage (from the project root): python3 benchmarks/data/statements-gv2012/texts.py

Every post of ``benchmarks/data/globalvoices-2012/`` (Global Voices, May 2012, CC BY 3.0; taken by that
folder's README rule 1, which knows nothing of statements), so the set measures the statement finder on
news of a source and a style no rule was drawn from: citizen-media reports that quote tweets and blog
posts, often translated. The first 15 taken posts are **dev**, the rest **test** (as the identity splits
gvdev / gvcheck): test is never read for rules and is scored once at the end of a session.

Each text is the title, then the post's paragraphs one a line, as ``globalvoices-2012/source/`` has them
(no boilerplate is cut: the set measures text as it arrives), with what ingest would change anyway done
first (``clean``): zero-width and bidirectional marks dropped and runs of spaces (no-break spaces included)
made one, so hearsay's offsets line up with the gold's. ``annotations.py`` cleans the annotators' strings
the same way.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "globalvoices-2012"


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """Drop invisible marks and make each run of spaces one plain space, line by line, as ingest does."""
    return "\n".join(_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in text.split("\n"))


def posts(corpus: Path = CORPUS) -> list[dict[str, str]]:
    """The rows of the corpus's ``posts.tsv`` (n, post_id, date, words, split, offset, creator, title, url)."""
    with (corpus / "posts.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def article(post_id: str, corpus: Path = CORPUS) -> tuple[str, str, str, str]:
    """Return (doc id, published date, url, text) of one post."""
    lines = (corpus / "source" / f"gv-{post_id}.txt").read_text(encoding="utf-8").split("\n")
    title, published, url = lines[0].strip(), lines[1].strip(), lines[2].strip()
    body = [ln for ln in lines[4:] if ln.strip()]
    return f"gv-{post_id}", published, url, clean("\n".join([title, *body]))


def split_of(doc: str, corpus: Path = CORPUS) -> str:
    """``dev`` or ``test``: the corpus's ``dev`` / ``check`` (or ``test``) split of the post."""
    split = {f"gv-{p['post_id']}": p["split"] for p in posts(corpus)}[doc]
    return "dev" if split == "dev" else "test"


def main(here: Path = HERE, corpus: Path = CORPUS) -> None:
    n = 0
    for post in posts(corpus):
        doc, _, _, text = article(post["post_id"], corpus)
        (here / f"{doc}.txt").write_text(text + "\n", encoding="utf-8")
        n += 1
    print(f"{n} texts written to {here}")


if __name__ == "__main__":
    main()
