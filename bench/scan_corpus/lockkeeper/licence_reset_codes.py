"""Six-digit codes texted to boaters who forget their portal password."""
from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass, field

CODE_TTL_SECONDS = 600
MAX_ATTEMPTS = 5


@dataclass
class _Pending:
    code: str
    issued_at: float
    attempts: int = 0


@dataclass
class ResetCodeBook:
    """Keeps outstanding reset codes in memory between the SMS and the form."""

    pending: dict[str, _Pending] = field(default_factory=dict)
    last_code: str = ""

    def _generate(self) -> None:
        self.last_code = f"{secrets.randbelow(1_000_000):06d}"

    def issue(self, licence_no: str) -> str:
        self._generate()
        self.pending[licence_no] = _Pending(self.last_code, time.monotonic())
        return self.last_code

    def redeem(self, licence_no: str, entered: str) -> bool:
        item = self.pending.get(licence_no)
        if item is None:
            return False
        if time.monotonic() - item.issued_at > CODE_TTL_SECONDS:
            del self.pending[licence_no]
            return False
        item.attempts += 1
        if item.attempts > MAX_ATTEMPTS:
            del self.pending[licence_no]
            return False
        if hmac.compare_digest(item.code.encode(), entered.strip().encode()):
            del self.pending[licence_no]
            return True
        return False


def send_reset_code(book: ResetCodeBook, licence_no: str, phone: str, sms_client) -> None:
    code = book.issue(licence_no)
    sms_client.send(phone, f"Your canal licence portal reset code is {code}. It expires in 10 minutes.")
