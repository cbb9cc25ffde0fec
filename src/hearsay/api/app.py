"""What every hearsay HTTP response shares: the one error shape, body limits, security headers, the store.

The pieces here are assembled into the application by :func:`hearsay.server.create_app`; they
know nothing of the web UI (which renders its own error pages through the ``render_html``
hook), so ``hearsay.web`` may build on ``hearsay.api`` and never the other way round.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

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

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
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
    return {"ok": False, "error": message, "code": code or CODES.get(status, "error"), "status": status}


def wants_json(path: str) -> bool:
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
        if wants_json(scope.get("path", "")) or self.render_html is None:
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


def error_model() -> type:
    from hearsay.api.schemas import ErrorResponse

    return ErrorResponse


__all__ = ["CODES", "CSP", "DEFAULT_MAX_BODY", "ErrorsAndLimits", "SecurityHeaders", "StoreHolder", "error_body", "error_model",
           "status_of", "wants_json"]
