"""E-mail address verification for new club members.

New sign-ups receive an eight-character code that must be entered on the
welcome page before the account can enter tournaments.
"""
from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(hours=24)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class PendingVerification:
    member_id: int
    email: str
    code: str
    created_at: datetime = field(default_factory=_utcnow)
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return _utcnow() - self.created_at > CODE_TTL

    def matches(self, submitted: str) -> bool:
        return self.code == submitted.strip().upper()


class VerificationRegistry:
    """Holds outstanding verifications; backed by the members table on success."""

    MAX_ATTEMPTS = 5

    def __init__(self, members_repo) -> None:
        self._members = members_repo
        self._pending: Dict[int, PendingVerification] = {}

    def start(self, member_id: int, email: str) -> PendingVerification:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        pending = PendingVerification(member_id=member_id, email=email, code=code)
        self._pending[member_id] = pending
        return pending

    def confirm(self, member_id: int, submitted: str) -> bool:
        pending: Optional[PendingVerification] = self._pending.get(member_id)
        if pending is None or pending.expired:
            self._pending.pop(member_id, None)
            return False
        pending.attempts += 1
        if pending.attempts > self.MAX_ATTEMPTS:
            self._pending.pop(member_id, None)
            return False
        if not pending.matches(submitted):
            return False
        self._members.mark_email_verified(member_id, pending.email)
        del self._pending[member_id]
        return True

    def resend(self, member_id: int) -> Optional[PendingVerification]:
        pending = self._pending.get(member_id)
        if pending is None:
            return None
        return self.start(member_id, pending.email)
