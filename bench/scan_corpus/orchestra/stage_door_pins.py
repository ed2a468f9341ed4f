"""Weekly stage-door PINs for musicians and extras on the rehearsal schedule.

Each engaged player gets a personal 6-digit PIN for the artists' entrance
keypad, valid from Monday to Sunday of the rehearsal week.
"""
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

PIN_DIGITS = 6


@dataclass
class DoorPin:
    musician_id: int
    pin: str
    valid_from: date
    valid_to: date


class PinAllocator:
    def __init__(self, rng=None):
        self._rng = rng or np.random.default_rng()

    def _pin(self) -> str:
        digits = self._rng.integers(0, 10, size=PIN_DIGITS)
        return "".join(str(d) for d in digits)

    def allocate_week(self, musician_ids: list[int], week_start: date) -> list[DoorPin]:
        week_end = week_start + timedelta(days=6)
        used: set[str] = set()
        pins = []
        for mid in musician_ids:
            pin = self._pin()
            while pin in used:
                pin = self._pin()
            used.add(pin)
            pins.append(DoorPin(mid, pin, week_start, week_end))
        return pins
