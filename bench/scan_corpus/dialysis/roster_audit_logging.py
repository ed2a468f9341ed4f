"""Structured audit logging for roster changes and integration calls.

Roster edits and calls to the workforce system are logged for the
clinical governance audit trail. Request details are logged with any
credential-bearing fields masked before they reach a handler.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any, Mapping

MASK = "***"
SENSITIVE_KEYS = frozenset({"authorization", "password", "client_secret", "access_token", "api_key"})
BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")


def masked(data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key.lower() in SENSITIVE_KEYS:
            out[key] = MASK
        elif isinstance(value, Mapping):
            out[key] = masked(value)
        else:
            out[key] = value
    return out


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = BEARER.sub(r"\1" + MASK, record.msg)
        return True


def audit_logger(name: str = "roster.audit") -> logging.Logger:
    logger = logging.getLogger(name)
    if not any(isinstance(f, MaskingFilter) for f in logger.filters):
        logger.addFilter(MaskingFilter())
    return logger


class IntegrationAudit:
    def __init__(self, logger: logging.Logger | None = None) -> None:
        self._log = logger or audit_logger()

    def outbound(self, method: str, url: str, headers: Mapping[str, str], body: Mapping[str, Any]) -> None:
        entry = {"method": method, "url": url, "headers": masked(headers), "body": masked(body)}
        self._log.info("workforce call %s", json.dumps(entry, default=str))

    def roster_change(self, user: str, clinic_id: str, change: Mapping[str, Any]) -> None:
        self._log.info(
            "roster change by %s at clinic %s: %s", user, clinic_id, json.dumps(masked(change), default=str)
        )
