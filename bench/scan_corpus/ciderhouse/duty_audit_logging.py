"""Audit logging for outbound calls to the duty and excise APIs with credential redaction."""
from __future__ import annotations

import logging
import re
from typing import Mapping

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _BEARER.sub(r"\1[redacted]", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                _BEARER.sub(r"\1[redacted]", a) if isinstance(a, str) else a for a in record.args
            )
        return True


class OutboundAudit:
    logger_name = "duty.audit"

    def __init__(self) -> None:
        self.log = logging.getLogger(self.logger_name)
        self.log.addFilter(RedactingFilter())

    def request_sent(self, method: str, url: str, headers: Mapping[str, str]) -> None:
        self.log.info("%s %s headers=%s", method, url, redact_headers(headers))

    def response_received(self, url: str, status: int, correlation_id: str | None) -> None:
        self.log.info("%s -> %s correlation=%s", url, status, correlation_id or "-")

    def response_hook(self, response, *args, **kwargs):
        req = response.request
        self.request_sent(req.method, req.url, req.headers)
        self.response_received(req.url, response.status_code, response.headers.get("X-Correlation-Id"))
        return response
