"""Plain-text articles: decoding, binary detection and the optional title line."""

from __future__ import annotations

import charset_normalizer

from hearsay.errors import InputError

_TITLE_MAX = 200


def decode_bytes(data: bytes, name: str, encoding: str = "utf-8") -> tuple[str, str]:
    """Return ``(text, encoding_used)`` for the bytes of one input.

    Args:
        data: the raw bytes.
        name: what to call the input in an error message.
        encoding: ``"utf-8"`` (strict, the default), ``"auto"`` (detect with
            charset-normalizer) or any codec name Python knows.

    Raises:
        InputError: binary data, or bytes that do not decode.
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    if encoding == "auto":
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data).best()
            if best is None:
                raise InputError(f"{name}: cannot detect the text encoding (binary?)") from None
            return str(best), best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass --encoding auto to detect the encoding"
        ) from None
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise InputError(f"{name}: binary file, not text")
    return text, encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls / len(sample) > 0.05


def guess_title(text: str) -> str | None:
    """Return the first line if it reads as a headline, else ``None``.

    A headline is short, is followed by more text, and does not end like a sentence.
    """
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > _TITLE_MAX:
        return None
    if first[-1] in ".!?\"”’:;,":
        return None
    return first


__all__ = ["decode_bytes", "guess_title"]
