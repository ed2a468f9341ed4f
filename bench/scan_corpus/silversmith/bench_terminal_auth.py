"""API key authentication for the bench terminals that post job time and metal usage."""

import os

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

OPEN_PATHS = ("/health", "/metrics")


def load_terminal_keys() -> frozenset[str]:
    raw = os.environ.get("BENCH_TERMINAL_KEYS", "")
    return frozenset(key.strip() for key in raw.split(",") if key.strip())


class TerminalKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, keys: frozenset[str] | None = None):
        super().__init__(app)
        self.keys = keys if keys is not None else load_terminal_keys()

    @staticmethod
    def _presented_key(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "apikey" and value:
            return value.strip()
        return request.headers.get("x-terminal-key")

    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith(OPEN_PATHS):
            return await call_next(request)
        presented = self._presented_key(request)
        if presented is None or presented not in self.keys:
            return JSONResponse({"detail": "unknown terminal"}, status_code=401)
        request.state.terminal_authenticated = True
        return await call_next(request)
