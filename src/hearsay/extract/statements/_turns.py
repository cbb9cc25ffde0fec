"""Turns of conversation: the speaker of a quotation paragraph with no cue of its own, by
alternation, continuation or the narrative beat before it (Elson & McKeown 2010; Muzny et al. 2017)."""

from __future__ import annotations

from hearsay.extract.statements._drafts import _Draft
from hearsay.extract.statements._inverted_attribution import inverted_attribution, named_after
from hearsay.extract.statements._vocatives import addressed_words, names_addressee
from hearsay.extract.statements._layout import _opens_with_quote, _prev_para, _SENTENCE_END, _Text
from hearsay.extract.statements.speakers import Resolved, SpeakerResolver


_CONTINUATION_PARAS = 2
_OTHER_PARTY_TURNS = 4  # turns back the other party of an exchange is looked for


_OPENERS = "\"“”‘'`«„"


def _bare_turn(d: _Draft, turns: list[tuple[_Draft, int]], tx: _Text, resolver: SpeakerResolver) -> bool:
    """Give a cue-less quotation paragraph its speaker; return False when none can be told.

    First, a quotation whose own attribution follows its closing mark in quotative inversion
    ("“…,” said Rose", "…?”⏎asked Holmes") is that subject's, whatever the turns before it
    (``_inverted_attribution``; issue 14 round 50). Else the conversation tells
    (``_conversation_turn``), and a turn that would go to the person the quotation addresses by name
    goes to the other party (``_vocatives``; round 50).
    """
    if _inverted_turn(d, tx, resolver):
        return True
    if not _conversation_turn(d, turns, tx, resolver):
        return False
    _not_the_addressee(d, turns, tx, resolver)
    return True


def _not_the_addressee(d: _Draft, turns: list[tuple[_Draft, int]], tx: _Text, resolver: SpeakerResolver) -> None:
    """Give turn ``d`` to the latest earlier speaker it does not address when it addresses its own
    speaker by name ("“Yes, Curtis; …”" is not Curtis's); leave it when no such speaker is near."""
    if d.speaker is None:
        return
    addressed = addressed_words([t for t in tx.tokens(d.start, d.end) if d.start <= t.idx < d.end])
    if not names_addressee(resolver.entities.entity(d.speaker.entity).name, addressed):
        return
    for prev, _ in reversed(turns[-_OTHER_PARTY_TURNS:]):
        who = prev.speaker
        if who is None or who.entity == d.speaker.entity or names_addressee(resolver.entities.entity(who.entity).name, addressed):
            continue
        d.speaker, d.via, d.rule = who, prev.via, "alternation"
        return


