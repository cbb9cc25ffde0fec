"""GUM's Wikipedia-linked coreference as cross-document identity gold (issue 12, a third gold set).

GUM (the Georgetown University Multilayer corpus, ``benchmarks/data/gum-entities/``; README.md
there gives sources and licences) annotates every entity mention of a document (names,
descriptions, pronouns, nested mentions) in coreference chains, and links named entities to
Wikipedia: in ``coref/gum/conll/GUM_<genre>_<name>.conll`` a mention opens with
``(type-N`` or ``(type-N-Wikipedia_Title`` on its first token and closes with the same label and
``)`` on its last (``(type-N...)`` when it is one token). N numbers the chain inside its document;
the title is corpus-wide, so mentions of one title in two documents are one entity: identity gold
from another team, scheme and set of topics than ECB+ and MEANTIME.

Rows come out in the shape of ``meantime_entities``' rows: ``id`` (``news_asylum``: the file name
without ``GUM_``, so the text before the first ``_`` is the genre), ``topic`` (the genre),
``text``, ``mentions`` (``start``/``end``/``text``/``tag``/``cluster``), ``published`` and
``split``. ``cluster`` is the chain's Wikipedia title, percent-decoded (``Irving,_Texas``), when any
mention of the chain carries one, else ``<id>#<N>`` (a chain inside its document). ``tag`` is the
GUM entity type (person, place, organization, abstract, ...). Every mention of every chain is kept;
the scorer keeps the gold mentions that overlap a hearsay entity mention.

``split``: GUM's own dev and test documents (the ``ud_dev`` / ``ud_test`` lists of GUM's
``_build`` scripts, :data:`GUM_HELD_OUT`) are ``check`` — held out, run once, errors never
inspected; every other document is ``dev``.

The text is rebuilt from the tokens (the files carry no spacing and no sentence ends), so every
mention has exact character offsets:

- tokens are joined by one space, except before closing punctuation and clitics (``,`` ``.``
  ``)`` ``'s`` ``n't`` ``’s`` ...) and after opening brackets and currency signs; a straight
  ``"`` opens or closes a quotation by parity (no space inside the quotes); a ``-`` token between
  two alphanumeric tokens is a hyphen and joins them (GUM splits ``14-year-old`` into five tokens;
  a spaced dash between two words, rarer, is joined too);
- for news, the headline and the dateline each get their own line: the dateline is the first
  ``Weekday , Month D , YYYY`` run of tokens (Wikinews' form), the headline every token before it,
  and ``published`` is that date; when there is no such run both are left to the next rule and
  ``published`` is None;
- a new line starts after a sentence-final ``.`` ``!`` ``?`` (and any closing quote after it; a
  straight ``"`` closes only a quotation that is open, else it opens the next line) when the next
  token starts with a capital letter or a digit: the only places where the tokens make a
  sentence end safe. Captions without a final stop stay on the line of the next sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent / "data" / "gum-entities"

# GUM's dev and test documents (``ud_dev``/``ud_test`` in GUM's _build scripts, e.g.
# _build/utils/flair_dm_tagger.py; the same lists as the stype/UD splits of GUM v10): held out
GUM_HELD_OUT = frozenset({
    # dev
    "GUM_academic_exposure", "GUM_academic_librarians", "GUM_bio_byron", "GUM_bio_emperor",
    "GUM_conversation_grounded", "GUM_conversation_risk", "GUM_court_loan", "GUM_court_negligence",
    "GUM_essay_evolved", "GUM_essay_tools", "GUM_fiction_beast", "GUM_fiction_lunre",
    "GUM_interview_cyclone", "GUM_interview_gaming", "GUM_letter_arendt", "GUM_letter_wiki",
    "GUM_news_homeopathic", "GUM_news_iodine", "GUM_podcast_bangladesh", "GUM_podcast_wrestling",
    "GUM_reddit_macroeconomics", "GUM_reddit_pandas", "GUM_speech_impeachment", "GUM_speech_inauguration",
    "GUM_textbook_governments", "GUM_textbook_labor", "GUM_vlog_portland", "GUM_vlog_radiology",
    "GUM_voyage_athens", "GUM_voyage_coron", "GUM_whow_joke", "GUM_whow_overalls",
    # test
    "GUM_academic_discrimination", "GUM_academic_eegimaa", "GUM_bio_dvorak", "GUM_bio_jespersen",
    "GUM_conversation_lambada", "GUM_conversation_retirement", "GUM_court_insanity", "GUM_court_mitigation",
    "GUM_essay_fear", "GUM_essay_system", "GUM_fiction_falling", "GUM_fiction_teeth",
    "GUM_interview_hill", "GUM_interview_libertarian", "GUM_letter_attorney", "GUM_letter_mandela",
    "GUM_news_nasa", "GUM_news_sensitive", "GUM_podcast_bezos", "GUM_podcast_multitasking",
    "GUM_reddit_escape", "GUM_reddit_monsters", "GUM_speech_austria", "GUM_speech_newzealand",
    "GUM_textbook_chemistry", "GUM_textbook_union", "GUM_vlog_london", "GUM_vlog_studying",
    "GUM_voyage_oakland", "GUM_voyage_vavau", "GUM_whow_cactus", "GUM_whow_mice",
})

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "’", "...", "'s", "n't", "'re", "'ve",
                    "'ll", "'d", "'m", "’s", "n’t", "’re", "’ve", "’ll", "’d", "’m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "“", "‘", "#"}
_SENTENCE_END = {".", "!", "?"}
_CLOSING_QUOTES = {'"', "”", "’", "'"}
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"), 1)}
_BRACKET = re.compile(r"\(([^()]+)\)|\(([^()]+)|([^()]+)\)")


def _dateline(words: list[str]) -> tuple[int, date] | None:
    """Return where the first ``Weekday , Month D , YYYY`` run starts and its date, if any."""
    for i in range(len(words) - 5):
        w = words[i:i + 6]
        if (w[0] in _WEEKDAYS and w[1] == "," and w[2] in _MONTHS and w[3].isdigit() and w[4] == ","
                and len(w[5]) == 4 and w[5].isdigit()):
            try:
                return i, date(int(w[5]), _MONTHS[w[2]], int(w[3]))
            except ValueError:
                return None
    return None


def _breaks(words: list[str], dateline: int | None, paired_quotes: bool = True) -> set[int]:
    """Return the token indices that start a new line (see the module docstring).

    ``paired_quotes=False`` is the handling before 2a8c975 (every straight mark after a stop stays on its line), which
    figures-news's round-14/15 GUM texts were built with (``figures-news/build_texts.py`` asks for it by row)."""
    out: set[int] = set()
    if dateline is not None:
        out |= {dateline, dateline + 6} if dateline > 0 else {dateline + 6}
    # straight '"' marks pair by parity: the odd ones open a quotation, the even ones close it
    seen = 0
    opens: set[int] = set()
    for k, word in enumerate(words):
        if word == '"':
            seen += 1
            if seen % 2 and paired_quotes:
                opens.add(k)
    for i, word in enumerate(words[:-1]):
        if word not in _SENTENCE_END:
            continue
        j = i + 1
        # a closing mark after the stop stays on its line; a straight mark that opens a quotation
        # starts the next line ('uncrowded . " Had it happened …': mention audit 3 found its words
        # outside every quotation)
        while j < len(words) and words[j] in _CLOSING_QUOTES and j not in opens:
            j += 1
        first = j + 1 if j in opens else j  # the sentence's first word, after its opening mark
        if first < len(words) and (words[first][:1].isupper() or words[first][:1].isdigit()):
            out.add(j)
    out.discard(len(words))
    return out


