"""Request audit logging middleware for the trade portal API."""
import logging
import time
from typing import Iterable, Mapping

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

audit = logging.getLogger("cordmaker.audit")

SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "x-api-key", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str], sensitive: Iterable[str] = SENSITIVE_HEADERS) -> dict:
    hidden = {h.lower() for h in sensitive}
    return {k: ("[redacted]" if k.lower() in hidden else v) for k, v in headers.items()}


class AuditMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        if request.url.path.startswith("/portal/"):
            audit.info(
                "%s %s -> %s in %.1fms headers=%s",
                request.method,
                request.url.path,
                response.status_code,
                elapsed_ms,
                redact_headers(request.headers),
            )
        return response
