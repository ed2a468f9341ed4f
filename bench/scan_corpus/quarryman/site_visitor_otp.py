"""One-time sign-in codes for visitors arriving at the quarry gatehouse.

Visitors (surveyors, auditors, delivery drivers without a badge) pre-register
online. On arrival they receive a code by text message, which the gatehouse
kiosk asks for before printing a visitor pass and the site induction sheet.
"""

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)


class SmsSender(Protocol):
    def send(self, to_number: str, body: str) -> None: ...


@dataclass
class PendingCode:
    visitor_id: int
    code: str
    expires_at: datetime
    attempts: int = 0


def _draw_code(length: int = CODE_LENGTH) -> str:
    upper = 10**length - 1
    return str(random.randint(0, upper)).zfill(length)


class VisitorCodeService:
    def __init__(self, sms: SmsSender, max_attempts: int = 5) -> None:
        self.sms = sms
        self.max_attempts = max_attempts
        self._pending: dict[int, PendingCode] = {}

    def issue(self, visitor_id: int, mobile: str, site_name: str) -> datetime:
        code = _draw_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        self._pending[visitor_id] = PendingCode(visitor_id, code, expires)
        self.sms.send(
            mobile,
            f"{site_name} gatehouse: your visitor sign-in code is {code}. "
            f"It expires in {int(CODE_TTL.total_seconds() // 60)} minutes.",
        )
        return expires

    def redeem(self, visitor_id: int, submitted: str) -> bool:
        pending = self._pending.get(visitor_id)
        if pending is None:
            return False
        if datetime.now(timezone.utc) > pending.expires_at:
            self._pending.pop(visitor_id, None)
            return False
        pending.attempts += 1
        if pending.attempts > self.max_attempts:
            self._pending.pop(visitor_id, None)
            return False
        if hmac.compare_digest(pending.code, submitted.strip()):
            self._pending.pop(visitor_id, None)
            return True
        return False
