"""Cross-origin access for the member shop API.

Member shops can embed a "buy" widget on their own websites. The widget
calls the shop API from the member's domain using the visitor's marketplace
session, so the API answers cross-origin requests.
"""
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-Requested-With"
PREFLIGHT_MAX_AGE = "600"


class ShopWidgetCORS:
    def __init__(self, app: ASGIApp, path_prefix: str = "/api/shops"):
        self.app = app
        self.path_prefix = path_prefix

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
            "Vary": "Origin",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.path_prefix):
            await self.app(scope, receive, send)
            return
        origin = self._origin(scope)
        if origin is None:
            await self.app(scope, receive, send)
            return
        extra = self._cors_headers(origin)

        if scope["method"] == "OPTIONS":
            headers = [(k.lower().encode(), v.encode()) for k, v in extra.items()]
            headers += [
                (b"access-control-allow-methods", ALLOWED_METHODS.encode()),
                (b"access-control-allow-headers", ALLOWED_HEADERS.encode()),
                (b"access-control-max-age", PREFLIGHT_MAX_AGE.encode()),
            ]
            await send({"type": "http.response.start", "status": 204, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(extra)
            await send(message)

        await self.app(scope, receive, send_with_cors)
