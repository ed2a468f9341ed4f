"""Structured audit logging for sign-in, sign-out and recovery events."""

import logging
import re
from typing import Any

SENSITIVE_KEYS = frozenset({"password", "new_password", "token", "reset_token", "otp", "authorization"})
_EMAIL_RE = re.compile(r"^([^@]{1,2})[^@]*(@.*)$")


class RedactingFilter(logging.Filter):
    """Masks sensitive values passed via ``extra={"fields": {...}}``."""

    def filter(self, record: logging.LogRecord) -> bool:
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            record.fields = {
                k: ("[redacted]" if k.lower() in SENSITIVE_KEYS else v) for k, v in fields.items()
            }
        return True


audit = logging.getLogger("audit.auth")
audit.addFilter(RedactingFilter())


def mask_email(email: str) -> str:
    return _EMAIL_RE.sub(r"\1***\2", email)


def _client_ip(request) -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "-"


def log_login(request, user, *, success: bool, method: str, **fields: Any) -> None:
    audit.info(
        "login %s user=%s method=%s ip=%s",
        "ok" if success else "failed",
        getattr(user, "id", None),
        method,
        _client_ip(request),
        extra={"fields": fields},
    )


def log_recovery_requested(request, email: str) -> None:
    audit.info("recovery requested email=%s ip=%s", mask_email(email), _client_ip(request))


def log_password_changed(request, user) -> None:
    audit.info("password changed user=%s ip=%s", user.id, _client_ip(request))