def _conversation_turn(d: _Draft, turns: list[tuple[_Draft, int]], tx: _Text, resolver: SpeakerResolver) -> bool:
    """Give a cue-less quotation paragraph its speaker from the conversation; return False when none
    can be told.

    Three conversational rules, tried in order (Elson & McKeown 2010; Muzny et al. 2017):
    - *alternation*: after two adjacent quotation paragraphs by different speakers, one of them a
      question, the turn goes back to the earlier one (dialogue: "…?" said A. / "…," said B. /
      "…" is A's);
    - *continuation*: a quotation paragraph right after a direct or mixed statement (within two
      paragraphs), or in the paragraph right after an indirect one, continues its speaker, the
      news convention for multi-paragraph quotes;
    - *beat*: after a narrative paragraph with no statement, the person who is the subject of
      its last sentence speaks ("Holmes threw himself into an armchair. / “You see, …”").
    """
    text = tx.text
    q_para = tx.para(d.start)
    p_start = tx.para_start(d.start)
    if text[p_start:max(d.start, p_start)].strip().strip(_OPENERS):
        # the quotation does not open its paragraph (its opener may be two backticks and a space
        # in tokenised copy: "`` We just don't …", issue 14 round 9) ...
        if turns and _next_in_paragraph(d, turns[-1], tx):
            # ... unless it opens the sentence right after the quoted speaker's own ("“…,” Carter
            # said in a Nov. 24 statement. “It is a painful …”", issue 14 round 13)
            d.speaker, d.via = turns[-1][0].speaker, turns[-1][0].via
            return True
        return False
    prev_para = _prev_para(tx, q_para)
    last = turns[-1] if turns else None
    if last is not None and last[0].kind == "indirect":
        # a quotation paragraph continues the quoted speaker of the paragraph before, not a report
        # that closes it ("“…,” Heller argued after a prosecutor objected to …" / "“She's in
        # rehab right now.”" is Heller's; issue 14 round 11)
        # the report must sit in the quotation's own attribution sentence: in flattened text a
        # paragraph can hold another speaker's quotation and a later report (extra 60658)
        sent = last[0].cand.sentence if last[0].cand is not None else None
        quoted = [t for t in turns if t[1] == last[1] and t[0].kind != "indirect"
                  and t[0].cand is not None and t[0].cand.sentence == sent]
        if quoted:
            last = quoted[-1]
    if prev_para is not None and (last is None or last[1] < prev_para) and not _opens_with_quote(tx, prev_para):
        who = _beat_subject(tx, prev_para, resolver)
        if who is not None:
            d.speaker, d.rule = who, "beat"
            return True
    if last is None or last[0].speaker is None or q_para - last[1] > _CONTINUATION_PARAS or last[0].kind == "indirect" and q_para - last[1] > 1:
        # an indirect statement is continued only by the quotation paragraph right after it ("…,
        # a Defence Ministry statement said." / "“On sighting the helicopter …”", issue 14 round 9)
        return False
    if len(turns) >= 2 and last[1] == prev_para and _opens_with_quote(tx, prev_para):
        before = turns[-2]
        pp = _prev_para(tx, prev_para)
        first_of_last = tx.para(last[0].start)
        if (before[1] == pp and first_of_last == prev_para and pp is not None and _opens_with_quote(tx, pp)
                and before[0].speaker is not None and before[0].speaker.entity != last[0].speaker.entity
                and before[0].kind != "indirect" and _exchange(text, before[0], last[0], d)
                and _ends_paragraph(before[0], tx) and _ends_paragraph(last[0], tx)):
            d.speaker, d.via, d.rule = before[0].speaker, before[0].via, "alternation"
            return True
    d.speaker, d.via = last[0].speaker, last[0].via
    return True


def _inverted_turn(d: _Draft, tx: _Text, resolver: SpeakerResolver) -> bool:
    """Give quotation ``d`` the subject of the inverted cue right after its closing mark as its
    speaker, with that cue, or the person named there with the verb left out; return False when no
    such attribution follows."""
    after = inverted_attribution(d.end, tx)
    cand, subject = after if after is not None else (None, named_after(d.end, tx))
    if subject is None:
        return False
    who = resolver.resolve(subject)
    if who is None:
        return False
    # like the other turns, the speaker is not recorded as the previous speaker of later anaphors
    # (``SpeakerResolver.remember``): "“…,” said I … “…,” said she" would take the writer, whom no
    # filter keeps from a third-person pronoun (round 30's guard, The Prisoner of Zenda)
    d.cand, d.source, d.speaker, d.continues = cand, subject, who, False
    d.rule = "direct_nearest" if cand is not None else "speaker_label"  # a name with the verb left out labels it
    return True


_QUOTE_MARKS = frozenset("\"“”‘’'`«»„")
_ATTRIBUTION_WORDS = 25  # words between a quotation and the next: "Carter said in a Nov. 24 statement."


