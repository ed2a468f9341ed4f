"""Email one-time codes used as a second factor on new devices."""
import hmac
import secrets
import time
from dataclasses import dataclass

CODE_DIGITS = 6
CODE_TTL = 600
MAX_ATTEMPTS = 5


@dataclass
class PendingCode:
    code: str
    expires_at: float
    attempts: int = 0


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


class OtpStore:
    """In-memory store; the production deployment wires a Redis-backed subclass."""

    def __init__(self) -> None:
        self._pending: dict[int, PendingCode] = {}

    def issue(self, user_id: int) -> str:
        code = new_code()
        self._pending[user_id] = PendingCode(code, time.time() + CODE_TTL)
        return code

    def check(self, user_id: int, submitted: str) -> bool:
        pending = self._pending.get(user_id)
        if pending is None or time.time() > pending.expires_at:
            self._pending.pop(user_id, None)
            return False
        pending.attempts += 1
        if pending.attempts > MAX_ATTEMPTS:
            del self._pending[user_id]
            return False
        if hmac.compare_digest(pending.code.encode(), submitted.strip().encode()):
            del self._pending[user_id]
            return True
        return False
