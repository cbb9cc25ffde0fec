"""Speaker colours: more than eight speakers stay distinguishable (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path

from hearsay.model import Article, Record, Statement
from hearsay.web.highlight import PALETTE, article_marks

CSS = (Path(__file__).resolve().parents[2] / "src" / "hearsay" / "web" / "static" / "style.css").read_text(encoding="utf-8")


def _record(speakers: int) -> Record:
    parts, statements = [], []
    at = 0
    for n in range(speakers):
        sentence = f"Speaker{n} said things number {n}. "
        statements.append(Statement(id=f"s{n + 1}", kind="indirect", content=f"things number {n}", start=at + sentence.index("things"),
                                    end=at + sentence.index("things") + len(f"things number {n}"), speaker_text=f"Speaker{n}",
                                    cue="said", confidence=0.8))
        parts.append(sentence)
        at += len(sentence)
    return Record(article=Article(text="".join(parts), origin="t.txt"), statements=tuple(statements))


def test_sixteen_speakers_get_sixteen_colours():
    marks, legend = article_marks(_record(17), {})
    classes = [dict(m.attrs)["class"] for m in marks if m.tag == "mark"]
    assert len(set(classes[:16])) == 16
    assert "spk-again" in classes[16] and "spk-again" not in " ".join(classes[:16])
    assert len(legend) == 17 and len({x["colour"] for x in legend}) == 17


def test_every_colour_class_has_its_own_background():
    colours = dict(re.findall(r"\.st\.spk-(\d+), \.swatch\.spk-\d+ \{ background: (#[0-9a-f]{6}); \}", CSS))
    assert sorted(int(k) for k in colours) == list(range(PALETTE)) and PALETTE > 8
    assert len(set(colours.values())) == PALETTE


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_text_on_every_speaker_colour_has_contrast():
    text = _luminance("#1d1d1f")
    for colour in re.findall(r"\.st\.spk-\d+, \.swatch\.spk-\d+ \{ background: (#[0-9a-f]{6}); \}", CSS):
        assert (_luminance(colour) + 0.05) / (text + 0.05) >= 4.5, colour
