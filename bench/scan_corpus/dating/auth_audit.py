"""Audit logging for authentication events (logins, resets, token refresh)."""
from __future__ import annotations

import hashlib
import logging
import re

audit_log = logging.getLogger("audit.auth")

_SENSITIVE_KEYS = re.compile(r"(password|passwd|token|secret|otp|code)", re.IGNORECASE)


class RedactingFilter(logging.Filter):
    """Blanks out sensitive values if someone passes a dict into ``extra``."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key in list(vars(record)):
            if _SENSITIVE_KEYS.search(key):
                setattr(record, key, "[redacted]")
        return True


audit_log.addFilter(RedactingFilter())


def _fingerprint(value: str) -> str:
    """Short, non-reversible reference so support can correlate events."""
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def login_succeeded(user_id: int, ip: str, method: str) -> None:
    audit_log.info("login ok user=%s ip=%s method=%s", user_id, ip, method)


def login_failed(email: str, ip: str, reason: str) -> None:
    audit_log.warning("login failed account=%s ip=%s reason=%s", _fingerprint(email.lower()), ip, reason)


def reset_requested(user_id: int, token_id: str) -> None:
    audit_log.info("password reset requested user=%s token_id=%s", user_id, token_id)


def refresh_rotated(user_id: int, old_jti: str, new_jti: str) -> None:
    audit_log.info("refresh token rotated user=%s old_jti=%s new_jti=%s", user_id, old_jti, new_jti)
