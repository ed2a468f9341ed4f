"""Request/response logging middleware with header redaction."""
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

logger = logging.getLogger("api.http")

REDACTED_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-api-key", "proxy-authorization"})


def redact_headers(headers) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


class RequestLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.monotonic()
        logger.debug("%s %s headers=%s", request.method, request.url.path, redact_headers(request.headers))
        response = await call_next(request)
        logger.info(
            "%s %s -> %d in %.1fms",
            request.method,
            request.url.path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return response
