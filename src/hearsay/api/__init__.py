"""The HTTP API and web UI of hearsay: :func:`create_app` returns the ASGI application."""

from hearsay.api.app import create_app

__all__ = ["create_app"]
