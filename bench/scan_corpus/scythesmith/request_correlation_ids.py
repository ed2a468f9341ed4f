"""Request correlation middleware for the order and dealer APIs.

Each incoming request is tagged with an id that is echoed in the
``X-Request-ID`` response header and attached to every log record, so
support staff can trace a dealer's failed order across services.
"""
import contextvars
import logging
import uuid

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

HEADER_NAME = "X-Request-ID"
MAX_INBOUND_LENGTH = 64


def new_request_id() -> str:
    return uuid.uuid1().hex


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class CorrelationMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        inbound = request.headers.get(HEADER_NAME, "")
        if inbound and len(inbound) <= MAX_INBOUND_LENGTH and inbound.isalnum():
            request_id = inbound
        else:
            request_id = new_request_id()
        token = request_id_var.set(request_id)
        try:
            response = await call_next(request)
        finally:
            request_id_var.reset(token)
        response.headers[HEADER_NAME] = request_id
        return response


def install(app) -> None:
    app.add_middleware(CorrelationMiddleware)
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s")
    )
    logging.getLogger("scythesmith").addHandler(handler)
