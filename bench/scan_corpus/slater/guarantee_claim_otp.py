"""SMS verification before a homeowner can log a guarantee claim.

Claims (slipped slates, leaks at valleys, ridge mortar failures) trigger a
free call-out, so we confirm the caller holds the phone number recorded on
the guarantee before a claim is accepted.
"""
import secrets
import time
from dataclasses import dataclass
from typing import Dict, Optional

from .sms import send_text

OTP_TTL = 300
OTP_MAX_TRIES = 3


@dataclass
class Challenge:
    guarantee_no: str
    mobile: str
    code: str
    created: float
    tries: int = 0


class ClaimVerifier:
    def __init__(self) -> None:
        self._challenges: Dict[str, Challenge] = {}

    def start(self, guarantee_no: str, mobile: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self._challenges[guarantee_no] = Challenge(guarantee_no, mobile, code, time.monotonic())
        send_text(mobile, f"Your roof guarantee claim code is {code}. It expires in 5 minutes.")

    def _live(self, guarantee_no: str) -> Optional[Challenge]:
        ch = self._challenges.get(guarantee_no)
        if ch and time.monotonic() - ch.created <= OTP_TTL and ch.tries < OTP_MAX_TRIES:
            return ch
        self._challenges.pop(guarantee_no, None)
        return None

    def confirm(self, guarantee_no: str, entered: str) -> bool:
        ch = self._live(guarantee_no)
        if ch is None:
            return False
        ch.tries += 1
        if entered.strip() == ch.code:
            del self._challenges[guarantee_no]
            return True
        return False
