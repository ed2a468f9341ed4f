"""Request logging middleware for the partner clearing API.

Every inbound partner call is logged with its headers for support
investigations; credentials in headers are replaced before logging.
"""
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

logger = logging.getLogger("tollkeeper.partner_api.access")

REDACTED_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "x-partner-signature"})


def loggable_headers(headers) -> dict[str, str]:
    cleaned = {}
    for name, value in headers.items():
        cleaned[name] = "[redacted]" if name.lower() in REDACTED_HEADERS else value
    return cleaned


class PartnerAccessLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        duration_ms = (time.perf_counter() - started) * 1000
        logger.info(
            "%s %s -> %s (%.1f ms) partner=%s headers=%s",
            request.method,
            request.url.path,
            response.status_code,
            duration_ms,
            getattr(request.state, "partner_code", "-"),
            loggable_headers(request.headers),
        )
        return response


def install(app) -> None:
    app.add_middleware(PartnerAccessLogMiddleware)
