"""PLOVER-coded events of one article: triggers, arguments, actors and status."""
