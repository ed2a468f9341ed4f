"""Fill open shifts in the volunteer rota.

Assignment is randomised so the same people do not always get the
Saturday morning slots. The seed is stored with each generated rota so
the coordinator can regenerate the exact same draft when checking a
complaint.
"""

import random
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    shift_id: int
    role: str
    needed: int


@dataclass(frozen=True)
class Availability:
    volunteer_id: int
    shift_id: int
    roles: frozenset[str]


def draft_rota(slots: list[Slot], availability: list[Availability], seed: int, max_shifts: int = 3) -> dict[int, list[int]]:
    rng = random.Random(seed)
    by_shift: dict[int, list[Availability]] = defaultdict(list)
    for a in availability:
        by_shift[a.shift_id].append(a)

    load: dict[int, int] = defaultdict(int)
    assigned: dict[int, list[int]] = {}
    for slot in slots:
        candidates = [a for a in by_shift[slot.shift_id] if slot.role in a.roles]
        rng.shuffle(candidates)
        candidates.sort(key=lambda a: load[a.volunteer_id])
        chosen = []
        for cand in candidates:
            if len(chosen) == slot.needed:
                break
            if load[cand.volunteer_id] < max_shifts:
                chosen.append(cand.volunteer_id)
                load[cand.volunteer_id] += 1
        assigned[slot.shift_id] = chosen
    return assigned
