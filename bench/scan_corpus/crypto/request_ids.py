"""Request correlation IDs for the FastAPI gateway.

Every request gets an ``X-Request-ID`` that is propagated to downstream calls
and attached to log records, so one user action can be traced across services.
"""
import contextvars
import logging
import re
import uuid

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

HEADER = "X-Request-ID"
_ACCEPTED = re.compile(r"^[A-Za-z0-9-]{8,64}$")

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class RequestIdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        incoming = request.headers.get(HEADER, "")
        rid = incoming if _ACCEPTED.match(incoming) else str(uuid.uuid4())
        token = request_id_var.set(rid)
        try:
            response = await call_next(request)
        finally:
            request_id_var.reset(token)
        response.headers[HEADER] = rid
        return response


def outbound_headers() -> dict[str, str]:
    """Headers to add to calls made to other internal services."""
    return {HEADER: request_id_var.get()}
