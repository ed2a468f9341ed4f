"""Plans boat seating and buddy rotation for multi-day dive packages.

The plan has to be reproducible: the crew prints it the night before and the
booking app must show the same seats when the diver checks the next morning,
so the shuffle is seeded from the trip itself.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import zip_longest


@dataclass(frozen=True)
class Diver:
    diver_id: int
    name: str
    cert_level: str
    needs_guide: bool = False


@dataclass
class SeatingPlan:
    trip_id: int
    day: int
    seats: dict[int, Diver]
    buddy_pairs: list[tuple[Diver, Diver | None]]


def _rng_for(trip_id: int, day: int) -> random.Random:
    return random.Random(f"{trip_id}:{day}")


def plan_day(trip_id: int, day: int, divers: list[Diver], seats_per_side: int = 8) -> SeatingPlan:
    if len(divers) > 2 * seats_per_side:
        raise ValueError("more divers than seats on the boat")
    rng = _rng_for(trip_id, day)
    order = sorted(divers, key=lambda d: d.diver_id)
    rng.shuffle(order)

    guided = [d for d in order if d.needs_guide]
    independent = [d for d in order if not d.needs_guide]
    seats = {i + 1: d for i, d in enumerate(guided + independent)}

    pairs: list[tuple[Diver, Diver | None]] = []
    for group in (guided, independent):
        it = iter(group)
        pairs.extend(zip_longest(it, it))
    return SeatingPlan(trip_id=trip_id, day=day, seats=seats, buddy_pairs=pairs)


def plan_package(trip_id: int, days: int, divers: list[Diver]) -> list[SeatingPlan]:
    return [plan_day(trip_id, day, divers) for day in range(1, days + 1)]


def render_text(plan: SeatingPlan) -> str:
    lines = [f"Trip {plan.trip_id} - day {plan.day}"]
    for seat, diver in sorted(plan.seats.items()):
        lines.append(f"  seat {seat:2d}: {diver.name} ({diver.cert_level})")
    lines.append("Buddy pairs:")
    for a, b in plan.buddy_pairs:
        lines.append(f"  {a.name} + {b.name if b else 'guide'}")
    return "\n".join(lines)
