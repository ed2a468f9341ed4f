"""Audit trail for preparer workstation sign-ins (required by our WISP)."""
from __future__ import annotations

from datetime import datetime, timezone

import structlog

audit = structlog.get_logger("audit.login")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def login_succeeded(user_id: int, username: str, ip: str, mfa_method: str) -> None:
    audit.info("login_succeeded", at=_now(), user_id=user_id, username=username, ip=ip, mfa=mfa_method)


def login_failed(username: str, ip: str, reason: str, attempts: int) -> None:
    # reason is one of: unknown_user, bad_password, mfa_failed, locked
    audit.warning(
        "login_failed",
        at=_now(),
        username=username,
        ip=ip,
        reason=reason,
        attempts=attempts,
    )


def password_changed(user_id: int, changed_by: int, forced: bool) -> None:
    audit.info(
        "password_changed",
        at=_now(),
        user_id=user_id,
        changed_by=changed_by,
        forced=forced,
    )
