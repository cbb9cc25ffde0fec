"""The JSON API of hearsay: routes, schemas and the response guarantees (assembled by :mod:`hearsay.server`)."""
