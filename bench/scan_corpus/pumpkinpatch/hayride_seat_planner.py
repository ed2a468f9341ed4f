"""Assigns hayride bookings to wagons for each departure.

Bookings for a departure are shuffled before packing so that the same
families do not always end up on the tractor-side benches, and the
coordinator's tablet polls the planner with a small jittered back-off.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Callable

WAGON_SEATS = 24


@dataclass
class Booking:
    reference: str
    lead_name: str
    seats: int
    wheelchair: bool = False


@dataclass
class Wagon:
    number: int
    seats_free: int = WAGON_SEATS
    bookings: list[Booking] = field(default_factory=list)

    def take(self, booking: Booking) -> bool:
        if booking.seats > self.seats_free:
            return False
        self.bookings.append(booking)
        self.seats_free -= booking.seats
        return True


def plan_departure(bookings: list[Booking], wagons: int, rng: random.Random | None = None) -> list[Wagon]:
    rng = rng or random.Random()
    fleet = [Wagon(number=n + 1) for n in range(wagons)]
    step_free = [b for b in bookings if b.wheelchair]
    others = [b for b in bookings if not b.wheelchair]
    rng.shuffle(others)
    for booking in step_free + sorted(others, key=lambda b: -b.seats):
        target = fleet[0] if booking.wheelchair else None
        if target is None or not target.take(booking):
            if not any(w.take(booking) for w in fleet):
                raise ValueError(f"no room for booking {booking.reference}")
    return fleet


def poll_with_backoff(fetch: Callable[[], dict], attempts: int = 5, base: float = 0.5) -> dict:
    for attempt in range(attempts):
        try:
            return fetch()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(base * 2 ** attempt + random.uniform(0, base))
    raise RuntimeError("unreachable")


def manifest(fleet: list[Wagon]) -> list[str]:
    lines = []
    for wagon in fleet:
        names = ", ".join(f"{b.lead_name} x{b.seats}" for b in wagon.bookings)
        lines.append(f"Wagon {wagon.number} ({WAGON_SEATS - wagon.seats_free} seats): {names}")
    return lines
