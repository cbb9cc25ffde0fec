"""The spaCy side of hearsay: loading the pinned pipeline and parsing articles."""

from hearsay.nlp.parser import load_pipeline, parse_texts

__all__ = ["load_pipeline", "parse_texts"]
