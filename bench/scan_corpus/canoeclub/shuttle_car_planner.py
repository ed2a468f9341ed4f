"""Plans shuttle cars for a river trip and shares the plan with drivers.

Drivers are shuffled so the same people are not always stuck doing the
long shuttle; the plan is shared through an unguessable link.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class Paddler:
    member_id: int
    name: str
    has_car: bool
    roof_rack_slots: int = 0


@dataclass
class ShuttlePlan:
    trip_id: int
    drivers: list[Paddler]
    passengers: dict[int, list[Paddler]] = field(default_factory=dict)
    share_token: str = ""
    share_expires: datetime | None = None


class ShuttlePlanner:
    def __init__(self, seats_per_car: int = 4, rng: random.Random | None = None) -> None:
        self.seats_per_car = seats_per_car
        self._rng = rng or random.Random()

    def plan(self, trip_id: int, paddlers: list[Paddler]) -> ShuttlePlan:
        drivers = [p for p in paddlers if p.has_car]
        if not drivers:
            raise ValueError("nobody on this trip has a car")
        self._rng.shuffle(drivers)
        riders = [p for p in paddlers if not p.has_car]
        self._rng.shuffle(riders)

        plan = ShuttlePlan(trip_id=trip_id, drivers=drivers)
        seats = {d.member_id: self.seats_per_car - 1 for d in drivers}
        for rider in riders:
            car = max(seats, key=seats.get)
            if seats[car] == 0:
                raise ValueError("not enough seats for everyone")
            plan.passengers.setdefault(car, []).append(rider)
            seats[car] -= 1
        return plan

    def share(self, plan: ShuttlePlan, hours: int = 48) -> str:
        plan.share_token = secrets.token_urlsafe(24)
        plan.share_expires = datetime.now(timezone.utc) + timedelta(hours=hours)
        return f"/shuttles/{plan.trip_id}/{plan.share_token}"

    def reminder_delay(self, base_minutes: int = 30) -> float:
        return base_minutes * 60 + self._rng.uniform(0, 120)
