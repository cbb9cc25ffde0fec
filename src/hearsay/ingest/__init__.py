"""Reading articles: text, HTML and JSONL inputs, normalised once."""

from hearsay.ingest.readers import Failure, detect_format, iter_articles, parse_date

__all__ = ["Failure", "detect_format", "iter_articles", "parse_date"]
