"""Plain-text articles: decoding, binary detection and the optional title line."""

from __future__ import annotations

import codecs

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
    bom = _bom_codec(data)
    if bom and (encoding in ("auto", "utf-8", "utf8") or _same_family(encoding, bom)):
        encoding = bom  # a UTF-16/32 byte-order mark says what the bytes are (issue 19)
    elif b"\x00" in data[:8192]:
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
        if not codecs.lookup(encoding)._is_text_encoding:
            raise InputError(f"{name}: {encoding!r} is not a text encoding")
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass --encoding auto to detect the encoding"
        ) from None
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    except (UnicodeError, ValueError, TypeError) as exc:  # punycode, idna... raise their own errors
        raise InputError(f"{name}: cannot decode as {encoding} ({type(exc).__name__})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise InputError(f"{name}: binary file, not text")
    return text, encoding


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _same_family(encoding: str, bom: str) -> bool:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(bom)


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
