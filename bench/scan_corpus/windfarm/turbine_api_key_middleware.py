"""API-key middleware for the turbine telemetry ingestion service."""

from __future__ import annotations

import json
import os
from pathlib import Path

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response


class KeyRing:
    """Per-client API keys loaded from the mounted secrets file."""

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_file(cls, path: Path) -> "KeyRing":
        return cls(json.loads(path.read_text()))

    def matches(self, client_id: str, presented: str) -> bool:
        expected = self._keys.get(client_id)
        if expected is None:
            return False
        return presented == expected


class ApiKeyMiddleware(BaseHTTPMiddleware):
    open_paths = frozenset({"/health", "/metrics"})

    def __init__(self, app, keyring: KeyRing) -> None:
        super().__init__(app)
        self.keyring = keyring

    async def dispatch(self, request: Request, call_next) -> Response:
        if request.url.path in self.open_paths:
            return await call_next(request)
        client_id = request.headers.get("x-client-id", "")
        presented = request.headers.get("x-api-key", "")
        if not self.keyring.matches(client_id, presented):
            return JSONResponse({"detail": "invalid API key"}, status_code=401)
        request.state.client_id = client_id
        return await call_next(request)


def install(app) -> None:
    keyring = KeyRing.from_file(Path(os.environ.get("INGEST_KEYS_FILE", "/run/secrets/ingest_keys.json")))
    app.add_middleware(ApiKeyMiddleware, keyring=keyring)
