"""Access logging middleware for the dispatch API (Starlette/FastAPI)."""
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

access_log = logging.getLogger("dispatch.access")

REDACTED_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-station-key",
        "x-signature",
    }
)


def scrub_headers(headers) -> dict:
    return {
        name: ("[redacted]" if name.lower() in REDACTED_HEADERS else value)
        for name, value in headers.items()
    }


class AccessLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        elapsed_ms = (time.perf_counter() - start) * 1000
        access_log.info(
            "%s %s -> %d in %.1fms",
            request.method,
            request.url.path,
            response.status_code,
            elapsed_ms,
            extra={"request_headers": scrub_headers(request.headers)},
        )
        return response
