"""Six-digit password reset codes for members who only use the phone app."""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class PendingReset:
    membership_no: str
    code: str
    expires_at: datetime
    attempts: int = 0


def generate_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


@dataclass
class ResetCodeService:
    sms_sender: object
    _pending: dict[str, PendingReset] = field(default_factory=dict)

    def start(self, membership_no: str, phone: str) -> None:
        code = generate_code()
        self._pending[membership_no] = PendingReset(
            membership_no=membership_no,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self.sms_sender.send(phone, f"Your federation app reset code: {code}")

    def verify(self, membership_no: str, submitted: str) -> bool:
        pending = self._pending.get(membership_no)
        if pending is None:
            return False
        if pending.expires_at < datetime.now(timezone.utc) or pending.attempts >= MAX_ATTEMPTS:
            self._pending.pop(membership_no, None)
            return False
        if not hmac.compare_digest(pending.code.encode(), submitted.strip().encode()):
            pending.attempts += 1
            return False
        del self._pending[membership_no]
        return True
