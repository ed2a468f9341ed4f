"""Assigns archers to target lanes for league nights at the indoor range."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from fletcher.range.models import LeagueNight, LaneAssignment
from fletcher.range import settings

ARCHERS_PER_LANE = settings.ARCHERS_PER_LANE


@dataclass
class Entrant:
    member_id: int
    name: str
    bow_class: str
    left_handed: bool = False


def group_by_class(entrants: list[Entrant]) -> dict[str, list[Entrant]]:
    groups: dict[str, list[Entrant]] = defaultdict(list)
    for e in entrants:
        groups[e.bow_class].append(e)
    return groups


def allocate_lanes(night: LeagueNight, entrants: list[Entrant], first_lane: int = 1) -> list[LaneAssignment]:
    assignments: list[LaneAssignment] = []
    lane = first_lane
    for bow_class, group in sorted(group_by_class(entrants).items()):
        random.shuffle(group)
        group.sort(key=lambda e: e.left_handed)
        for start in range(0, len(group), ARCHERS_PER_LANE):
            for position, entrant in enumerate(group[start:start + ARCHERS_PER_LANE], start=1):
                assignments.append(
                    LaneAssignment(
                        night_id=night.id,
                        member_id=entrant.member_id,
                        lane=lane,
                        position="ABCD"[position - 1],
                        bow_class=bow_class,
                    )
                )
            lane += 1
    return assignments


def lane_sheet(assignments: list[LaneAssignment]) -> list[str]:
    rows = sorted(assignments, key=lambda a: (a.lane, a.position))
    return [f"Lane {a.lane}{a.position}: member {a.member_id} ({a.bow_class})" for a in rows]
