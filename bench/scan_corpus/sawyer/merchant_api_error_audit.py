"""Audit trail for rejected calls to the merchant integration API.

Integration partners regularly misconfigure their ERP connectors. To help
support staff answer "why is my call failing" tickets, every rejected call
is written to the audit logger with enough context to reproduce it.
"""
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

from sawyer.settings import AUDIT_LOGGER_NAME

audit = logging.getLogger(AUDIT_LOGGER_NAME)

AUDITED_STATUSES = {400, 401, 403, 404, 409, 422, 429}


def describe(request: Request) -> dict:
    return {
        "method": request.method,
        "path": request.url.path,
        "query": str(request.query_params),
        "client": request.client.host if request.client else None,
        "headers": dict(request.headers),
    }


class RejectedCallAudit(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        if response.status_code in AUDITED_STATUSES:
            context = describe(request)
            audit.warning(
                "merchant api rejected status=%s elapsed_ms=%.1f request=%s",
                response.status_code,
                (time.perf_counter() - started) * 1000,
                context,
            )
        return response


def install(app):
    app.add_middleware(RejectedCallAudit)
    return app
