"""The ASGI application: the JSON API under ``/api`` and the web UI, in one FastAPI app.

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

import json
import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from hearsay import __version__
from hearsay.config import Settings, load_settings
from hearsay.errors import ConfigError, HearsayError, InputError, PipelineError, QueryError, SizeLimitError, StoreError
from hearsay.store import Store

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_MAX_BODY = 2_000_000

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "too_large", 415: "unsupported_media_type", 422: "invalid", 429: "too_many_requests",
          500: "internal", 503: "unavailable"}


def status_of(exc: HearsayError) -> int:
    """Return the HTTP status a library error maps to."""
    if isinstance(exc, SizeLimitError):
        return 413
    if isinstance(exc, QueryError):
        return 404
    if isinstance(exc, InputError | ConfigError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    if isinstance(exc, PipelineError):
        return 500
    return 500


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """Return the one error shape: ``{ok: false, error, code, status}``."""
    return {"ok": False, "error": message, "code": code or _CODES.get(status, "error"), "status": status}


def _wants_json(path: str) -> bool:
    return path.startswith("/api") or path == "/openapi.json"


# --- pure ASGI middleware (they wrap error responses too, unlike BaseHTTPMiddleware) -------
class SecurityHeaders:
    """Adds the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


class ErrorsAndLimits:
    """Checks the Host header, caps request bodies and turns an unhandled exception into the 500 error shape."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, render_html: Callable[[int, str, str], bytes] | None,
                 allowed_hosts: Sequence[str] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.render_html = render_html
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def _error(self, scope: Scope, send: Send, status: int, message: str) -> None:
        body = error_body(status, message)
        if _wants_json(scope.get("path", "")) or self.render_html is None:
            payload, ctype = json.dumps(body).encode(), b"application/json"
        else:
            payload, ctype = self.render_html(status, message, body["code"]), b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        headers = dict(scope.get("headers", []))
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            hostname = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if hostname not in self.allowed_hosts:
                await self._error(scope, send, 400, "this server only answers to its own host names")
                return
        for name, value in headers.items():
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    await self._error(scope, send, 400, "malformed Content-Length header")
                    return
                if too_big:
                    await self._error(scope, send, 413, f"request body over the limit of {limit} bytes")
                    return
        received = 0
        started = False
        over = False

        async def limited_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if over:  # the app caught _TooLarge (e.g. as a body parse error): answer 413 instead
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._error(scope, send, 413, f"request body over the limit of {limit} bytes")
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                started = True
                await self._error(scope, send, 413, f"request body over the limit of {limit} bytes")
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if not started:
                await self._error(scope, send, 500, "internal error; the server log has the details")


# --- the store, opened once and shared ------------------------------------------------------
class StoreHolder:
    """Opens the store at the first request that needs it (so a bad URL is a 503, not a crash)."""

    def __init__(self, url: str, store: Store | None = None) -> None:
        self.url = url
        self._store = store
        self._lock = threading.Lock()

    def get(self) -> Store:
        """Return the open store.

        Raises:
            StoreError: the store cannot be opened.
        """
        with self._lock:
            if self._store is None:
                from hearsay.store import open_store

                self._store = open_store(self.url)
            return self._store

    def close(self) -> None:
        """Release the store's connections."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


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
    from hearsay.api.routes import router as api_router
    from hearsay.web.views import STATIC_DIR, render_error_page, router as web_router

    app = FastAPI(
        title="hearsay",
        version=__version__,
        description="Who said what, according to whom, and when: the hearsay ledger as JSON. "
                    "Read-only unless the server was started with a token. Every error is "
                    "`{ok: false, error, code, status}`.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from CDNs, which the CSP forbids
        redoc_url=None,
        responses={"default": {"model": _error_model(), "description": "Any error, in the one error shape."}},
    )
    app.state.settings = settings
    app.state.token = token
    app.state.max_body_bytes = max_body_bytes
    app.state.store = StoreHolder(settings.db_url, store)

    def respond(request: Request, status: int, message: str, code: str | None = None,
                headers: dict[str, str] | None = None) -> Response:
        body = error_body(status, message, code)
        if _wants_json(request.url.path):
            return JSONResponse(body, status_code=status, headers=headers)
        return Response(render_error_page(status, message, body["code"]), status_code=status,
                        media_type="text/html", headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "error").replace("_", " ")
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
    from hearsay.web.head import HeadAsGet

    app.add_middleware(HeadAsGet)  # outermost: HEAD runs GET and sends its headers only
    app.include_router(api_router)
    app.include_router(web_router)
    from starlette.staticfiles import StaticFiles

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    return app


def _error_model() -> type:
    from hearsay.api.schemas import ErrorResponse

    return ErrorResponse


__all__ = ["CSP", "DEFAULT_MAX_BODY", "StoreHolder", "create_app", "error_body", "status_of"]
