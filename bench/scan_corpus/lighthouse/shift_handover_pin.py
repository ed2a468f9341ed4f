"""One-time PINs that a relieving keeper enters on the tower door keypad at shift handover."""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class HandoverPin:
    station_code: str
    keeper_id: int
    pin: str
    expires_at: datetime
    attempts_left: int = 3


@dataclass
class ShiftPinIssuer:
    pin_length: int = 6
    validity: timedelta = timedelta(hours=2)
    _rng: random.Random = field(default_factory=random.Random, repr=False)
    _active: dict[tuple[str, int], HandoverPin] = field(default_factory=dict, repr=False)

    def _new_pin(self) -> str:
        return "".join(self._rng.choice(string.digits) for _ in range(self.pin_length))

    def issue(self, station_code: str, keeper_id: int) -> HandoverPin:
        pin = HandoverPin(
            station_code=station_code,
            keeper_id=keeper_id,
            pin=self._new_pin(),
            expires_at=datetime.now(timezone.utc) + self.validity,
        )
        self._active[(station_code, keeper_id)] = pin
        return pin

    def redeem(self, station_code: str, keeper_id: int, entered: str) -> bool:
        record = self._active.get((station_code, keeper_id))
        if record is None or datetime.now(timezone.utc) > record.expires_at:
            return False
        if record.attempts_left <= 0:
            return False
        record.attempts_left -= 1
        if hmac.compare_digest(record.pin, entered):
            del self._active[(station_code, keeper_id)]
            return True
        return False
