"""Time expressions of one article, resolved against its publication date (TIMEX3 values)."""
