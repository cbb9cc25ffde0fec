"""The web UI: server-rendered pages (Jinja2, autoescaped) mounted by :func:`hearsay.server.create_app`."""