def _next_in_paragraph(d: _Draft, last: tuple[_Draft, int], tx: _Text) -> bool:
    """True when cue-less quotation ``d`` opens a sentence right after statement ``last`` in the
    same paragraph: ``last`` is a quotation (direct or mixed) and only its own short attribution
    (no quotation mark, a sentence end last) stands between them."""
    prev, para = last
    if prev.kind == "indirect" or prev.speaker is None or para != tx.para(d.start):
        return False
    text = tx.text
    opener = d.start
    while opener > 0 and text[opener - 1] in _QUOTE_MARKS or opener > 0 and text[opener - 1] == " " and text[opener - 2:opener - 1] in _QUOTE_MARKS:
        opener -= 1
    lo = prev.end
    while lo < opener and (text[lo] in _QUOTE_MARKS or text[lo].isspace()):
        lo += 1
    gap = text[lo:opener].strip()
    if any(c in _QUOTE_MARKS for c in gap) or len(gap.split()) > _ATTRIBUTION_WORDS:
        return False
    before = text[prev.start:opener].rstrip().rstrip("".join(_QUOTE_MARKS)).rstrip()
    if before[-1:] not in _SENTENCE_END:
        return False
    if not gap:
        # "said: “A. “B.": a quotation re-opened with no closing mark between; a closed one
        # right before ('" A. " " B. "') is another turn of a dialogue
        return not text[prev.end:opener].strip()
    # the gap is the attribution of ``prev`` and nothing more: its cue is there and the cue's
    # sentence ends where the gap does
    cand = prev.cand
    return (cand is not None and lo <= cand.cue_start < opener
            and not text[cand.cue_token.sent.end_char:opener].strip().strip("".join(_QUOTE_MARKS)))


def _ends_paragraph(d: _Draft, tx: _Text) -> bool:
    """True when nothing but statement ``d`` and its attribution sentence fills the rest of its
    paragraph: a dialogue turn. In flattened text a restored paragraph can run on into narrative
    ("“…,” Klitschko said. In 2008, Klitschko stopped …"), and turns with narrative between them
    are no exchange (issue 14 round 13)."""
    toks = [t for t in tx.tokens(d.start, d.end) if not t.is_space]
    if not toks:
        return True
    end = toks[-1].sent.end_char
    if d.cand is not None:
        end = max(end, d.cand.cue_token.sent.end_char)
    para = tx.para(d.start)
    para_end = tx.para_starts[para + 1] if para + 1 < len(tx.para_starts) else len(tx.text)
    return end >= para_end or not tx.text[end:para_end].strip().strip("".join(_QUOTE_MARKS)).strip()


def _exchange(text: str, *turns: _Draft) -> bool:
    """True when quotations read as a conversation, not as quoted monologues side by side: one asks
    a question (a question and its answer are the plainest adjacency pair; Schegloff & Sacks 1973).

    Two short turns by different speakers were an exchange too until issue 14 round 28: news quotes
    short remarks of two speakers in turn ("“I will not bring dishonor …,” Nichols told the court. /
    “I'm giving you the maximum …,” Judge Bodiford said. / “If I could give you more, I would.”" is
    the judge's; statements-rich14 3_8ecb), and on the dev sets the short-turn case gave the third
    turn to the wrong speaker 7 times in 9 (LitBank 5 of 7, news 2 of 2); continuing the last
    speaker instead, 4 more LitBank dev turns and 1 more news turn are right."""
    said = [text[t.start:t.end] for t in turns]
    return any("?" in s for s in said)


def _beat_subject(tx: _Text, para: int, resolver: SpeakerResolver) -> Resolved | None:
    """Return the person who is the subject of the last sentence of narrative paragraph ``para``."""
    starts = tx.para_starts
    end = starts[para + 1] if para + 1 < len(starts) else len(tx.text)
    toks = [t for t in tx.tokens(starts[para], end) if not t.is_space]
    if not toks or any(tx.in_quote[t.i] for t in toks):
        return None
    sent = toks[-1].sent
    root = sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj" and not tx.in_quote[c.i]]
    if not subj or subj[0].lower_ in {"it", "they", "we", "this", "that", "there"}:
        return None
    tok = subj[0]
    if tok.pos_ == "PROPN" and tok.ent_type_ not in {"", "PERSON"}:
        return None
    if tok.pos_ not in {"PROPN", "PRON"}:
        return None
    who = resolver.resolve(tok)
    if who is None or resolver.entities.entity(who.entity).type != "PERSON":
        return None
    return who
