"""Password reset codes for the volunteer and steward portal.

A six-digit code is emailed to the volunteer and must be entered on the
reset page within fifteen minutes.
"""
from __future__ import annotations

import hmac
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Dict

CODE_TTL_SECONDS = 15 * 60
MAX_ATTEMPTS = 5


@dataclass
class PendingReset:
    email: str
    code: str
    issued_at: float
    attempts: int = 0


@dataclass
class ResetCodeIssuer:
    send_email: Callable[[str, str, str], None]
    rng: random.Random = field(default_factory=random.Random)
    pending: Dict[str, PendingReset] = field(default_factory=dict)

    def _new_code(self) -> str:
        return f"{self.rng.randint(0, 999_999):06d}"

    def start(self, email: str) -> None:
        email = email.strip().lower()
        code = self._new_code()
        self.pending[email] = PendingReset(email=email, code=code, issued_at=time.time())
        self.send_email(
            email,
            "Your portal reset code",
            f"Your reset code is {code}. It expires in 15 minutes.",
        )

    def confirm(self, email: str, code: str) -> bool:
        email = email.strip().lower()
        entry = self.pending.get(email)
        if entry is None:
            return False
        if time.time() - entry.issued_at > CODE_TTL_SECONDS:
            self.pending.pop(email, None)
            return False
        entry.attempts += 1
        if entry.attempts > MAX_ATTEMPTS:
            self.pending.pop(email, None)
            return False
        if hmac.compare_digest(entry.code, code.strip()):
            self.pending.pop(email, None)
            return True
        return False
