"""Audit trail for operator-portal sign-ins, forwarded to the site SIEM by the log shipper."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, asdict
from datetime import datetime, timezone
from typing import Optional

audit_log = logging.getLogger("h2portal.audit")


@dataclass(frozen=True)
class SignInEvent:
    badge: str
    outcome: str
    source_ip: str
    session_ref: Optional[str]
    at: str


class SignInAuditor:
    """Emits one JSON line per sign-in; the session is referenced by a short digest only."""

    outcomes = ("success", "wrong_password", "locked", "unknown_badge")

    @staticmethod
    def session_ref(session_token: Optional[str]) -> Optional[str]:
        if not session_token:
            return None
        return hashlib.sha256(session_token.encode("ascii")).hexdigest()[:12]

    def record(self, badge: str, outcome: str, source_ip: str, session_token: Optional[str] = None) -> SignInEvent:
        if outcome not in self.outcomes:
            raise ValueError(outcome)
        event = SignInEvent(
            badge=badge,
            outcome=outcome,
            source_ip=source_ip,
            session_ref=self.session_ref(session_token),
            at=datetime.now(timezone.utc).isoformat(),
        )
        audit_log.info("portal_sign_in %s", json.dumps(asdict(event), sort_keys=True))
        return event


class SignInFlow:
    def __init__(self, auditor: SignInAuditor, accounts, sessions) -> None:
        self.auditor = auditor
        self.accounts = accounts
        self.sessions = sessions

    def sign_in(self, badge: str, password: str, source_ip: str) -> Optional[str]:
        if not self.accounts.exists(badge):
            self.auditor.record(badge, "unknown_badge", source_ip)
            return None
        if self.accounts.is_locked(badge):
            self.auditor.record(badge, "locked", source_ip)
            return None
        if not self.accounts.verify(badge, password):
            self.auditor.record(badge, "wrong_password", source_ip)
            return None
        token = self.sessions.open(badge)
        self.auditor.record(badge, "success", source_ip, session_token=token)
        return token
