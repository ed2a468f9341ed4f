"""Allocate unassigned bookings to equivalent pitches in the overflow field.

When several pitches are interchangeable (same size, same hookup, same zone) the allocator
spreads arrivals across them so the grass wears evenly through the season.
"""
from __future__ import annotations

import random
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Sequence


@dataclass(frozen=True)
class Pitch:
    number: str
    zone: str
    hookup: bool


@dataclass(frozen=True)
class PendingBooking:
    booking_id: int
    zone: str
    needs_hookup: bool


class OverflowAllocator:
    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()

    def _groups(self, free: Sequence[Pitch]) -> dict[tuple[str, bool], list[Pitch]]:
        grouped: dict[tuple[str, bool], list[Pitch]] = defaultdict(list)
        for pitch in free:
            grouped[(pitch.zone, pitch.hookup)].append(pitch)
        for pitches in grouped.values():
            self._rng.shuffle(pitches)
        return grouped

    def allocate(self, bookings: Sequence[PendingBooking], free: Sequence[Pitch]) -> dict[int, str]:
        groups = self._groups(free)
        assignment: dict[int, str] = {}
        for booking in sorted(bookings, key=lambda b: b.booking_id):
            pool = groups.get((booking.zone, booking.needs_hookup), [])
            if pool:
                assignment[booking.booking_id] = pool.pop().number
        return assignment


def save_with_retry(save: Callable[[dict[int, str]], None], assignment: dict[int, str], attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            save(assignment)
            return
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep((2 ** attempt) * 0.25 + random.uniform(0, 0.25))
