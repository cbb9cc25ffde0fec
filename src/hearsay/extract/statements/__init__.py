"""Attributed statements of one article: quotes, cues, speakers and relays."""
