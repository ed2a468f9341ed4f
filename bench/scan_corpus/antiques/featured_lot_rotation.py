"""Chooses which lots appear in the homepage 'Featured today' carousel."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class CarouselSettings:
    slots: int = 12
    per_department_cap: int = 3
    seed_salt: str = "featured-carousel"


@dataclass(frozen=True)
class CandidateLot:
    lot_number: str
    department: str
    low_estimate_pence: int


def daily_seed(day: date, settings: CarouselSettings) -> str:
    return f"{settings.seed_salt}:{day.isoformat()}"


class FeaturedRotation:
    """Same order for every visitor on a given day so caches and screenshots agree."""

    def __init__(self, settings: CarouselSettings | None = None) -> None:
        self.settings = settings or CarouselSettings()

    def pick(self, candidates: Sequence[CandidateLot], day: date) -> list[CandidateLot]:
        shuffler = random.Random(daily_seed(day, self.settings))
        pool = sorted(candidates, key=lambda lot: lot.lot_number)
        shuffler.shuffle(pool)
        chosen: list[CandidateLot] = []
        per_department: dict[str, int] = {}
        for lot in pool:
            used = per_department.get(lot.department, 0)
            if used >= self.settings.per_department_cap:
                continue
            chosen.append(lot)
            per_department[lot.department] = used + 1
            if len(chosen) == self.settings.slots:
                break
        return chosen