def _text_and_offsets(words: list[str], breaks: set[int]) -> tuple[str, list[tuple[int, int]]]:
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos, quote_open, glue_next = 0, False, True
    for i, word in enumerate(words):
        if i:
            if i in breaks:
                sep = "\n"
            elif glue_next or word in _NO_SPACE_BEFORE:
                sep = ""
            elif word == '"' and quote_open:
                sep = ""
            elif word == "'" and words[i - 1][-1:] in ("s", "S"):
                sep = ""  # a plural possessive: "parents' defense"
            elif word == "-" and words[i - 1][-1:].isalnum() and i + 1 < len(words) and words[i + 1][:1].isalnum():
                sep = ""
            elif words[i - 1] == "-" and i >= 2 and words[i - 2][-1:].isalnum() and word[:1].isalnum():
                sep = ""
            else:
                sep = " "
            pieces.append(sep)
            pos += len(sep)
        offsets.append((pos, pos + len(word)))
        pieces.append(word)
        pos += len(word)
        if word == '"':
            glue_next = not quote_open  # an opening quote sticks to the next word
            quote_open = not quote_open
        else:
            glue_next = word in _NO_SPACE_AFTER
    return "".join(pieces) + "\n", offsets


def parse_conll(content: str) -> tuple[str, list[str], list[tuple[int, int, str, str, str | None]]]:
    """Return the document name, its tokens and its mentions (first token, last token, type, chain, title).

    Raises:
        ValueError: a bracket closes a mention that was never opened.
    """
    name = ""
    words: list[str] = []
    mentions: list[tuple[int, int, str, str, str | None]] = []
    open_: dict[str, list[int]] = {}
    for line in content.splitlines():
        if line.startswith("# begin document"):
            name = line.split()[-1]
            continue
        if not line or line.startswith("#"):
            continue
        _, word, coref = line.split("\t")
        i = len(words)
        words.append(word)
        if coref == "_":
            continue
        for single, start, end in _BRACKET.findall(coref):
            label = single or start or end
            if "-" not in label:
                # a bare number: some stored revisions mark every untyped one-token chain so
                # ("in (2)", ", (9)"); no entity type, no mention
                continue
            if single:
                mentions.append((i, i, *_label(label)))
            elif start:
                open_.setdefault(label, []).append(i)
            else:
                if not open_.get(label):
                    raise ValueError(f"{name}: token {i} closes {label!r}, which is not open")
                mentions.append((open_[label].pop(), i, *_label(label)))
    mentions.sort()
    return name, words, mentions


