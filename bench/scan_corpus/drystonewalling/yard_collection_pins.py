"""Collection PINs for customers picking up stone from the yard.

Land owners doing their own gapping can buy walling stone and collect it
from our yard out of hours; the weighbridge kiosk asks for a PIN sent to
them by SMS when the order is paid.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import httpx


def _six_digits() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def _expiry() -> datetime:
    return datetime.now(timezone.utc) + timedelta(hours=48)


@dataclass
class CollectionPin:
    order_id: str
    bay: str
    pin: str = field(default_factory=_six_digits, repr=False)
    expires_at: datetime = field(default_factory=_expiry)
    attempts: int = 0


class CollectionPinService:
    max_attempts = 5

    def __init__(self, sms_api_url: str, sms_token: str) -> None:
        self._sms = httpx.Client(
            base_url=sms_api_url,
            headers={"Authorization": f"Bearer {sms_token}"},
            timeout=10.0,
        )

    def issue(self, order_id: str, bay: str, phone: str) -> CollectionPin:
        pin = CollectionPin(order_id=order_id, bay=bay)
        self._sms.post(
            "/messages",
            json={
                "to": phone,
                "body": f"Order {order_id} is ready in bay {bay}. Kiosk PIN: {pin.pin}",
            },
        ).raise_for_status()
        return pin

    def check(self, pin: CollectionPin, entered: str) -> bool:
        if pin.attempts >= self.max_attempts:
            return False
        if datetime.now(timezone.utc) > pin.expires_at:
            return False
        pin.attempts += 1
        return hmac.compare_digest(pin.pin, entered.strip())
