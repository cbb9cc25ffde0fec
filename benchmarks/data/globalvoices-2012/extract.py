"""Cut the taken posts of globalvoices-2012 (README rule 1) or globalvoices-2012b (its README's rule 2) out
of copied pages of the WordPress export.

Usage (from the project root):
    python3 benchmarks/data/globalvoices-2012/extract.py PAGES_DIR          # write raw/, source/, posts.tsv
    python3 benchmarks/data/globalvoices-2012/extract.py PAGES_DIR --check  # only report, write nothing
    python3 benchmarks/data/globalvoices-2012/extract.py PAGES_DIR --rule 2 # the same for ../globalvoices-2012b/

``PAGES_DIR`` holds the file look-up tool's 16,000-character pages of
``data/full/globalvoicesonline.wordpress.2012-may.xml`` (OpenGenderTracking/globalvoices, commit
3f146b51), one file per page named ``page-<offset>.txt`` (offset zero-padded to 7 digits), each
exactly as the tool returned it. The pages are not kept in the repository: the export also holds
commenters' e-mail and IP addresses, which are nobody's business here. What is kept is each taken
post's ``content:encoded`` HTML verbatim (``raw/gv-<post id>.html``), its text (``source/``) and
one line of metadata (``posts.tsv``).

The HTML becomes text by fixed, general steps (README "Text"): WordPress shortcodes that carry
images or embeds (``[caption …]…[/caption]``, ``[gallery …]``, ``[embed]…[/embed]``) are removed
with what they hold; the contents of ``script``, ``style``, ``iframe`` and ``object`` are dropped;
every block element (``p``, ``div``, ``blockquote``, ``li``, headings, ``br``, table rows) and every
line break of the source ends a paragraph; character references are decoded; runs of spaces
(no-break spaces included) become one space; empty paragraphs are dropped.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE = 16_000
MIN_WORDS, MAX_WORDS = 150, 1_500
MAX_POSTS, MAX_TOTAL_WORDS = 30, 18_000


@dataclass(frozen=True)
class Rule:
    """One selection rule: where it starts, how many taken posts are dev, what the rest is called, where it writes."""

    first_offset: int  # the first item that begins at or after this character
    dev_posts: int
    held_out: str
    out: Path


RULES = {
    1: Rule(576_000, 15, "check", HERE),  # README rule 1
    2: Rule(1_146_062, 20, "test", HERE.parent / "globalvoices-2012b"),  # ../globalvoices-2012b/README.md rule 2
}

_SHORTCODE = re.compile(r"\[(caption|embed|video|audio)\b[^\]]*\].*?\[/\1\]|\[gallery\b[^\]]*\]", re.S)
_BLOCK = {"p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
          "table", "hr", "pre", "dd", "dt", "dl", "figure", "figcaption", "section", "center"}
_SKIP = {"script", "style", "iframe", "object"}


@dataclass(frozen=True)
class Post:
    """One item of the export: where it begins, its metadata and its HTML."""

    offset: int
    post_id: str
    date: str
    title: str
    link: str
    creator: str
    post_type: str
    status: str
    html: str


class _Text(HTMLParser):
    """Collect text, breaking paragraphs at block elements and skipping embedded objects."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def to_text(markup: str) -> str:
    """The paragraphs of one post's HTML, one a line."""
    parser = _Text()
    parser.feed(_SHORTCODE.sub("", markup))
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        line = re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", line).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def _field(item: str, tag: str) -> str:
    match = re.search(rf"<{tag}>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?</{tag}>", item, re.S)
    return match.group(1) if match else ""


def read_pages(pages_dir: Path) -> tuple[int, str]:
    """The concatenated pages (first offset, text); every page but the last must be 16,000 characters."""
    files = sorted(pages_dir.glob("page-*.txt"))
    if not files:
        raise SystemExit(f"error: no page-*.txt files in {pages_dir}")
    first = int(files[0].stem.split("-")[1])
    chunks = []
    for i, path in enumerate(files):
        offset = int(path.stem.split("-")[1])
        if offset != first + i * PAGE:
            raise SystemExit(f"error: page {offset} out of sequence (expected {first + i * PAGE})")
        with path.open(encoding="utf-8", newline="") as handle:  # the post bodies' line ends are CR LF: keep them
            text = handle.read()
        if i < len(files) - 1 and len(text) != PAGE:
            raise SystemExit(f"error: {path.name} has {len(text)} characters, not {PAGE}")
        chunks.append(text)
    return first, "".join(chunks)


