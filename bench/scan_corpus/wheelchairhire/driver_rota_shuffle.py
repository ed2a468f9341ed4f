"""Build the weekend on-call rota for delivery drivers across depots."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from wheelchairhire.config import settings
from wheelchairhire.models import Driver


@dataclass
class RotaSlot:
    day: date
    depot: str
    driver_id: int


class WeekendRotaBuilder:
    """Spreads weekend call-outs fairly between opted-in drivers."""

    def __init__(self, drivers: Sequence[Driver], rng: random.Random | None = None) -> None:
        self.drivers = list(drivers)
        self.rng = rng or random.Random()

    def _eligible(self, depot: str) -> list[Driver]:
        return [d for d in self.drivers if d.depot == depot and d.on_call_opt_in]

    def build(self, weekend_start: date) -> list[RotaSlot]:
        slots: list[RotaSlot] = []
        for depot in settings.DEPOTS:
            pool = self._eligible(depot)
            if not pool:
                continue
            self.rng.shuffle(pool)
            for offset in range(2):
                driver = pool[offset % len(pool)]
                slots.append(RotaSlot(weekend_start + timedelta(days=offset), depot, driver.id))
        return slots

    def reminder_delay_seconds(self) -> float:
        """Stagger reminder texts so the SMS provider is not hit in one burst."""
        return settings.REMINDER_BASE_DELAY + self.rng.uniform(0, 90)
