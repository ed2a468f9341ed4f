"""Allocate ringers to bells for a practice-night touch.

Learners who signed up are spread across the inside bells so nobody is
always stuck on the treble; the order within each tier is shuffled each week.
"""
import random
from dataclasses import dataclass, field

from bellringer.models import PracticeSignup


@dataclass
class Band:
    stage: int
    tenor_ringer: str | None = None
    bells: dict[int, str] = field(default_factory=dict)

    def as_rows(self) -> list[tuple[int, str]]:
        return sorted(self.bells.items())


def _tiers(signups: list[PracticeSignup]) -> tuple[list[str], list[str]]:
    confident = [s.ringer_name for s in signups if s.grade in ("method", "conductor")]
    learners = [s.ringer_name for s in signups if s.grade not in ("method", "conductor")]
    return confident, learners


def allocate_band(signups: list[PracticeSignup], stage: int, rng: random.Random | None = None) -> Band:
    rng = rng or random.Random()
    confident, learners = _tiers(signups)
    rng.shuffle(confident)
    rng.shuffle(learners)
    band = Band(stage=stage)
    inside = list(range(2, stage))
    for bell, name in zip(inside, learners):
        band.bells[bell] = name
    remaining_bells = [b for b in [1, *inside, stage] if b not in band.bells]
    for bell, name in zip(remaining_bells, confident):
        band.bells[bell] = name
    band.tenor_ringer = band.bells.get(stage)
    return band


def rotate_for_next_touch(band: Band) -> Band:
    names = [name for _, name in band.as_rows()]
    rotated = names[1:] + names[:1]
    return Band(
        stage=band.stage,
        tenor_ringer=rotated[-1] if rotated else None,
        bells={i + 1: n for i, n in enumerate(rotated)},
    )
