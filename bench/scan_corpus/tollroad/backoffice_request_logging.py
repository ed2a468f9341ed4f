"""Request/response access logging for the toll back-office API."""
from __future__ import annotations

import logging
import time
from typing import Any, Mapping

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

access_log = logging.getLogger("tollroad.backoffice.access")

SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "x-api-key", "x-upload-key"})
SENSITIVE_FIELDS = frozenset({"password", "pin", "card_number", "session_token", "api_key"})


def scrub_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def scrub_fields(payload: Any) -> Any:
    if isinstance(payload, dict):
        return {
            k: ("[redacted]" if k.lower() in SENSITIVE_FIELDS else scrub_fields(v))
            for k, v in payload.items()
        }
    if isinstance(payload, list):
        return [scrub_fields(item) for item in payload]
    return payload


class AccessLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        body: Any = None
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = await request.json()
            except ValueError:
                body = "<unparseable>"
        response = await call_next(request)
        access_log.info(
            "%s %s -> %d in %.1fms headers=%s body=%s",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            scrub_headers(request.headers),
            scrub_fields(body),
        )
        return response
