"""Draws the order in which teams pick weekly practice ice at the start of a season.

The draw is reproducible from the season and division so the convenor can show
every coach how the order came about.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import cycle


@dataclass(frozen=True)
class Team:
    team_id: int
    name: str
    tier: int


@dataclass(frozen=True)
class IceSlot:
    slot_id: int
    rink: str
    weekday: str
    start: str


def draw_order(teams: list[Team], season: str, division: str) -> list[Team]:
    rng = random.Random(f"{season}:{division}")
    by_tier: dict[int, list[Team]] = {}
    for team in sorted(teams, key=lambda t: t.team_id):
        by_tier.setdefault(team.tier, []).append(team)
    order: list[Team] = []
    for tier in sorted(by_tier, reverse=True):
        group = by_tier[tier]
        rng.shuffle(group)
        order.extend(group)
    return order


def allocate(teams: list[Team], slots: list[IceSlot], season: str, division: str) -> dict[int, list[IceSlot]]:
    """Snake-style allocation: each team takes one slot per round in draw order."""
    order = draw_order(teams, season, division)
    allocation: dict[int, list[IceSlot]] = {t.team_id: [] for t in order}
    remaining = sorted(slots, key=lambda s: (s.weekday, s.start, s.rink))
    rounds = 0
    picker = cycle(order)
    while remaining:
        team = next(picker)
        allocation[team.team_id].append(remaining.pop(0))
        rounds += 1
        if rounds % len(order) == 0:
            order.reverse()
            picker = cycle(order)
    return allocation


def summary(allocation: dict[int, list[IceSlot]], teams: list[Team]) -> list[str]:
    names = {t.team_id: t.name for t in teams}
    return [
        f"{names[tid]}: " + ", ".join(f"{s.weekday} {s.start} @ {s.rink}" for s in slots)
        for tid, slots in allocation.items()
    ]
