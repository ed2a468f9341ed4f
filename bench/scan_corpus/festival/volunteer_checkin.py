"""Shift check-in PINs for volunteers.

Team leads read out a six-digit PIN at the start of each shift; volunteers
enter it in the app to prove they were physically at the briefing point.
Completing enough checked-in shifts earns the volunteer their free ticket.
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

PIN_DIGITS = 6
PIN_VALID_FOR = timedelta(minutes=20)

_rng = np.random.default_rng()


@dataclass
class ShiftPin:
    shift_id: int
    pin: str
    issued_at: datetime

    def is_valid(self, now: datetime) -> bool:
        return now - self.issued_at <= PIN_VALID_FOR


class CheckinService:
    def __init__(self, repo):
        self.repo = repo

    def open_shift(self, shift_id: int, now: datetime) -> ShiftPin:
        digits = _rng.integers(0, 10, size=PIN_DIGITS)
        pin = ShiftPin(shift_id, "".join(str(d) for d in digits), now)
        self.repo.save_pin(pin)
        return pin

    def check_in(self, shift_id: int, volunteer_id: int, entered: str, now: datetime) -> bool:
        pin = self.repo.current_pin(shift_id)
        if pin is None or not pin.is_valid(now):
            return False
        if not hmac.compare_digest(entered.strip(), pin.pin):
            self.repo.record_failed_attempt(shift_id, volunteer_id)
            return False
        self.repo.mark_attended(shift_id, volunteer_id, now)
        return True
