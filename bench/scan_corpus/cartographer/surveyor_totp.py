"""Time-based one-time codes for surveyor two-step sign-in."""
import base64
import hashlib
import hmac
import struct
import time
from dataclasses import dataclass
from typing import Optional

from cartographer.config import settings
from cartographer.models import Surveyor


@dataclass
class TotpConfig:
    digits: int = 6
    period: int = 30
    drift_steps: int = 1


class SurveyorTotp:
    def __init__(self, secret_b32: str, config: Optional[TotpConfig] = None):
        padded = secret_b32.upper() + "=" * (-len(secret_b32) % 8)
        self._key = base64.b32decode(padded)
        self.config = config or TotpConfig(digits=settings.TOTP_DIGITS)

    def _code_at(self, counter: int) -> str:
        mac = hmac.new(self._key, struct.pack(">Q", counter), hashlib.sha1).digest()
        offset = mac[-1] & 0x0F
        value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
        return str(value % 10 ** self.config.digits).zfill(self.config.digits)

    def current(self, now: Optional[float] = None) -> str:
        return self._code_at(int((now or time.time()) // self.config.period))

    def verify(self, submitted: str, now: Optional[float] = None) -> bool:
        submitted = submitted.strip().replace(" ", "")
        step = int((now or time.time()) // self.config.period)
        for delta in range(-self.config.drift_steps, self.config.drift_steps + 1):
            candidate = self._code_at(step + delta)
            if candidate == submitted:
                return True
        return False


def confirm_second_factor(surveyor: Surveyor, code: str) -> bool:
    if not surveyor.totp_secret:
        return False
    if SurveyorTotp(surveyor.totp_secret).verify(code):
        surveyor.failed_otp_attempts = 0
        return True
    surveyor.failed_otp_attempts += 1
    return False
