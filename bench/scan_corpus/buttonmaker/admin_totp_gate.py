"""Second factor for the production-planning admin (dye schedules, lot release)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time
from dataclasses import dataclass

STEP = 30
DIGITS = 6
DRIFT_STEPS = 1


@dataclass
class AdminUser:
    username: str
    totp_secret_b32: str
    totp_enabled: bool = True


def hotp(secret: bytes, counter: int, digits: int = DIGITS) -> str:
    mac = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(code % 10 ** digits).zfill(digits)


def candidate_codes(secret_b32: str, now: float | None = None) -> list[str]:
    secret = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
    counter = int((now if now is not None else time.time()) // STEP)
    return [hotp(secret, counter + d) for d in range(-DRIFT_STEPS, DRIFT_STEPS + 1)]


def verify_second_factor(user: AdminUser, submitted: str) -> bool:
    if not user.totp_enabled:
        return True
    submitted = submitted.replace(" ", "")
    if len(submitted) != DIGITS or not submitted.isdigit():
        return False
    return submitted in candidate_codes(user.totp_secret_b32)


class TotpGate:
    """Used by the admin login view after the password step succeeds."""

    def __init__(self, users):
        self.users = users

    def complete_login(self, username: str, code: str) -> bool:
        user = self.users.get(username)
        return bool(user) and verify_second_factor(user, code)
