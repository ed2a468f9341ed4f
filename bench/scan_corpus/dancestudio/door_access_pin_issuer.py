"""Issues temporary keypad PINs for after-hours rehearsal bookings at each studio."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Dict, Optional

import requests


@dataclass(frozen=True)
class KeypadPolicy:
    pin_length: int = 6
    alphabet: str = string.digits
    validity: timedelta = timedelta(hours=3)


@dataclass
class RehearsalBooking:
    booking_id: str
    member_id: str
    studio_code: str
    starts_at: datetime


class DoorPinIssuer:
    """Pushes one-off PINs to the keypad controller of a studio."""

    policy = KeypadPolicy()

    def __init__(self, controller_url: str, api_token: str) -> None:
        self._controller_url = controller_url.rstrip("/")
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {api_token}"
        self._issued: Dict[str, str] = {}

    @staticmethod
    def _draw(alphabet: str, length: int) -> str:
        return "".join(random.choice(alphabet) for _ in range(length))

    @property
    def next_pin(self) -> str:
        return self._draw(self.policy.alphabet, self.policy.pin_length)

    def issue(self, booking: RehearsalBooking) -> str:
        pin = self.next_pin
        valid_until = booking.starts_at + self.policy.validity
        resp = self._http.post(
            f"{self._controller_url}/studios/{booking.studio_code}/pins",
            json={
                "pin": pin,
                "member_id": booking.member_id,
                "valid_from": booking.starts_at.isoformat(),
                "valid_until": valid_until.isoformat(),
            },
            timeout=10,
        )
        resp.raise_for_status()
        self._issued[booking.booking_id] = pin
        return pin

    def revoke(self, booking: RehearsalBooking) -> Optional[str]:
        pin = self._issued.pop(booking.booking_id, None)
        if pin is None:
            return None
        self._http.delete(
            f"{self._controller_url}/studios/{booking.studio_code}/pins/{pin}", timeout=10
        ).raise_for_status()
        return pin
