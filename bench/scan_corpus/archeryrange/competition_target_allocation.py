"""Target allocation for club tournaments.

Archers are spread across target bosses, four to a boss, keeping bow
styles and distances together. Allocation is shuffled within each
distance group using a seed derived from the tournament id so the
published target list can be regenerated identically if someone edits an
entry after the draw.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List

ARCHERS_PER_BOSS = 4
DETAILS = "ABCD"


@dataclass(frozen=True)
class Entry:
    name: str
    club: str
    bow_style: str
    distance_m: int


@dataclass
class Assignment:
    entry: Entry
    boss: int
    detail: str


def allocate_targets(tournament_id: int, entries: List[Entry], first_boss: int = 1) -> List[Assignment]:
    rng = random.Random(tournament_id)
    groups: Dict[tuple, List[Entry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: (e.distance_m, e.bow_style, e.name)):
        groups[(entry.distance_m, entry.bow_style)].append(entry)

    assignments: List[Assignment] = []
    boss = first_boss
    for key in sorted(groups, key=lambda k: (-k[0], k[1])):
        group = groups[key]
        rng.shuffle(group)
        for index, entry in enumerate(group):
            slot = index % ARCHERS_PER_BOSS
            assignments.append(Assignment(entry=entry, boss=boss, detail=DETAILS[slot]))
            if slot == ARCHERS_PER_BOSS - 1:
                boss += 1
        if len(group) % ARCHERS_PER_BOSS:
            boss += 1
    return assignments


def target_list(assignments: List[Assignment]) -> str:
    lines = []
    for a in sorted(assignments, key=lambda a: (a.boss, a.detail)):
        lines.append(f"{a.boss}{a.detail}  {a.entry.name:<28} {a.entry.club:<24} "
                     f"{a.entry.bow_style:<9} {a.entry.distance_m}m")
    return "\n".join(lines)
