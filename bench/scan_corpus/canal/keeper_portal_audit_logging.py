"""Audit logging set-up for the lock-keeper portal.

Form submissions are logged for the volunteer coordinators; credential fields
are masked by a filter attached to the audit handler.
"""
from __future__ import annotations

import logging
import logging.handlers
from typing import Any, Mapping

MASKED_FIELDS = frozenset({"password", "new_password", "confirm_password", "totp", "csrf_token"})


def masked(form: Mapping[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k.lower() in MASKED_FIELDS else v) for k, v in form.items()}


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, Mapping):
            record.args = masked(record.args)
        elif isinstance(record.args, tuple):
            record.args = tuple(masked(a) if isinstance(a, Mapping) else a for a in record.args)
        return True


def configure_audit_logger(path: str = "/var/log/keeper-portal/audit.log") -> logging.Logger:
    logger = logging.getLogger("keeper.audit")
    handler = logging.handlers.WatchedFileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.addFilter(MaskingFilter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


class PasswordChangeAudit:
    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger

    def submitted(self, volunteer_id: int, form: Mapping[str, str], remote_addr: str) -> None:
        self.logger.info("password change volunteer=%s from=%s form=%s", volunteer_id, remote_addr, form)

    def rejected(self, volunteer_id: int, reason: str) -> None:
        self.logger.warning("password change rejected volunteer=%s reason=%s", volunteer_id, reason)
