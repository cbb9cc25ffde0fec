"""Issue 19, the reading side: limits enforced while reading, only regular files, one bad line
or entry fails alone. Each test names the numbered item of the issue it guards."""

from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from hearsay.config import load_settings
from hearsay.errors import ConfigError, InputError, SizeLimitError
from hearsay.ingest.files import iter_lines
from hearsay.ingest.readers import Failure, iter_articles, iter_jsonl_stream, jsonl_line, make_article, parse_date
from hearsay.ingest.text import decode_bytes
from hearsay.ingest import sources
from hearsay.ingest.feeds import read_feed
from hearsay.model import Article

SMALL = load_settings({"max_bytes": 100_000}, environ={})
GOOD = {"text": "Finance ministers met on Monday and agreed the budget, officials said."}


def _kinds(items):
    return [type(i).__name__ for i in items]


# --- 1. memory before limits ---------------------------------------------------------------
def test_item1_estimate_never_reads_content(tmp_path, monkeypatch):
    paths = []
    for name in ("a.jsonl", "b.jsonl.gz", "c.rss"):
        p = tmp_path / name
        with open(p, "wb") as fh:
            fh.truncate(50_000_000)  # sparse: would be 50 MB without a newline if read
        paths.append(str(p))

    def refuse(*_a, **_k):
        raise AssertionError("estimate read the file's content")

    monkeypatch.setattr("builtins.open", refuse)
    monkeypatch.setattr(gzip, "open", refuse)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    estimates = [sources.estimate(p) for p in paths]
    assert all(n >= 1 for n in estimates)


def test_item1_gzip_of_nul_bytes_is_limited_on_decompressed_bytes():
    bomb = gzip.compress(b"\0" * 8_000_000)  # one 8 MB "line", 8 KB compressed
    tracemalloc.start()
    with gzip.GzipFile(fileobj=io.BytesIO(bomb)) as fh:
        items = list(iter_jsonl_stream(fh, "b.jsonl.gz", SMALL))  # type: ignore[arg-type]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert items and all(isinstance(i, Failure) and isinstance(i.error, SizeLimitError) for i in items)
    assert peak < 8 * 1024 * 1024, f"peak {peak:,} bytes: the over-long line was held whole"


def test_item1_millions_of_blank_lines_keep_line_numbers():
    data = b"\n" * 3_000_000 + json.dumps(GOOD).encode() + b"\r\n\r\n" + b"{bad\n"
    items = list(iter_jsonl_stream(io.BytesIO(data), "x.jsonl", SMALL))
    assert _kinds(items) == ["Article", "Failure"]
    assert items[0].origin == "x.jsonl:3000001" and items[1].origin == "x.jsonl:3000003"


def test_item1_feed_over_the_limit_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.rss"
    with open(p, "wb") as fh:
        fh.truncate(SMALL.max_bytes * 50)
    tracemalloc.start()
    items = list(sources.read_source(str(p), SMALL))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(items) == 1 and isinstance(items[0].error, SizeLimitError)
    assert peak < SMALL.max_bytes * 2


@pytest.mark.parametrize("data,expected", [
    (b"a\nb\r\nc\rd\n\n\ne", [(1, b"a"), (2, b"b"), (3, b"c"), (4, b"d"), (7, b"e")]),
    (b"\r\n\r\nx", [(3, b"x")]),
    (b"x" * 30 + b"\nok", [(1, None), (2, b"ok")]),
    (b"", []),
])
def test_item1_iter_lines_table(data, expected):
    assert list(iter_lines(io.BytesIO(data), 20)) == expected


def test_item1_iter_lines_crlf_split_across_blocks(monkeypatch):
    monkeypatch.setattr("hearsay.ingest.files._BLOCK", 3)
    assert list(iter_lines(io.BytesIO(b"a\r\nb\r\n\r\nc\r\r\nd"), 100)) == [(1, b"a"), (2, b"b"), (4, b"c"), (6, b"d")]


# --- 2. special files ----------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_item2_fifo_and_device_links_in_a_directory_are_refused(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "ok.txt").write_text("Ministers met on Monday, officials said.", encoding="utf-8")
    os.mkfifo(drop / "fifo.txt")
    (drop / "zero.txt").symlink_to("/dev/zero")
    settings = load_settings({"follow_symlinks": True}, environ={})  # even when links may be followed
    found = list(sources.expand([str(drop)], settings))
    assert [x for x in found if isinstance(x, str)] == [str(drop / "ok.txt")]
    reasons = {Path(f.origin).name: str(f.error) for f in found if isinstance(f, Failure)}
    assert "FIFO" in reasons["fifo.txt"] and "device" in reasons["zero.txt"]


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom"])
def test_item2_analyze_reader_refuses_devices(path):
    if not os.path.exists(path):
        pytest.skip(f"no {path}")
    [item] = iter_articles([path], SMALL)
    assert isinstance(item, Failure) and "device" in str(item.error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_item2_named_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    [item] = iter_articles([str(fifo)], SMALL)
    assert isinstance(item, Failure) and "FIFO" in str(item.error)


# --- 3. one bad line -----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    '{"text": "Ministers met.", "id": ' + "9" * 4301 + "}",
    '{"text": "Ministers met.", "n": ' + "9" * 5000 + "}",
])
def test_item3_huge_integer_is_one_failure(line):
    item = jsonl_line(line, "x:2", None, SMALL)
    assert isinstance(item, Failure) and isinstance(item.error, InputError) and "x:2" in str(item.error)