def _label(label: str) -> tuple[str, str, str | None]:
    parts = label.split("-", 2)
    return parts[0], parts[1], (unquote(parts[2]) if len(parts) > 2 else None)


def gum_row(path: Path, paired_quotes: bool = True) -> dict[str, Any]:
    """Return the row of one GUM ``.conll`` file (see the module docstring; ``paired_quotes`` as in :func:`_breaks`)."""
    name, words, raw = parse_conll(path.read_text(encoding="utf-8"))
    name = name or path.stem
    doc = name.removeprefix("GUM_")
    genre = doc.split("_", 1)[0]
    found = _dateline(words) if genre == "news" else None
    text, offsets = _text_and_offsets(words, _breaks(words, found[0] if found else None, paired_quotes))
    titles: dict[str, str] = {}
    for _, _, _, chain, title in raw:
        if title:
            titles.setdefault(chain, title)
    mentions = []
    for first, last, kind, chain, _ in raw:
        start, end = offsets[first][0], offsets[last][1]
        mentions.append({"start": start, "end": end, "text": text[start:end], "tag": kind,
                         "cluster": titles.get(chain, f"{doc}#{chain}")})
    return {"id": doc, "topic": genre, "split": "check" if name in GUM_HELD_OUT else "dev", "text": text,
            "published": found[1].isoformat() if found else None, "mentions": mentions}


def load_gum_entities(root: Path = ROOT) -> list[dict[str, Any]]:
    """Return one row per GUM document in ``root`` (see the module docstring), in file-name order."""
    return [gum_row(p) for p in sorted(root.glob("GUM_*.conll"))]


def gum_article(row: dict[str, Any]) -> Any:
    """Return the hearsay Article of one row (text normalised as ``hearsay ingest`` does)."""
    from hearsay.ingest.readers import make_article

    meta = {"id": f"gum-{row['id']}", "source": f"GUM {row['topic']}"}
    if row.get("published"):
        meta["published"] = row["published"]
    return make_article(text=row["text"], origin=f"gum:{row['id']}", meta=meta)


def iter_rows(split: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of ``split`` (dev, check or all)."""
    for row in load_gum_entities():
        if split == "all" or row["split"] == split:
            yield row
