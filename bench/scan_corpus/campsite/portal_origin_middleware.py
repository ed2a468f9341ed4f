"""Cross-origin handling for the guest-portal API.

The portal API is called from the main booking site, the per-park microsites and the
white-label widgets that partner tourism sites embed, so origins are handled dynamically.
"""
from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Portal-Client"


class PortalOriginMiddleware:
    def __init__(self, app: ASGIApp, max_age: int = 600) -> None:
        self.app = app
        self.max_age = max_age

    @staticmethod
    def _origin(scope: Scope) -> str | None:
        for name, value in scope.get("headers", []):
            if name == b"origin":
                return value.decode("latin-1")
        return None

    def _cors_headers(self, origin: str) -> dict[str, str]:
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": ALLOWED_METHODS,
            "Access-Control-Allow-Headers": ALLOWED_HEADERS,
            "Access-Control-Max-Age": str(self.max_age),
            "Vary": "Origin",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = self._origin(scope)
        if origin is None:
            await self.app(scope, receive, send)
            return
        cors = self._cors_headers(origin)

        if scope["method"] == "OPTIONS":
            await send({"type": "http.response.start", "status": 204,
                        "headers": [(k.lower().encode(), v.encode()) for k, v in cors.items()]})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in cors.items():
                    headers[key] = value
            await send(message)

        await self.app(scope, receive, send_with_cors)
