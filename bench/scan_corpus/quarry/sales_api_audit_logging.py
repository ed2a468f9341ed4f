"""Audit logging for calls to the aggregates sales API (price lists, quotes, orders)."""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass

audit = logging.getLogger("sales.audit")

_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")


class RedactingFilter(logging.Filter):
    """Masks bearer tokens that slip into formatted audit messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _BEARER.sub(r"\1[redacted]", record.getMessage())
        record.args = ()
        return True


def key_fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:12]


@dataclass
class ApiCaller:
    account_no: str
    api_key: str
    source_ip: str


def configure_audit(handler: logging.Handler) -> None:
    handler.addFilter(RedactingFilter())
    audit.addHandler(handler)
    audit.setLevel(logging.INFO)


def log_call(caller: ApiCaller, method: str, path: str, status: int) -> None:
    audit.info(
        "account=%s key_fp=%s ip=%s %s %s -> %d",
        caller.account_no,
        key_fingerprint(caller.api_key),
        caller.source_ip,
        method,
        path,
        status,
    )


def log_rejected(caller: ApiCaller, reason: str) -> None:
    audit.warning(
        "rejected account=%s key_fp=%s ip=%s reason=%s",
        caller.account_no,
        key_fingerprint(caller.api_key),
        caller.source_ip,
        reason,
    )
