"""Extractors: plain functions over a parsed spaCy ``Doc`` that return records."""
