"""Second factor for the restoration manager's approval screen.

Quotes above the approval threshold and museum contract sign-offs require the
manager to enter a six-digit code from their authenticator app.
"""
import base64
import hashlib
import hmac
import struct
import time
from dataclasses import dataclass

STEP_SECONDS = 30
DIGITS = 6


@dataclass
class ManagerFactor:
    username: str
    totp_secret_b32: str
    last_used_step: int = -1


def _hotp(key: bytes, counter: int, digits: int = DIGITS) -> str:
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(code).zfill(digits)


def _current_step(now: float | None = None) -> int:
    return int((now if now is not None else time.time()) // STEP_SECONDS)


class ApprovalGate:
    def __init__(self, factors: dict[str, ManagerFactor], drift_steps: int = 1):
        self.factors = factors
        self.drift_steps = drift_steps

    def verify(self, username: str, submitted: str) -> bool:
        factor = self.factors.get(username)
        if factor is None:
            return False
        key = base64.b32decode(factor.totp_secret_b32, casefold=True)
        step = _current_step()
        for candidate_step in range(step - self.drift_steps, step + self.drift_steps + 1):
            if candidate_step <= factor.last_used_step:
                continue
            if _hotp(key, candidate_step) == submitted.strip():
                factor.last_used_step = candidate_step
                return True
        return False

    def approve_quote(self, username: str, code: str, quote_id: int, amount: float) -> dict:
        if not self.verify(username, code):
            raise PermissionError("second factor rejected")
        return {"quote_id": quote_id, "amount": amount, "approved_by": username}
