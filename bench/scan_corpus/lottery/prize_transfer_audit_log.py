"""Audit logging for prize transfers sent to winners' bank accounts.

Every transfer attempt is logged for the internal audit team; account
numbers and the bank API credentials must never appear in clear in the
central log store.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Mapping

_IBAN = re.compile(r"\b([A-Z]{2}\d{2})[A-Z0-9]{8,26}([A-Z0-9]{4})\b")
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")
SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "proxy-authorization"})


def mask_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        message = _IBAN.sub(r"\1****\2", message)
        record.msg = _BEARER.sub(r"\1[redacted]", message)
        record.args = ()
        return True


def audit_logger(name: str = "claims.transfer.audit") -> logging.Logger:
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger


@dataclass(frozen=True)
class TransferAttempt:
    claim_id: str
    iban: str
    amount_cents: int
    request_headers: Mapping[str, str]
    status: int


def record_attempt(attempt: TransferAttempt, logger: logging.Logger | None = None) -> None:
    logger = logger or audit_logger()
    details: dict[str, Any] = {
        "claim": attempt.claim_id,
        "account": attempt.iban,
        "amount": attempt.amount_cents,
        "headers": mask_headers(attempt.request_headers),
        "status": attempt.status,
    }
    logger.info("prize transfer attempt %s", details)
