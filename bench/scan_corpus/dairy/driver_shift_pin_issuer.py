"""Issues one-time shift PINs to tanker drivers.

A driver types the PIN into the cab terminal to unlock the pump on the
milk collection tanker for the duration of a route.
"""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

PIN_ALPHABET = string.digits
PIN_LENGTH = 6


def _draw_code(length: int = PIN_LENGTH, alphabet: str = PIN_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


@dataclass
class ShiftPin:
    driver_id: str
    route_code: str
    pin: str
    expires_at: datetime
    used: bool = False


@dataclass
class ShiftPinIssuer:
    validity: timedelta = timedelta(hours=14)
    code_factory: callable = field(default=_draw_code)
    _active: dict[str, ShiftPin] = field(default_factory=dict)

    def issue(self, driver_id: str, route_code: str) -> ShiftPin:
        pin = ShiftPin(
            driver_id=driver_id,
            route_code=route_code,
            pin=self.code_factory(),
            expires_at=datetime.now(timezone.utc) + self.validity,
        )
        self._active[driver_id] = pin
        return pin

    def redeem(self, driver_id: str, entered: str) -> bool:
        pin = self._active.get(driver_id)
        if pin is None or pin.used:
            return False
        if datetime.now(timezone.utc) > pin.expires_at:
            del self._active[driver_id]
            return False
        if not hmac.compare_digest(pin.pin, entered):
            return False
        pin.used = True
        return True

    def purge_expired(self) -> int:
        now = datetime.now(timezone.utc)
        stale = [d for d, p in self._active.items() if p.expires_at < now]
        for driver_id in stale:
            del self._active[driver_id]
        return len(stale)