@pytest.mark.parametrize("field", ["text", "title", "authors", "source"])
def test_item3_lone_surrogate_is_repaired_not_fatal(field):
    obj = dict(GOOD)
    obj[field] = (obj.get(field, "") + " bad \ud800 here said Bob.") if field == "text" else "Bob \ud800"
    item = jsonl_line(json.dumps(obj), "x:1", None, SMALL)
    assert isinstance(item, Article)
    for value in (item.text, item.title or "", item.source or "", *item.authors):
        value.encode("utf-8")  # storable: no lone surrogate left


def test_item3_good_lines_around_bad_ones_survive():
    lines = [json.dumps(GOOD), '{"text": "a", "id": ' + "1" * 4400 + "}", '{"text": "x \\ud800 y said Ann."}',
             json.dumps({"text": "The port reopened on Tuesday, the mayor said."})]
    items = list(iter_jsonl_stream(io.BytesIO("\n".join(lines).encode()), "b.jsonl", SMALL))
    assert _kinds(items) == ["Article", "Failure", "Article", "Article"]


# --- 5. feed entry dated year 0 ------------------------------------------------------------
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><pubDate>{date}</pubDate><description>Ministers met on Monday, officials said.</description></item>
<item><title>Two</title><description>The port reopened on Tuesday, the mayor said.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>One</title><id>a</id><published>{date}</published><summary>Ministers met on Monday, officials said.</summary></entry>
<entry><title>Two</title><id>b</id><summary>The port reopened on Tuesday, the mayor said.</summary></entry></feed>"""


@pytest.mark.parametrize("template", [RSS, ATOM])
@pytest.mark.parametrize("when", ["0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "0000-00-00T00:00:00Z"])
def test_item5_unusable_feed_dates_are_ignored(template, when):
    items = list(read_feed(template.format(date=when).encode(), "f.rss", date(2024, 1, 2)))
    assert _kinds(items) == ["Article", "Article"]
    assert items[0].published == date(2024, 1, 2)


# --- 8. dates out of range -----------------------------------------------------------------
@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "0999-12-31"])
def test_item8_published_out_of_range_is_a_config_error(value):
    with pytest.raises(ConfigError, match="out of range"):
        parse_date(value)


def test_item8_make_article_refuses_an_out_of_range_reference_date():
    with pytest.raises(InputError, match="out of range"):
        make_article(text="Ministers met on Monday.", origin="<api>", published=date(1, 1, 1))


# --- 9, 10. symlinks leaving the directory; unreadable directories ------------------------
def test_item9_symlink_leaving_the_directory_is_refused_unless_allowed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "in.txt").write_text("Ministers met on Monday, officials said.", encoding="utf-8")
    (drop / "leak.txt").symlink_to(outside)
    (drop / "inner.txt").symlink_to(drop / "in.txt")
    found = list(sources.expand([str(drop)], SMALL))
    assert [x for x in found if isinstance(x, str)] == [str(drop / "in.txt"), str(drop / "inner.txt")]
    [refused] = [x for x in found if isinstance(x, Failure)]
    assert refused.origin == str(drop / "leak.txt") and "outside" in str(refused.error)
    allowed = list(sources.expand([str(drop)], load_settings({"follow_symlinks": True}, environ={})))
    assert str(drop / "leak.txt") in allowed


def test_item10_unreadable_directories_are_failures(tmp_path, monkeypatch):
    top = tmp_path / "top"
    (top / "sub").mkdir(parents=True)
    (top / "a.txt").write_text("Ministers met on Monday.", encoding="utf-8")
    real_walk = os.walk

    def walk(path, onerror=None, **kw):  # root may read anything, so the denial is simulated
        for root, dirs, files in real_walk(path, onerror=onerror, **kw):
            if root.endswith("sub"):
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr(os, "walk", walk)
    found = list(sources.expand([str(top)], SMALL))
    assert str(top / "a.txt") in found
    [fail] = [x for x in found if isinstance(x, Failure)]
    assert fail.origin == str(top / "sub") and "permission denied" in str(fail.error)


def test_item10_unreadable_top_directory_is_not_called_empty(tmp_path, monkeypatch):
    top = tmp_path / "top"
    top.mkdir()

    def walk(path, onerror=None, **kw):
        onerror(PermissionError(13, "Permission denied", str(path)))
        return iter(())

    monkeypatch.setattr(os, "walk", walk)
    [fail] = list(sources.expand([str(top)], SMALL))
    assert "permission denied" in str(fail.error) and "holds no" not in str(fail.error)


# --- 13. settings are range-checked --------------------------------------------------------
@pytest.mark.parametrize("env", [
    {"HEARSAY_BATCH_SIZE": "0"}, {"HEARSAY_CHUNK_CHARS": "0"}, {"HEARSAY_CHUNK_CHARS": "-1"},
    {"HEARSAY_MAX_BYTES": "0"}, {"HEARSAY_FUZZY_THRESHOLD": "101"}, {"HEARSAY_APPROX_BAND": "nan"},
    {"HEARSAY_APPROX_BAND": "-0.5"}, {"HEARSAY_DOC_SECONDS": "-1"}, {"HEARSAY_DOC_MEMORY_MB": "-5"},
])
def test_item13_settings_out_of_range_are_config_errors(env):
    with pytest.raises(ConfigError, match="out of range"):
        load_settings(environ=env)


def test_item13_settings_in_range_pass():
    s = load_settings(environ={"HEARSAY_BATCH_SIZE": "1", "HEARSAY_CHUNK_CHARS": "100", "HEARSAY_DOC_SECONDS": "60"})
    assert (s.batch_size, s.chunk_chars, s.doc_seconds) == (1, 100, 60.0)


# --- 14. UTF-16 with a BOM; CR-only JSONL --------------------------------------------------
@pytest.mark.parametrize("codec,asked", [("utf-16", "utf-16"), ("utf-16", "auto"), ("utf-16", "utf-8"),
                                         ("utf-32", "auto"), ("utf-16-be", "utf-16")])
def test_item14_utf16_with_bom_decodes(codec, asked):
    raw = ("\ufeff" if codec == "utf-16-be" else "") + "Zoë said the talks failed."
    text, used = decode_bytes(raw.encode(codec), "x", asked)
    assert text == "Zoë said the talks failed." and used.startswith(codec[:6])


def test_item14_cr_only_jsonl_is_one_document_per_line():
    data = "\r".join(json.dumps({**GOOD, "id": str(i)}) for i in range(3)).encode()
    items = list(iter_jsonl_stream(io.BytesIO(data), "mac.jsonl", SMALL))
    assert [i.id for i in items] == ["0", "1", "2"]


@pytest.mark.parametrize("codec", ["punycode", "idna", "rot13", "base64", "no-such-codec"])
def test_item6_item14_odd_codecs_are_input_errors(codec):
    with pytest.raises(InputError):
        decode_bytes(b"caf\xc3\xa9 \xff\xfe", "x", codec)


# --- 15. fields validated once, the same for both stores -----------------------------------
def test_item15_nul_and_controls_leave_metadata():
    a = make_article(text="Ministers met on Monday.", origin="x",
                     meta={"title": "Bad\x00title", "source": "Wire\x00\x07", "authors": ["A\x00nn"]})
    assert (a.title, a.source, a.authors) == ("Badtitle", "Wire", ("Ann",))


@pytest.mark.parametrize("meta,what", [({"id": "x" * 201}, "'id'"), ({"language": "x" * 17}, "'language'"),
                                       ({"language": 5}, "'language'"), ({"id": True}, "'id'")])
def test_item15_fields_too_long_for_the_store_fail_alone(meta, what):
    with pytest.raises(InputError, match=what):
        make_article(text="Ministers met on Monday.", origin="x", meta=meta)


def test_item15_fields_at_the_limit_pass():
    a = make_article(text="Ministers met on Monday.", origin="x", meta={"id": "x" * 200, "language": "en-GB-x-abcdefgh"})
    assert len(a.id or "") == 200 and len(a.language) == 16


# --- issue 14: mojibake repaired and recorded ----------------------------------------------
@pytest.mark.parametrize("raw,fixed", [
    ("The cafÃ© raised prices, the owner said.", "The café raised prices, the owner said."),
    ("It costs Â£5, he said.", "It costs £5, he said."),
    ("Sheâ€™s right, he said.", "She’s right, he said."),
])
def test_issue14_mojibake_is_repaired_and_recorded(raw, fixed):
    a = make_article(text=raw, origin="x", encoding="utf-8")
    assert a.text == fixed and a.encoding == "utf-8+ftfy" and a.raw == raw


@pytest.mark.parametrize("clean", ["He said “hi” — ok.", "ﬁne ＡＢ naïve café", "Plain ASCII text, he said."])
def test_issue14_clean_text_is_left_alone(clean):
    a = make_article(text=clean, origin="x", encoding="utf-8")
    assert a.text == clean and a.encoding == "utf-8"


def test_item1_a_line_without_end_is_not_read_for_ever():
    from hearsay.ingest.files import SKIP_FACTOR

    limit = 1000
    data = b"x" * (limit * (SKIP_FACTOR + 3) + (3 << 20)) + b"\n" + json.dumps(GOOD).encode()
    stream = io.BytesIO(data)
    items = list(iter_jsonl_stream(stream, "s.jsonl", load_settings({"max_bytes": limit}, environ={})))
    assert _kinds(items) == ["Failure", "Failure"]
    assert "rest of the input is skipped" in str(items[1].error)
    assert stream.tell() < len(data)
