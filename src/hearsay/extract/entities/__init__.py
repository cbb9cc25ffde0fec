"""Entities of one article: names found by the parser and the gazetteer, joined into entities."""
