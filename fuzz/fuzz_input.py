"""atheris harness for hearsay's input layer (issue 8).

Feeds arbitrary bytes to every reader: byte decoding, text normalisation, JSONL batches and
HTML extraction. The only acceptable failure is a :class:`hearsay.errors.HearsayError` (a
clean one-line error); anything else is a crash atheris reports with the input that caused it.

    .venv/bin/python fuzz/fuzz_input.py -max_total_time=3600 fuzz/corpus   # long campaign
    .venv/bin/python fuzz/fuzz_input.py -runs=20000                         # bounded (CI)
"""

from __future__ import annotations

import sys

import atheris

# Only hearsay's own modules are instrumented: instrumenting trafilatura, lxml and the rest
# made start-up take minutes on a loaded machine without guiding the fuzzer anywhere useful.
import charset_normalizer  # noqa: E402,F401
import trafilatura  # noqa: E402,F401

with atheris.instrument_imports(include=["hearsay"]):
    from hearsay.config import load_settings
    from hearsay.errors import HearsayError
    from hearsay.ingest.normalize import find_residue, normalize_text
    from hearsay.ingest.readers import Failure, jsonl_articles, make_article
    from hearsay.ingest.text import decode_bytes, guess_title

SETTINGS = load_settings({"max_bytes": 200_000}, environ={})


def check_text(text: str) -> None:
    norm = normalize_text(text)
    assert normalize_text(norm) == norm, "normalisation is not idempotent"
    for start, end, _ in find_residue(norm):
        assert 0 <= start < end <= len(norm)
    guess_title(norm)


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    payload = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        text, _ = decode_bytes(payload, "fuzz", "auto" if mode == 0 else "utf-8")
    except HearsayError:
        return
    check_text(text)
    try:
        if mode == 1:
            for item in jsonl_articles(text, "fuzz", None, SETTINGS):
                assert isinstance(item, Failure) or item.text == normalize_text(item.text)
        elif mode == 2:
            make_article(html=text, origin="fuzz")
        else:
            article = make_article(text=text, origin="fuzz")
            assert article.text and article.text == normalize_text(article.text)
    except HearsayError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
