"""``HEAD`` for every ``GET`` route: the same status and headers, no body (RFC 9110 §9.3.2).

FastAPI's routes answer ``HEAD`` with 405; this ASGI middleware runs the ``GET`` handler
instead and drops the body, so link checkers and ``curl -I`` see what ``GET`` would give.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class HeadAsGet:
    """Answers ``HEAD`` by running ``GET`` and sending only its status and headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return
        scope = dict(scope)
        scope["method"] = "GET"
        done = False

        async def no_body(message: Message) -> None:
            nonlocal done
            if message["type"] == "http.response.body":
                if done:
                    return
                done = not message.get("more_body", False)
                if not done:
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
                done = True
            await send(message)

        await self.app(scope, receive, no_body)


__all__ = ["HeadAsGet"]
