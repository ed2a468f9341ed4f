"""Builds the daily creative rotation for each digital screen.

Several campaigns share a screen's loop.  The order of spots within the
loop is shuffled per screen and per day so that no advertiser always gets
the first slot, but the order has to be reproducible so that proof-of-play
audits can recompute exactly what should have played.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Spot:
    booking_id: int
    creative_id: int
    duration_s: int
    share: float


@dataclass
class LoopPlan:
    player_id: str
    day: date
    spots: list[Spot]

    @property
    def loop_seconds(self) -> int:
        return sum(s.duration_s for s in self.spots)


def _rng_for(player_id: str, day: date) -> random.Random:
    return random.Random(f"{player_id}:{day.isoformat()}")


def build_loop(player_id: str, day: date, spots: list[Spot], slots: int = 12) -> LoopPlan:
    """Pick `slots` spots weighted by booked share, in a reproducible order."""
    if not spots:
        return LoopPlan(player_id, day, [])
    rng = _rng_for(player_id, day)
    guaranteed = [s for s in spots if s.share >= 1.0 / slots]
    picked = list(guaranteed)
    remaining = slots - len(picked)
    if remaining > 0:
        weights = [s.share for s in spots]
        picked.extend(rng.choices(spots, weights=weights, k=remaining))
    rng.shuffle(picked)
    return LoopPlan(player_id, day, picked[:slots])


def audit_expected(player_id: str, day: date, spots: list[Spot], slots: int = 12) -> list[int]:
    """Creative ids the auditor should see, in order, for one loop."""
    return [s.creative_id for s in build_loop(player_id, day, spots, slots).spots]
