"""Audit trail of buyer portal sign-ins.

The sales office reviews sign-in activity when a trade account reports orders
it did not place, so every attempt is written to the audit log with the buyer,
source address and outcome.
"""
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

audit = logging.getLogger("tanyard.portal.audit")


@dataclass
class LoginAttempt:
    email: str
    password: str = field(repr=False)
    source_ip: str = ""
    user_agent: str = ""
    succeeded: bool = False
    session_id: str | None = field(default=None, repr=False)


def session_ref(session_id: str | None) -> str:
    if not session_id:
        return "-"
    return hashlib.sha256(session_id.encode()).hexdigest()[:12]


def record(attempt: LoginAttempt) -> None:
    audit.info(
        "portal_login email=%s ip=%s ua=%r outcome=%s session_ref=%s at=%s",
        attempt.email,
        attempt.source_ip,
        attempt.user_agent[:120],
        "success" if attempt.succeeded else "failure",
        session_ref(attempt.session_id),
        datetime.now(timezone.utc).isoformat(),
    )


def record_lockout(email: str, source_ip: str, failures: int) -> None:
    audit.warning("portal_lockout email=%s ip=%s failures=%d", email, source_ip, failures)
