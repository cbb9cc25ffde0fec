"""``hearsay serve``: the JSON API and the web UI over one store, on localhost by default."""

from __future__ import annotations

import ipaddress

import click

from hearsay.cli.options import db_option
from hearsay.cli.shell import guarded
from hearsay.config import load_settings
from hearsay.errors import ConfigError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _has_file_handler() -> bool:
    import logging

    return any(isinstance(h, logging.FileHandler) for h in logging.getLogger("hearsay").handlers)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="HEARSAY_API_TOKEN", default=None, metavar="TOKEN",
              help="Enable POST /api/ingest for requests sending 'Authorization: Bearer TOKEN' "
                   "(also read from HEARSAY_API_TOKEN). Without it the server is read-only.")
@click.option("--max-body", default=2_000_000, show_default=True, type=click.IntRange(1, None), metavar="BYTES",
              help="Largest request body accepted; bigger requests get a 413.")
@click.option("--allow-curation", is_flag=True, default=False,
              help="Let the web UI's entity review pages merge, split and rename entities (writes to the store). "
                   "Local use only: refused unless --host is a loopback address.")
@guarded
def serve(db_url: str | None, host: str, port: int, token: str | None, max_body: int, allow_curation: bool) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /openapi.json).

    \b
    Examples:
      hearsay serve                       # http://127.0.0.1:8000, read-only
      hearsay serve --db postgresql+psycopg://localhost/hearsay --port 8080
      HEARSAY_API_TOKEN=s3cret hearsay serve   # also accept POST /api/ingest
      hearsay serve --allow-curation      # entity review pages can merge, split, rename
    """
    import uvicorn

    from hearsay.server import create_app
    from hearsay.store import open_store

    if token is not None and len(token) < 8:
        raise ConfigError("--token must be at least 8 characters")
    if allow_curation and not _is_loopback(host):
        raise ConfigError("--allow-curation is for local use: serve on a loopback address (e.g. --host 127.0.0.1)")
    from hearsay.cli.shell import State, configure_logging

    configure_logging(State.log_file if not _has_file_handler() else None, stderr=True)  # the 500 path logs tracebacks here
    settings = load_settings({"db_url": db_url})
    store = open_store(settings.db_url)  # fail here, with one line, if the store is unusable
    hosts = None
    if _is_loopback(host):  # a localhost server answers only to localhost names (DNS rebinding)
        hosts = ["127.0.0.1", "localhost", "[::1]", host]
    else:
        click.echo(f"Warning: listening on {host}: anyone who can reach it can read the store.", err=True)
    app = create_app(settings, token=token, max_body_bytes=max_body, store=store, allowed_hosts=hosts)
    app.state.allow_curation = allow_curation  # read by hearsay.web.curate
    click.echo(f"hearsay serving {settings.db_url} on http://{host}:{port} ({'read-write: token set' if token else 'read-only'}{', curation on' if allow_curation else ''})",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


__all__ = ["serve"]
