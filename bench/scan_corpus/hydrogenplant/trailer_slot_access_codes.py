"""Pickup PINs texted to drivers so they can start dispensing at an unattended filling bay."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol


class SmsGateway(Protocol):
    def send(self, msisdn: str, body: str) -> None: ...


@dataclass
class BaySlot:
    booking_id: str
    bay: int
    driver_msisdn: str
    starts_at: datetime
    pin_hash: str = ""


class PickupPinService:
    """Creates a short-lived numeric PIN for the bay keypad."""

    digits = 6
    validity = timedelta(hours=2)

    def __init__(self, sms: SmsGateway, pepper: bytes) -> None:
        self.sms = sms
        self.pepper = pepper

    @staticmethod
    def _generate(digits: int) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    def _hash(self, booking_id: str, pin: str) -> str:
        return hashlib.blake2b(f"{booking_id}:{pin}".encode(), key=self.pepper, digest_size=32).hexdigest()

    def issue(self, slot: BaySlot) -> None:
        pin = self._generate(self.digits)
        slot.pin_hash = self._hash(slot.booking_id, pin)
        local = slot.starts_at.astimezone(timezone.utc).strftime("%d %b %H:%M UTC")
        self.sms.send(slot.driver_msisdn, f"Bay {slot.bay} at {local}: keypad PIN {pin}")

    def accept(self, slot: BaySlot, entered: str, now: datetime | None = None) -> bool:
        now = now or datetime.now(timezone.utc)
        if not (slot.starts_at - timedelta(minutes=30) <= now <= slot.starts_at + self.validity):
            return False
        return secrets.compare_digest(self._hash(slot.booking_id, entered.strip()), slot.pin_hash)
