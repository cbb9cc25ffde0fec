"""Figures of one article: values with their hedges, units, quantities, sources and dates."""
