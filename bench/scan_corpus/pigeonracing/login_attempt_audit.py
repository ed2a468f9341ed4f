"""Records club secretary sign-in attempts for the federation's security review."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import bcrypt

audit = logging.getLogger("secretary.audit")

LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=20)


@dataclass
class SecretaryRecord:
    email: str
    club_code: str
    password_hash: bytes
    failures: int = 0
    locked_until: datetime | None = None


class SignInAuditor:
    def __init__(self, records: dict[str, SecretaryRecord]):
        self.records = records

    def sign_in(self, email: str, password: str, remote_addr: str) -> bool:
        email = email.strip().lower()
        now = datetime.now(timezone.utc)
        record = self.records.get(email)
        if record is None:
            audit.warning("sign-in for unknown secretary %s from %s", email, remote_addr)
            return False
        if record.locked_until and record.locked_until > now:
            audit.warning("sign-in for locked secretary %s from %s", email, remote_addr)
            return False
        if bcrypt.checkpw(password.encode("utf-8"), record.password_hash):
            record.failures = 0
            record.locked_until = None
            audit.info("secretary %s (club %s) signed in from %s",
                       email, record.club_code, remote_addr)
            return True
        record.failures += 1
        audit.warning("failed sign-in %d for secretary %s from %s",
                      record.failures, email, remote_addr)
        if record.failures >= LOCKOUT_AFTER:
            record.locked_until = now + LOCKOUT_FOR
            audit.error("secretary %s locked until %s", email, record.locked_until.isoformat())
        return False
