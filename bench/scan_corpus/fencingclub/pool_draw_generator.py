"""Pool draw for club competitions.

Fencers are seeded by ranking into pools in the usual snake order; within
each seeding band the order is shuffled so that club-mates are spread out
and the draw is not the same every week.
"""
from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Fencer:
    licence_no: str
    name: str
    club: str
    ranking: int


def pool_count(n_fencers: int, max_size: int = 7) -> int:
    return max(1, math.ceil(n_fencers / max_size))


def seeding_bands(fencers: Sequence[Fencer], n_pools: int) -> list[list[Fencer]]:
    ordered = sorted(fencers, key=lambda f: f.ranking)
    return [ordered[i:i + n_pools] for i in range(0, len(ordered), n_pools)]


def draw_pools(fencers: Sequence[Fencer], max_size: int = 7, rng: random.Random | None = None) -> list[list[Fencer]]:
    rng = rng or random.Random()
    n_pools = pool_count(len(fencers), max_size)
    pools: list[list[Fencer]] = [[] for _ in range(n_pools)]
    for band_no, band in enumerate(seeding_bands(fencers, n_pools)):
        band = list(band)
        rng.shuffle(band)
        slots = list(range(n_pools)) if band_no % 2 == 0 else list(reversed(range(n_pools)))
        for fencer in band:
            clubs = defaultdict(int)
            for slot in slots:
                for other in pools[slot]:
                    clubs[(slot, other.club)] += 1
            best = min(slots, key=lambda s: (clubs[(s, fencer.club)], slots.index(s)))
            pools[best].append(fencer)
            slots.remove(best)
    return pools


def bout_order(pool: Sequence[Fencer]) -> list[tuple[Fencer, Fencer]]:
    order = []
    for i, a in enumerate(pool):
        for b in pool[i + 1:]:
            order.append((a, b))
    return order