def posts(first: int, text: str, rule: Rule = RULES[1]) -> list[Post]:
    """Every complete item of the pages that begins at or after the rule's first offset, in file order."""
    found = []
    for match in re.finditer(r"<item>(.*?)</item>", text, re.S):
        offset = first + match.start()
        if offset < rule.first_offset:
            continue
        item = match.group(1)
        content = re.search(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", item, re.S)
        found.append(Post(offset, _field(item, "wp:post_id"), _field(item, "wp:post_date")[:10],
                          html.unescape(_field(item, "title")).strip(), _field(item, "link").strip(),
                          html.unescape(_field(item, "dc:creator")).strip(), _field(item, "wp:post_type"),
                          _field(item, "wp:status"), content.group(1) if content else ""))
    return found


def select(found: list[Post]) -> tuple[list[tuple[Post, int]], list[tuple[Post, str]], bool]:
    """Apply the rule's steps 2-4: (taken posts with word counts, skipped items with reasons, whether it stopped)."""
    taken: list[tuple[Post, int]] = []
    skipped: list[tuple[Post, str]] = []
    total = 0
    for post in found:
        if post.post_type != "post" or post.status != "publish":
            skipped.append((post, f"{post.post_type or '?'} / {post.status or '?'}"))
            continue
        words = len(to_text(post.html).split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            skipped.append((post, f"{words} words"))
            continue
        if total + words > MAX_TOTAL_WORDS:
            skipped.append((post, f"{words} words: would pass the {MAX_TOTAL_WORDS:,}-word cap; the rule stops here"))
            return taken, skipped, True
        taken.append((post, words))
        total += words
        if len(taken) == MAX_POSTS:
            return taken, skipped, True
    return taken, skipped, False


def write(taken: list[tuple[Post, int]], rule: Rule = RULES[1]) -> None:
    out = rule.out
    (out / "raw").mkdir(exist_ok=True)
    (out / "source").mkdir(exist_ok=True)
    rows = ["n\tpost_id\tdate\twords\tsplit\toffset\tcreator\ttitle\turl"]
    for n, (post, words) in enumerate(taken, 1):
        doc = f"gv-{post.post_id}"
        (out / "raw" / f"{doc}.html").write_text(post.html, encoding="utf-8")
        body = to_text(post.html)
        (out / "source" / f"{doc}.txt").write_text(f"{post.title}\n{post.date}\n{post.link}\n\n{body}\n",
                                                   encoding="utf-8")
        split = "dev" if n <= rule.dev_posts else rule.held_out
        rows.append(f"{n}\t{post.post_id}\t{post.date}\t{words}\t{split}\t{post.offset}\t{post.creator}\t"
                    f"{post.title}\t{post.link}")
    (out / "posts.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="directory of page-<offset>.txt files")
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    parser.add_argument("--rule", type=int, choices=sorted(RULES), default=1,
                        help="1: globalvoices-2012 (default); 2: globalvoices-2012b")
    args = parser.parse_args(argv)
    rule = RULES[args.rule]
    first, text = read_pages(args.pages)
    taken, skipped, stopped = select(posts(first, text, rule))
    for post, reason in skipped:
        print(f"skipped {post.post_id} @{post.offset} {post.date}: {reason}")
    for n, (post, words) in enumerate(taken, 1):
        print(f"{n:2d} {post.post_id} @{post.offset} {post.date} {words:5d} words  {post.title[:60]}")
    print(f"{len(taken)} taken, {sum(w for _, w in taken)} words, rule "
          f"{'complete' if stopped else 'NOT complete: copy more pages'}")
    if not args.check:
        write(taken, rule)
    return 0 if stopped else 1


if __name__ == "__main__":
    sys.exit(main())
