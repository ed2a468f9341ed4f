"""Authenticates the self-service check-in kiosks on the pontoon against the hire API."""

from __future__ import annotations

import os
from typing import Iterable

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

KIOSK_PATHS = ("/kiosk/",)


class KioskKeyRing:
    """Each kiosk has its own key so a stolen unit can be revoked alone."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._keys = tuple(k.strip() for k in keys if k.strip())

    @classmethod
    def from_env(cls, var: str = "KIOSK_API_KEYS") -> "KioskKeyRing":
        return cls(os.environ.get(var, "").split(","))

    def accepts(self, presented: str) -> bool:
        return any(presented == key for key in self._keys)


class KioskAuthMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, keyring: KioskKeyRing | None = None) -> None:
        super().__init__(app)
        self.keyring = keyring or KioskKeyRing.from_env()

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if not request.url.path.startswith(KIOSK_PATHS):
            return await call_next(request)
        presented = request.headers.get("x-kiosk-key", "")
        if not presented or not self.keyring.accepts(presented):
            return JSONResponse({"detail": "kiosk not recognised"}, status_code=401)
        request.state.kiosk = request.headers.get("x-kiosk-id", "unknown")
        return await call_next(request)
