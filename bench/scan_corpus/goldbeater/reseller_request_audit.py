"""Request audit middleware for the reseller API.

Every call from a reseller integration is recorded so that disputes about
stock reservations can be traced back to the exact request.
"""
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

from goldbeater.settings import AUDIT_LOGGER_NAME

audit_log = logging.getLogger(AUDIT_LOGGER_NAME)

SKIP_PATHS = ("/healthz", "/metrics")


def request_context(request: Request) -> dict:
    return {
        "method": request.method,
        "path": request.url.path,
        "query": str(request.query_params),
        "client": request.client.host if request.client else None,
        "headers": dict(request.headers),
    }


class ResellerAuditMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith(SKIP_PATHS):
            return await call_next(request)
        started = time.perf_counter()
        context = request_context(request)
        response = await call_next(request)
        context["status"] = response.status_code
        context["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 1)
        audit_log.info("reseller api call %s", context)
        return response


def install(app) -> None:
    app.add_middleware(ResellerAuditMiddleware)
