"""Validates keypad entries at pumping station doors against issued contractor PINs."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Optional


@dataclass(frozen=True)
class IssuedPin:
    station_code: str
    contractor_id: str
    pin: str
    valid_from: datetime
    valid_until: datetime

    def active(self, at: datetime) -> bool:
        return self.valid_from <= at <= self.valid_until


class KeypadValidator:
    """Runs on the station controller; PINs are pushed by the access service."""

    max_attempts = 5

    def __init__(self, station_code: str, pins: Iterable[IssuedPin] = ()) -> None:
        self.station_code = station_code
        self._pins: list[IssuedPin] = []
        self._failed = 0
        self.load(pins)

    def load(self, pins: Iterable[IssuedPin]) -> None:
        self._pins = [p for p in pins if p.station_code == self.station_code]

    @property
    def locked(self) -> bool:
        return self._failed >= self.max_attempts

    def check(self, entered: str, now: Optional[datetime] = None) -> Optional[str]:
        if self.locked:
            return None
        now = now or datetime.now(timezone.utc)
        matched: Optional[str] = None
        for issued in self._pins:
            if secrets.compare_digest(issued.pin.encode(), entered.encode()) and issued.active(now):
                matched = issued.contractor_id
        if matched is None:
            self._failed += 1
        else:
            self._failed = 0
        return matched

    def reset_lockout(self, supervisor_badge: str) -> None:
        self._failed = 0
