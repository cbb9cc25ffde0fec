"""Opening input files safely, and reading them with limits enforced while reading (issue 19).

Only regular files are read: FIFOs, devices and sockets are refused *before* they are opened
(opening a FIFO blocks, reading ``/dev/zero`` never ends), and the check is repeated on the
open descriptor so a file swapped in between is caught too. Reads never take more than the
limit plus one byte, whatever size the file claims, and JSONL-style line streams are split in
large blocks so millions of blank lines cost no more than one long line.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from typing import BinaryIO

from hearsay.errors import InputError, SizeLimitError

_BLOCK = 1 << 20
SKIP_FACTOR = 5  # an over-long line is skipped for at most this many times the limit


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def os_reason(exc: OSError) -> str:
    """Return the one-line reason of an ``OSError`` (``permission denied``, ``no such file``...)."""
    if exc.errno:
        return os.strerror(exc.errno).lower().replace("no such file or directory", "no such file")
    return str(exc) or type(exc).__name__


def check_regular(path: str) -> os.stat_result:
    """Return ``os.stat(path)`` if it is a regular file (symlinks followed).

    Raises:
        InputError: missing, unreadable, or not a regular file (FIFO, device, socket, directory).
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(f"{path}: {os_reason(exc)}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: {_kind(st.st_mode)}, not a regular file: refused")
    return st


def open_regular(path: str) -> BinaryIO:
    """Open the regular file ``path`` for binary reading, refusing anything else.

    The file is opened non-blocking (a FIFO swapped in after the check cannot hang the
    open) and checked again through the descriptor.

    Raises:
        InputError: as :func:`check_regular`, or the open fails.
    """
    check_regular(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{path}: {os_reason(exc)}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: {_kind(st.st_mode)}, not a regular file: refused")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """Return all of ``stream``, reading at most ``limit + 1`` bytes.

    Raises:
        SizeLimitError: the stream holds more than ``limit`` bytes.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise SizeLimitError(f"{name}: input is over the {limit:,}-byte limit (HEARSAY_MAX_BYTES)")
    return data


def read_regular(path: str, limit: int) -> bytes:
    """Return the bytes of the regular file ``path`` (at most ``limit``), checked as it is read.

    Raises:
        InputError: not a regular file, unreadable; SizeLimitError: over ``limit``.
    """
    st = check_regular(path)
    if st.st_size > limit:
        raise SizeLimitError(f"{path}: {st.st_size:,} bytes is over the {limit:,}-byte limit (HEARSAY_MAX_BYTES)")
    with open_regular(path) as fh:
        try:
            return read_limited(fh, limit, path)
        except OSError as exc:
            raise InputError(f"{path}: {os_reason(exc)}") from None


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line_number, line)`` for every non-blank line of ``stream``.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (JSON text cannot hold a raw CR or LF, so
    this never splits a JSONL record). Runs of blank lines are skipped in C-speed block scans.
    A line longer than ``limit`` bytes is yielded as ``(n, None)`` and skipped to its end
    without being kept in memory, so no line, however long, costs more than ``limit`` bytes.
    """
    buf = b""
    lineno = 1
    eof = False
    while True:
        # skip blank lines and blank space between them
        stripped = buf.lstrip(b"\r\n\t ")
        if buf and not stripped and not eof:
            keep = b"\r" if buf.endswith(b"\r") else b""  # a CRLF split across two blocks counts once
            lineno += _count_breaks(buf[: len(buf) - len(keep)], b"")
            chunk = stream.read(_BLOCK)
            eof = not chunk
            buf = keep + chunk
            continue
        if len(stripped) != len(buf):
            lineno += _count_breaks(buf[: len(buf) - len(stripped)], stripped[:1])
            buf = stripped
        cut = _line_end(buf)
        if cut >= 0:
            line, rest = buf[:cut], buf[cut:]
            yield lineno, (line if len(line) <= limit else None)
            buf = rest
            continue
        if len(buf) > limit:
            yield lineno, None
            skipped, buf = len(buf), b""
            while not eof:  # skip to the end of the over-long line
                chunk = stream.read(_BLOCK)
                if not chunk:
                    eof = True
                    break
                cut = _line_end(chunk)
                if cut >= 0:
                    buf = chunk[cut:]
                    break
                skipped += len(chunk)
                if skipped > limit * SKIP_FACTOR:  # a sparse file or a gzip bomb: not worth reading on
                    raise SizeLimitError(f"line {lineno} runs on past {skipped:,} bytes without a line break; "
                                         "the rest of the input is skipped")
            continue
        if eof:
            if buf:
                yield lineno, buf
            return
        chunk = stream.read(_BLOCK)
        if not chunk:
            eof = True
        buf += chunk


def _line_end(buf: bytes) -> int:
    n, r = buf.find(b"\n"), buf.find(b"\r")
    if n < 0:
        return r
    if r < 0:
        return n
    return min(n, r)


def _count_breaks(skipped: bytes, following: bytes) -> int:
    """Line breaks in ``skipped``, counting CRLF once (a CR at its end pairs with a following LF)."""
    n = skipped.count(b"\n") + skipped.count(b"\r") - skipped.count(b"\r\n")
    if skipped.endswith(b"\r") and following == b"\n":
        n -= 1
    return n


__all__ = ["check_regular", "iter_lines", "open_regular", "os_reason", "read_limited", "read_regular"]
