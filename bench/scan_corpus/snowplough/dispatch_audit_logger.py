"""Audit logging for contractor dispatch actions with credential redaction."""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass


class RedactingFilter(logging.Filter):
    patterns = (
        re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+"),
        re.compile(r"((?:api[_-]?key|token|password)=)[^&\s]+", re.IGNORECASE),
    )

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern in self.patterns:
            message = pattern.sub(r"\1[redacted]", message)
        record.msg, record.args = message, None
        return True


def audit_logger(name: str = "winter.dispatch.audit") -> logging.Logger:
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger


@dataclass(frozen=True)
class DispatchAction:
    operator: str
    contractor_id: str
    route_code: str
    api_token: str

    @property
    def token_fingerprint(self) -> str:
        return hashlib.sha256(self.api_token.encode()).hexdigest()[:10]


class DispatchAudit:
    def __init__(self, logger: logging.Logger | None = None) -> None:
        self.log = logger or audit_logger()

    def dispatched(self, action: DispatchAction, dispatch_id: str) -> None:
        self.log.info(
            "dispatch %s: operator=%s contractor=%s route=%s key_fp=%s",
            dispatch_id, action.operator, action.contractor_id, action.route_code, action.token_fingerprint,
        )

    def rejected(self, action: DispatchAction, status: int) -> None:
        self.log.warning(
            "dispatch rejected status=%d operator=%s contractor=%s key_fp=%s",
            status, action.operator, action.contractor_id, action.token_fingerprint,
        )
