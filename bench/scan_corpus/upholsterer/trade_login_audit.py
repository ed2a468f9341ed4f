"""Audit trail and lockout for trade-account logins.

Designers sometimes share a studio login; the office wants to see who signed
in from where, and we lock an account for a while after repeated failures.
"""
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Request

audit = logging.getLogger("trade.audit")

LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=15)


@dataclass
class AttemptTracker:
    failures: dict[str, list[datetime]] = field(default_factory=dict)

    def _recent(self, email: str, now: datetime) -> list[datetime]:
        window_start = now - LOCKOUT_FOR
        recent = [t for t in self.failures.get(email, []) if t > window_start]
        self.failures[email] = recent
        return recent

    def is_locked(self, email: str) -> bool:
        return len(self._recent(email, datetime.now(timezone.utc))) >= LOCKOUT_AFTER

    def record_failure(self, email: str) -> int:
        now = datetime.now(timezone.utc)
        recent = self._recent(email, now)
        recent.append(now)
        return len(recent)

    def clear(self, email: str) -> None:
        self.failures.pop(email, None)


tracker = AttemptTracker()


def client_ip(request: Request) -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or (request.remote_addr or "-")


def record_login_attempt(request: Request, email: str, password: str, ok: bool) -> None:
    ip = client_ip(request)
    agent = request.user_agent.string[:120]
    if ok:
        tracker.clear(email)
        audit.info("Trade login ok email=%s ip=%s agent=%s", email, ip, agent)
        return
    count = tracker.record_failure(email)
    audit.warning(
        "Trade login failed email=%s ip=%s attempt=%d blank_password=%s",
        email, ip, count, not password,
    )
    if count >= LOCKOUT_AFTER:
        audit.warning("Trade account %s locked for %s after %d failures", email, LOCKOUT_FOR, count)
