"""Audit logging for driver sign-ins at the depot kiosks and in-cab tablets."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

audit = logging.getLogger("audit.driver_login")


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def mask_badge(badge_uid: str) -> str:
    return "*" * max(0, len(badge_uid) - 4) + badge_uid[-4:]


@dataclass
class LoginAttempt:
    staff_number: str
    terminal_id: str
    method: str
    success: bool
    badge_uid: Optional[str] = None
    session_token: Optional[str] = None
    reason: Optional[str] = None
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def record(attempt: LoginAttempt) -> None:
    fields = {
        "staff": attempt.staff_number,
        "terminal": attempt.terminal_id,
        "method": attempt.method,
        "badge": mask_badge(attempt.badge_uid) if attempt.badge_uid else "-",
        "session": token_fingerprint(attempt.session_token) if attempt.session_token else "-",
    }
    if attempt.success:
        audit.info(
            "driver login ok staff=%(staff)s terminal=%(terminal)s method=%(method)s "
            "badge=%(badge)s session_fp=%(session)s",
            fields,
        )
    else:
        fields["reason"] = attempt.reason or "unknown"
        audit.warning(
            "driver login failed staff=%(staff)s terminal=%(terminal)s method=%(method)s "
            "badge=%(badge)s reason=%(reason)s",
            fields,
        )


def record_logout(staff_number: str, terminal_id: str, session_token: str) -> None:
    audit.info(
        "driver logout staff=%s terminal=%s session_fp=%s",
        staff_number,
        terminal_id,
        token_fingerprint(session_token),
    )
