"""API keys for preparer-office integrations (practice-management sync)."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

from offices.repository import OfficeKeyRepo

KEY_PREFIX = "tpk_"


@dataclass
class IssuedKey:
    key_id: str
    plaintext: str


def issue_key(repo: OfficeKeyRepo, office_id: int) -> IssuedKey:
    key_id = secrets.token_hex(6)
    plaintext = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
    repo.store(office_id, key_id, hashlib.sha256(plaintext.encode()).hexdigest())
    return IssuedKey(key_id, plaintext)


class OfficeKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, repo: OfficeKeyRepo):
        super().__init__(app)
        self.repo = repo

    async def dispatch(self, request: Request, call_next):
        presented = request.headers.get("x-office-key", "")
        parts = presented.split("_", 2)
        if len(parts) != 3 or not presented.startswith(KEY_PREFIX):
            return JSONResponse({"detail": "missing or malformed key"}, status_code=401)

        record = await self.repo.get(parts[1])
        digest = hashlib.sha256(presented.encode()).hexdigest()
        if record is None or not secrets.compare_digest(digest, record.key_hash):
            return JSONResponse({"detail": "invalid key"}, status_code=401)

        request.state.office_id = record.office_id
        return await call_next(request)
