"""Text normalisation, done exactly once per article before anything else sees the text.

What changes: Unicode NFC; CR/CRLF to LF; tabs, no-break and other Unicode spaces to a plain
space; runs of spaces collapsed; spaces at line ends dropped; three or more line breaks
collapsed to one blank line; zero-width and bidirectional control characters removed (they
hide text and reorder what a reader sees: issue 8). In flattened text (scraped corpora and CSV
exports that lost their line breaks: fewer than one per ``FLAT_CHARS`` characters, or a page of
``_SHORT_FLAT_CHARS`` or more on one line) the breaks
at the top of the page whose place is clear come back: a space becomes a line break after a web
address, around a dateline's date, around a labelled time stamp ("Updated 4: 08 p. m. ET") and at
the end of a headline run into its first sentence (issue 14). Nothing else is rewritten and no length changes, so every offset hearsay reports
points into the stored text.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width, bidi embedding/override/isolate marks, BOM, soft hyphen, other C0/C1 controls
# except \n and \t (tabs become spaces below).
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_END_SPACE = re.compile(" +\n")
_LINE_START_SPACE = re.compile("\n +")
_MANY_BREAKS = re.compile("\n{3,}")

# Cloudflare's e-mail obfuscation leaves "[email protected]" in scraped text.
EMAIL_RESIDUE = re.compile(r"\[email(?:&#160;|\u00a0| )protected\]")


# Text with fewer line breaks than one per FLAT_CHARS characters arrived flattened.
FLAT_CHARS = 800
_SHORT_FLAT_CHARS = 400  # a shorter text on one line may be a single paragraph written so
_HEAD_CHARS = 600  # the top of the page, where an address, a headline and a dateline stand

_MONTH = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[A-Za-z]*\.?,?"
_CLOCK = r"\d{1,2} ?[:.] ?\d{2}(?: ?[AaPp]\.? ?[Mm]?\.?)?(?: (?:[A-Z]{1,3}T|UTC|GMT))?"
_DAY_MONTH_YEAR = (rf"(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}|\d{{1,2}}\s{_MONTH},?\s\d{{4}}"
                   r"|\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}"
                   rf"|{_MONTH} ?- ?\d{{1,2}} ?- ?\d{{2,4}})")
# a dateline: an optional label, weekday and clock time around a date ("May 2, 2013 | 5: 03pm",
# "Updated: July 7, 2012, 10: 04 PM ET", "14: 25 Sun Sep 15 2013", "First Posted: 10 / 25 / 11 06: 44 PM ET")
_DATELINE = re.compile(
    r"(?:(?i:(?:article |first |last )?(?:published|updated|posted|edited)(?: on)?)\s?:?\s)?"
    rf"(?:{_CLOCK}\s)?(?:{_WEEKDAY}\s)?{_DAY_MONTH_YEAR}"
    rf"(?:,?\s(?:\|\s|at\s|-\s)?{_CLOCK})?")
# a time stamp a page sets on a line of its own, labelled ("Updated 4: 08 p. m. ET", "Posted: May 2,
# 2013", "Last updated at 10: 04 PM"): its label is capitalised, as a line's first word is, and a
# clock time or a date follows (issue 14 round 14: a headline ran on into "Updated 4: 08 p. m. ET")
_STAMP = re.compile(
    r"(?<![^\s])(?:(?:Last|First|LAST|FIRST) (?:[Uu]pdated|[Pp]osted|[Pp]ublished|UPDATED|POSTED|PUBLISHED)"
    r"|Updated|Posted|Published|UPDATED|POSTED|PUBLISHED)(?: on| at)?\s?:?\s"
    rf"(?:(?:{_WEEKDAY}\s)?{_DAY_MONTH_YEAR}(?:,?\s(?:\|\s|at\s|-\s)?{_CLOCK})?|{_CLOCK})")
_SEPARATORS = frozenset("/ - _ ? = & . :".split())
_PAGE_EXTENSIONS = frozenset("htm html shtml php asp aspx jsp cms".split())


def _address_end(flat: str) -> int | None:
    """End of a web address opening the page (as tokenised corpora space it: "http: / / x. com / a - b /")."""
    if not re.match(r"(?:https?:|www\.)", flat):
        return None
    tokens = list(re.finditer(r"\S+", flat[:300]))
    for i, tok in enumerate(tokens):
        word = tok.group()
        if not any(c.isupper() for c in word):
            continue
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if nxt in _SEPARATORS or (word.endswith(".") and nxt in _PAGE_EXTENSIONS):
            continue  # a capital inside the address: "/ Feb / 04 /", "_ N. htm"
        if _FRAGMENT_ID.fullmatch(word):
            continue  # a fragment or tracking id closing the address ("683284. html#. UlFH6xaKwlI"): no word
        return tokens[i - 1].end() if i else None
    return None


# closed-class words that open a sentence: capitalised after a headline's last word, with no
# punctuation between, they begin the first sentence ("... boost Time Warner profit The ...")
_OPENERS = frozenset("the a an it he she they we i its his her their this these those there in on at after when as "
                     "for from with while despite".split())
# a token of mixed-case letters and digits ("UlFH6xaKwlI"): an id closing a web address, not a word
_FRAGMENT_ID = re.compile(r"(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[A-Za-z0-9_#-]{6,}")
# a word ending in a full stop that ends no sentence: an initial ("W."), an abbreviation of a
# title or a generation ("Dr.", "Sr."), a dotted acronym ("U.S.")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|(?:Dr|Mr|Mrs|Ms|St|Sr|Jr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Mt|Ft)\.")
# number words open a news lede ("Four men rammed …", "Two people died …")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve dozens hundreds thousands".split())


def _decimal_split(prev: str, word: str) -> bool:
    """True for a decimal number tokenised corpora split after its point ("$2. 5 million"): no sentence end."""
    return prev[-2:-1].isdigit() and word[:1].isdigit()


_JOINERS = frozenset("a an the of in on at to for from by with as and or but into over after before about "
                     "against under vs".split())


def is_flat(text: str) -> bool:
    """True when ``text`` arrived flattened: fewer than one line break per ``FLAT_CHARS``
    characters below the top of the page (where :func:`restore_breaks` puts some back, so the
    answer is the same before and after)."""
    if "\n" not in text.strip() and len(text) >= _SHORT_FLAT_CHARS:
        return True  # a short page on one line: a headline cannot end in a line break (issue 14 round 22)
    return len(text) >= FLAT_CHARS and (text.count("\n", _HEAD_CHARS) + 1) * FLAT_CHARS < len(text)


def _restored_breaks(text: str) -> list[int]:
    """Offsets of spaces at the top of a flattened text that stood for line breaks.

    Read on the text with its line breaks as spaces, so a second pass finds the same places
    (normalisation is idempotent).
    """
    flat = text[:_HEAD_CHARS].replace("\n", " ")
    marks = [(m.start(), m.end()) for r in (_STAMP, _DATELINE) for m in r.finditer(flat)]
    stamps = {m.end() for m in _STAMP.finditer(flat)} | {m.start() - 1 for m in _STAMP.finditer(flat)}
    # a stamp next to another stamp or a dateline ("Posted: 10: 15 AM Published on March 3, 2014")
    # shares its line
    joins = {e for _, e in marks if e in stamps and any(b == e + 1 for b, _ in marks)}
    return sorted((set(_top_breaks(text)) | set(_stamp_breaks(text))) - joins)


def _stamp_breaks(text: str) -> list[int]:
    """Offsets of the spaces around a labelled time stamp at the top of a flattened text.

    A stamp ("Updated 4: 08 p. m. ET") stands on a line of its own: a break goes before it and,
    when a capitalised word or a quotation follows, after it. Stamps and datelines next to each
    other ("First Posted: … Updated: …") stay one line.
    """
    flat = text[:_HEAD_CHARS].replace("\n", " ")
    stamps = [(m.start(), m.end()) for m in _STAMP.finditer(flat)]
    dates = [(m.start(), m.end()) for m in _DATELINE.finditer(flat)]
    ends = {e for _, e in stamps + dates}
    starts = {b for b, _ in stamps + dates}
    out: list[int] = []
    for start, end in stamps:
        if start > 0 and start - 1 not in ends:
            out.append(start - 1)
        if end + 1 not in starts and re.match(r" [\"“'‘`]*[A-Z]", flat[end:]):
            out.append(end)
    return _checked(text, out)


def _top_breaks(text: str) -> list[int]:
    """Offsets of the spaces after a web address, around a dateline and after a run-on headline."""
    flat = text[:_HEAD_CHARS].replace("\n", " ")
    out: list[int] = []
    pos = 0
    address = _address_end(flat)
    if address:
        pos = address  # the first word with a capital that is no part of the address begins the page
        out.append(pos)
    date = _DATELINE.search(flat, pos)
    if date and len(flat[pos:date.start()].split()) <= 25 and not re.search(r"[a-z]{2}[.!?] [A-Z]", flat[pos:date.start()]):
        before = flat[pos:date.start()].rstrip()
        headline = before.split()
        if headline and (len(headline) < 3 or headline[-1].lower() in _JOINERS | {"since", "until", "through"}
                         or before[-1] in ",("):
            return _checked(text, out)  # "On May 2, 2013 the company ...": a date inside a sentence
        if headline:
            out.append(date.start() - 1)  # the headline ends where its dateline begins
        after = date.end()
        again = _DATELINE.match(flat, after + 1)  # "First Posted: ... Updated: ..."
        if again:
            after = again.end()
        if after < len(flat) and flat[after] == " " and re.match(r" [\"“'‘`]*[A-Z]", flat[after:]):
            out.append(after)
            pos = after + 1
        elif before:
            pos = date.start()
    words = list(re.finditer(r"\S+", flat[pos:]))[:30]
    subject = words[0].group() if words else ""
    for i in range(2, len(words) - 1):
        prev, word, nxt = words[i - 1].group(), words[i].group(), words[i + 1].group()
        if re.search(r"[.!?]$", prev) and not _ABBREVIATION.fullmatch(prev) and not _decimal_split(prev, word):
            break  # the first sentence ended: a headline with no stop was not run into it
        if re.search(r"[:;,\"”’')\]]$", prev) or prev.lower() in _JOINERS:
            continue
        opener = re.split(r"['’]", word.lower())[0]  # "We've", "It's": the opener and a verb
        if word[:1].isupper() and opener in _OPENERS and (nxt[:1].islower() or (len(nxt) > 1 and nxt.isupper())):
            out.append(pos + words[i].start() - 1)
            break
        if word[:1].isupper() and opener in _NUMBER_WORDS and prev[:1].islower() and nxt[:1].islower():
            # a number word opening the first sentence after a headline's lower-case last word
            # ("… before setting car ablaze Four men rammed …"); after a capital it is a name's
            # part ("Formula One team")
            out.append(pos + words[i].start() - 1)
            break
        if (word == subject and word[:1].isupper() and word.lower() not in _OPENERS and prev[:1].isupper()
                and nxt[:1].islower()):
            # the headline's first word, a name, opens the first sentence again after a capitalised
            # word: "Microsoft releases emergency patch for IE Microsoft on Wednesday released ..."
            out.append(pos + words[i].start() - 1)
            break
    return _checked(text, out)


def _checked(text: str, offsets: list[int]) -> list[int]:
    return [i for i in offsets if 0 < i < len(text) and text[i] in " \n"]


def restore_breaks(text: str) -> str:
    """Return ``text`` with the line breaks a flattened page lost at its top put back (same length)."""
    if not is_flat(text):
        return text
    chars = list(text)
    for i in _restored_breaks(text):
        chars[i] = "\n"
    return "".join(chars)


def normalize_text(raw: str) -> str:
    """Return ``raw`` normalised as described in the module docstring (idempotent)."""
    # Controls go before NFC: removing one between a letter and a combining mark would let a
    # second NFC pass compose them, and normalisation must be idempotent (found by atheris).
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _LINE_END_SPACE.sub("\n", text)
    text = _LINE_START_SPACE.sub("\n", text)
    text = _MANY_BREAKS.sub("\n\n", text)
    return restore_breaks(text.strip())


def find_residue(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, reason)`` for page residue left by scrapers in ``text``."""
    return [(m.start(), m.end(), "page residue: obfuscated e-mail address") for m in EMAIL_RESIDUE.finditer(text)]


__all__ = ["EMAIL_RESIDUE", "FLAT_CHARS", "find_residue", "is_flat", "normalize_text", "restore_breaks"]
