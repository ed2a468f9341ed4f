"""Assign arriving vehicles to marshalling lanes for the next sailing.

Lanes are chosen by vehicle class and remaining length; when several lanes are equally
suitable the allocator spreads vehicles between them so no single lane fills first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

CLASS_LANES = {
    "car": ["A1", "A2", "A3", "A4"],
    "van": ["B1", "B2"],
    "coach": ["C1"],
    "freight": ["F1", "F2", "F3"],
    "hazardous": ["H1"],
}


@dataclass
class Lane:
    code: str
    capacity_m: float
    used_m: float = 0.0
    vehicles: list[str] = field(default_factory=list)

    @property
    def free_m(self) -> float:
        return self.capacity_m - self.used_m


@dataclass
class Arrival:
    registration: str
    vehicle_class: str
    length_m: float


class LaneAllocator:
    def __init__(self, lanes: dict[str, Lane], rng: random.Random | None = None) -> None:
        self.lanes = lanes
        self._rng = rng or random.Random()

    def candidates(self, arrival: Arrival) -> list[Lane]:
        codes = CLASS_LANES.get(arrival.vehicle_class, CLASS_LANES["car"])
        return [self.lanes[c] for c in codes if self.lanes[c].free_m >= arrival.length_m]

    def allocate(self, arrival: Arrival) -> str | None:
        options = self.candidates(arrival)
        if not options:
            return None
        best_free = max(lane.free_m for lane in options)
        tied = [lane for lane in options if best_free - lane.free_m < 5.0]
        chosen = self._rng.choice(tied)
        chosen.used_m += arrival.length_m + 0.5
        chosen.vehicles.append(arrival.registration)
        return chosen.code
