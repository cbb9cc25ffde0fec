"""The ``hearsay`` command line: thin shells over the library."""
