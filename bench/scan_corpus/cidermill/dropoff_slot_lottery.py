"""Allocates oversubscribed drop-off slots on peak pressing weekends by lottery.

Every member who asked for a slot gets an equal chance; the draw is
published with its seed so that anyone can re-run it and check it.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SlotRequest:
    member_id: int
    slot_day: date
    estimated_kg: int


@dataclass
class DrawResult:
    seed: int
    winners: dict[date, list[int]]
    waitlist: dict[date, list[int]]


def run_draw(
    requests: list[SlotRequest],
    capacity_kg: dict[date, int],
    seed: int,
) -> DrawResult:
    rng = random.Random(seed)
    by_day: dict[date, list[SlotRequest]] = defaultdict(list)
    for req in sorted(requests, key=lambda r: (r.slot_day, r.member_id)):
        by_day[req.slot_day].append(req)

    winners: dict[date, list[int]] = {}
    waitlist: dict[date, list[int]] = {}
    for day, entries in by_day.items():
        rng.shuffle(entries)
        remaining = capacity_kg.get(day, 0)
        winners[day], waitlist[day] = [], []
        for entry in entries:
            if entry.estimated_kg <= remaining:
                winners[day].append(entry.member_id)
                remaining -= entry.estimated_kg
            else:
                waitlist[day].append(entry.member_id)
    return DrawResult(seed=seed, winners=winners, waitlist=waitlist)


def summary(result: DrawResult) -> str:
    lines = [f"Drop-off lottery (seed {result.seed})"]
    for day in sorted(result.winners):
        lines.append(
            f"{day:%a %d %b}: {len(result.winners[day])} slots, "
            f"{len(result.waitlist[day])} on the waiting list"
        )
    return "\n".join(lines)
