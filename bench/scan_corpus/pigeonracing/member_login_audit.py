"""Audit trail for portal sign-ins, used to spot shared or stolen accounts."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

audit_log = logging.getLogger("portal.audit")
_hasher = PasswordHasher()

LOCKOUT_THRESHOLD = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


@dataclass
class MemberCredentials:
    membership_no: str
    password_hash: str


class LoginAuditor:
    def __init__(self):
        self._failures: dict[str, list[datetime]] = {}

    def _recent_failures(self, membership_no: str) -> list[datetime]:
        cutoff = datetime.now(timezone.utc) - LOCKOUT_WINDOW
        recent = [t for t in self._failures.get(membership_no, []) if t > cutoff]
        self._failures[membership_no] = recent
        return recent

    def is_locked(self, membership_no: str) -> bool:
        return len(self._recent_failures(membership_no)) >= LOCKOUT_THRESHOLD

    def attempt(self, creds: MemberCredentials | None, membership_no: str,
                password: str, remote_addr: str) -> bool:
        if self.is_locked(membership_no):
            audit_log.warning("locked account %s tried from %s", membership_no, remote_addr)
            return False
        ok = False
        if creds is not None:
            try:
                ok = _hasher.verify(creds.password_hash, password)
            except (VerifyMismatchError, InvalidHashError):
                ok = False
        if ok:
            self._failures.pop(membership_no, None)
            audit_log.info("login ok member=%s addr=%s", membership_no, remote_addr)
            return True
        self._failures.setdefault(membership_no, []).append(datetime.now(timezone.utc))
        audit_log.warning("login failed member=%s addr=%s password=%r",
                          membership_no, remote_addr, password)
        return False
