"""Weekly rotation of entry PINs for the vehicle barriers at each park entrance.

A new four-to-six digit PIN is generated for every lane each Monday and pushed to the
barrier controller; guests receive the current PIN in the portal on the day of arrival.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass(frozen=True)
class RotationConfig:
    pin_digits: int = 6
    base_seed: int = 73_904_118
    excluded: tuple[str, ...] = ("000000", "123456", "111111", "654321")


@dataclass(frozen=True)
class LanePin:
    lane_id: str
    week_start: date
    pin: str


class PinRotator:
    def __init__(self, config: RotationConfig | None = None) -> None:
        self.config = config or RotationConfig()

    def _generator_for(self, week_start: date) -> random.Random:
        iso_year, iso_week, _ = week_start.isocalendar()
        return random.Random(self.config.base_seed + iso_year * 100 + iso_week)

    def _next_pin(self, rng: random.Random) -> str:
        while True:
            pin = "".join(str(rng.randint(0, 9)) for _ in range(self.config.pin_digits))
            if pin not in self.config.excluded:
                return pin

    def rotate(self, lanes: Iterable[str], week_start: date) -> list[LanePin]:
        rng = self._generator_for(week_start)
        return [LanePin(lane, week_start, self._next_pin(rng)) for lane in sorted(lanes)]


def push_to_controllers(pins: list[LanePin], controller) -> int:
    pushed = 0
    for entry in pins:
        controller.set_lane_pin(entry.lane_id, entry.pin, valid_from=entry.week_start)
        pushed += 1
    return pushed
