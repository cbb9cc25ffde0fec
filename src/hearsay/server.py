"""The ASGI application: the JSON API under ``/api`` and the web UI, in one FastAPI app.

This is the one module that knows both ``hearsay.api`` and ``hearsay.web``; neither imports it.

:func:`create_app` is the only entry point (``hearsay serve`` and the tests call it). What it
guarantees, whatever route runs:

* every API error is one JSON shape ``{ok: false, error, code, status}`` (STYLE.md §7) —
  404, 405, 422, 413, 403 and 500 alike; web pages show the same message as HTML;
* request bodies are capped (``max_body_bytes``) before any route reads them;
* it is read-only unless a token is configured: ``POST /api/ingest`` answers 403 without one
  and 401 without the right ``Authorization: Bearer`` header;
* every response carries a strict Content-Security-Policy (no inline script, no external
  hosts), ``X-Content-Type-Options``, ``Referrer-Policy`` and ``frame-ancestors 'none'``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from hearsay import __version__
from hearsay.api.app import (
    CODES,
    DEFAULT_MAX_BODY,
    ErrorsAndLimits,
    SecurityHeaders,
    StoreHolder,
    error_body,
    error_model,
    status_of,
    wants_json,
)
from hearsay.api.routes import router as api_router
from hearsay.config import Settings, load_settings
from hearsay.errors import ConfigError, HearsayError
from hearsay.store import Store
from hearsay.web.head import HeadAsGet
from hearsay.web.views import STATIC_DIR, render_error_page
from hearsay.web.views import router as web_router

log = logging.getLogger("hearsay.api.app")


def create_app(
    settings: Settings | None = None,
    *,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    store: Store | None = None,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """Return the hearsay ASGI app: the JSON API under ``/api`` plus the web UI.

    Args:
        settings: resolved settings (``db_url`` names the store); defaults to :func:`load_settings`.
        token: enables ``POST /api/ingest`` for requests sending ``Authorization: Bearer <token>``;
            without one the server is read-only.
        max_body_bytes: the largest request body accepted (413 beyond).
        store: an already open store to serve (tests); otherwise opened from ``settings.db_url``.
        allowed_hosts: when given, requests whose ``Host`` header is not listed are refused
            (guards a localhost server against DNS rebinding).

    Raises:
        ConfigError: an empty token or a non-positive body limit.
    """
    settings = settings or load_settings()
    if token is not None and not token.strip():
        raise ConfigError("the API token must not be empty")
    if max_body_bytes <= 0:
        raise ConfigError("the request body limit must be positive")
    app = FastAPI(
        title="hearsay",
        version=__version__,
        description="Who said what, according to whom, and when: the hearsay ledger as JSON. "
                    "Read-only unless the server was started with a token. Every error is "
                    "`{ok: false, error, code, status}`.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from CDNs, which the CSP forbids
        redoc_url=None,
        responses={"default": {"model": error_model(), "description": "Any error, in the one error shape."}},
    )
    app.state.settings = settings
    app.state.token = token
    app.state.max_body_bytes = max_body_bytes
    app.state.store = StoreHolder(settings.db_url, store)

    def respond(request: Request, status: int, message: str, code: str | None = None,
                headers: dict[str, str] | None = None) -> Response:
        body = error_body(status, message, code)
        if wants_json(request.url.path):
            return JSONResponse(body, status_code=status, headers=headers)
        return Response(render_error_page(status, message, body["code"]), status_code=status,
                        media_type="text/html", headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error").replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        code = getattr(exc, "code", None)
        return respond(request, exc.status_code, message, code, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
        return respond(request, 422, "; ".join(parts) or "invalid request", "invalid")

    @app.exception_handler(HearsayError)
    async def library_error(request: Request, exc: HearsayError) -> Response:
        status = status_of(exc)
        if status >= 500:
            log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return respond(request, status, str(exc), exc.code)

    app.add_middleware(ErrorsAndLimits, max_body_bytes=max_body_bytes, allowed_hosts=allowed_hosts,
                       render_html=lambda s, m, c: render_error_page(s, m, c).encode())
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)  # outermost: HEAD runs GET and sends its headers only
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    return app


__all__ = ["create_app"]
