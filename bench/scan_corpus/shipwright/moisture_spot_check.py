"""Pick planks for moisture-meter spot checks when a timber delivery arrives.

The yard checks a random sample of boards from each delivery rather than
every board; the sample size scales with the bundle size.
"""
import math
import random
from dataclasses import dataclass
from typing import Sequence

from shipwright.config import settings


@dataclass
class Board:
    tag: str
    species: str
    length_mm: int
    thickness_mm: int


@dataclass
class MoistureReading:
    tag: str
    percent: float


def sample_size(bundle_count: int, fraction: float = 0.1, minimum: int = 3) -> int:
    return min(bundle_count, max(minimum, math.ceil(bundle_count * fraction)))


def choose_boards(boards: Sequence[Board], rng: random.Random | None = None) -> list[Board]:
    rng = rng or random.Random()
    return rng.sample(list(boards), sample_size(len(boards)))


def evaluate(readings: Sequence[MoistureReading], species: str) -> dict:
    limit = settings.moisture_limits.get(species, 20.0)
    failures = [r for r in readings if r.percent > limit]
    average = sum(r.percent for r in readings) / len(readings) if readings else 0.0
    return {
        "species": species,
        "limit": limit,
        "average": round(average, 1),
        "failed_tags": [r.tag for r in failures],
        "accepted": not failures,
    }
