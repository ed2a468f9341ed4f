"""Access logging middleware for the FastAPI services."""
import logging
import time
import uuid

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

access_log = logging.getLogger("svc.access")


class AccessLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        access_log.info("-> %s %s rid=%s headers=%s", request.method, request.url.path, request_id, dict(request.headers))

        response = await call_next(request)

        elapsed_ms = (time.perf_counter() - started) * 1000
        response.headers["x-request-id"] = request_id
        access_log.info(
            "<- %s %s rid=%s status=%d %.1fms",
            request.method,
            request.url.path,
            request_id,
            response.status_code,
            elapsed_ms,
        )
        return response
