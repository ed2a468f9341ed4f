"""Passwordless sign-in for the customer portal using a one-time code sent by SMS."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional, Protocol

OTP_DIGITS = 6
OTP_TTL = timedelta(minutes=10)
MAX_TRIES = 5


class SmsSender(Protocol):
    def send(self, phone: str, text: str) -> None: ...


@dataclass
class PendingOtp:
    customer_id: int
    code: str
    expires_at: datetime
    tries: int = 0


class OtpLogin:
    def __init__(self, sms: SmsSender, store: Optional[dict] = None):
        self._sms = sms
        self._pending: dict[str, PendingOtp] = store if store is not None else {}

    def start(self, customer_id: int, phone: str) -> None:
        code = "".join(secrets.choice("0123456789") for _ in range(OTP_DIGITS))
        self._pending[phone] = PendingOtp(
            customer_id=customer_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + OTP_TTL,
        )
        self._sms.send(phone, f"Your fitting portal code is {code}")

    def finish(self, phone: str, submitted: str) -> Optional[int]:
        pending = self._pending.get(phone)
        if pending is None:
            return None
        if pending.expires_at < datetime.now(timezone.utc) or pending.tries >= MAX_TRIES:
            self._pending.pop(phone, None)
            return None
        pending.tries += 1
        if submitted.strip() == pending.code:
            self._pending.pop(phone, None)
            return pending.customer_id
        return None
