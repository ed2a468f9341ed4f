"""Logging setup for the nightly crew payroll sync job.

The sync talks to the payroll provider with an OAuth token and the
bureau's SFTP password; log lines go to the shared tour-office syslog.
"""
from __future__ import annotations

import hashlib
import logging
import logging.handlers
import os
import re

REDACT_PATTERNS = [
    re.compile(r"(Bearer\s+)[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE),
    re.compile(r"((?:password|secret|token|api_key)=)[^&\s]+", re.IGNORECASE),
]


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern in REDACT_PATTERNS:
            message = pattern.sub(r"\1[redacted]", message)
        record.msg, record.args = message, None
        return True


def configure(level: str | None = None) -> logging.Logger:
    logger = logging.getLogger("payroll.sync")
    logger.setLevel(level or os.environ.get("PAYROLL_SYNC_LOG_LEVEL", "INFO"))
    handler = logging.handlers.SysLogHandler(address="/dev/log")
    handler.setFormatter(logging.Formatter("payroll-sync[%(process)d]: %(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    return logger


def token_fingerprint(token: str) -> str:
    return "sha256:" + hashlib.sha256(token.encode("utf-8")).hexdigest()[:10]


def log_token_refresh(logger: logging.Logger, token: str, expires_in: int) -> None:
    logger.info(
        "payroll API token refreshed (%s), expires in %ds",
        token_fingerprint(token),
        expires_in,
    )


def log_batch(logger: logging.Logger, period: str, rows: int, batch_id: str) -> None:
    logger.info("pushed %d timesheet rows for %s as batch %s", rows, period, batch_id)
