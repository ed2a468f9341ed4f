"""ASGI middleware guarding the timesheet-ingest API that contractor
payroll systems call after each shift at the plant."""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse


@dataclass(frozen=True)
class ClientKeyRecord:
    company_code: str
    key_sha256: str
    enabled: bool = True


class ClientKeyDirectory:
    def __init__(self, path: Path) -> None:
        records = json.loads(path.read_text())
        self._records = {r["company_code"]: ClientKeyRecord(**r) for r in records}

    def lookup(self, company_code: str) -> ClientKeyRecord | None:
        rec = self._records.get(company_code)
        return rec if rec and rec.enabled else None

    @staticmethod
    def digest(presented: str) -> str:
        return hashlib.sha256(presented.encode()).hexdigest()

    def authenticate(self, company_code: str, presented: str) -> ClientKeyRecord | None:
        rec = self.lookup(company_code)
        candidate = self.digest(presented)
        expected = rec.key_sha256 if rec else "0" * 64
        if secrets.compare_digest(candidate, expected) and rec is not None:
            return rec
        return None


class ContractorKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, directory: ClientKeyDirectory, protected_prefix: str = "/ingest") -> None:
        super().__init__(app)
        self.directory = directory
        self.prefix = protected_prefix

    async def dispatch(self, request: Request, call_next):
        if not request.url.path.startswith(self.prefix):
            return await call_next(request)
        company = request.headers.get("x-contractor-code", "")
        key = request.headers.get("x-contractor-key", "")
        record = self.directory.authenticate(company, key)
        if record is None:
            return JSONResponse({"detail": "invalid contractor credentials"}, status_code=401)
        request.state.contractor = record.company_code
        return await call_next(request)
