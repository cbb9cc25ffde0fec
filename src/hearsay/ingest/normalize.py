"""Text normalisation, done exactly once per article before anything else sees the text.

What changes: Unicode NFC; CR/CRLF to LF; tabs, no-break and other Unicode spaces to a plain
space; runs of spaces collapsed; spaces at line ends dropped; three or more line breaks
collapsed to one blank line; zero-width and bidirectional control characters removed (they
hide text and reorder what a reader sees: issue 8). Nothing else is rewritten, so every offset
hearsay reports points into the stored text.
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
    return text.strip()


def find_residue(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, reason)`` for page residue left by scrapers in ``text``."""
    return [(m.start(), m.end(), "page residue: obfuscated e-mail address") for m in EMAIL_RESIDUE.finditer(text)]


__all__ = ["EMAIL_RESIDUE", "find_residue", "normalize_text"]
