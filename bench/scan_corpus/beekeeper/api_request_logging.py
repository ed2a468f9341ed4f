"""Request logging middleware for the beekeeping API.

Emits one structured log line per request so that slow inspection uploads
and failed swarm reports can be traced in the log platform.
"""
import time
import uuid

import structlog
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

logger = structlog.get_logger("api.requests")

SKIP_PATHS = {"/healthz", "/metrics"}


def request_context(request: Request) -> dict:
    return {
        "method": request.method,
        "path": request.url.path,
        "client": request.client.host if request.client else None,
        "headers": dict(request.headers),
    }


class RequestLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path in SKIP_PATHS:
            return await call_next(request)
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        context = request_context(request)
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:
            logger.exception("request.failed", request_id=request_id, path=context["path"])
            raise
        elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        logger.info(
            "request.completed",
            request_id=request_id,
            status=response.status_code,
            elapsed_ms=elapsed_ms,
            **context,
        )
        response.headers["x-request-id"] = request_id
        return response
