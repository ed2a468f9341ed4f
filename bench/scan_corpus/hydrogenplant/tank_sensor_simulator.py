"""Synthetic tank-farm readings used by the historian integration tests and the training HMI."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterator


@dataclass(frozen=True)
class TankProfile:
    tank_id: str
    capacity_kg: float
    fill_rate_kg_h: float
    draw_rate_kg_h: float
    noise_pct: float = 0.4


@dataclass
class SimulatedReading:
    tank_id: str
    at: datetime
    level_pct: float
    pressure_bar: float


class TankFarmSimulator:
    """Produces repeatable level curves so test fixtures stay stable between runs."""

    def __init__(self, profiles: list[TankProfile], seed: int = 20240611) -> None:
        self.profiles = profiles
        self._rng = random.Random(seed)
        self._mass = {p.tank_id: p.capacity_kg * 0.5 for p in profiles}

    def _pressure_for(self, profile: TankProfile, mass: float) -> float:
        return 20.0 + 480.0 * (mass / profile.capacity_kg) ** 1.05

    def step(self, at: datetime, dt_h: float) -> list[SimulatedReading]:
        readings = []
        for p in self.profiles:
            trailer_on_bay = math.sin(at.hour / 24 * 2 * math.pi) > 0.3
            delta = p.fill_rate_kg_h - (p.draw_rate_kg_h if trailer_on_bay else 0.0)
            mass = min(p.capacity_kg, max(0.0, self._mass[p.tank_id] + delta * dt_h))
            self._mass[p.tank_id] = mass
            level = 100.0 * mass / p.capacity_kg
            level += self._rng.gauss(0.0, p.noise_pct)
            readings.append(
                SimulatedReading(
                    tank_id=p.tank_id,
                    at=at,
                    level_pct=round(min(100.0, max(0.0, level)), 2),
                    pressure_bar=round(self._pressure_for(p, mass), 1),
                )
            )
        return readings

    def run(self, start: datetime, hours: int, step_min: int = 5) -> Iterator[SimulatedReading]:
        dt = timedelta(minutes=step_min)
        at = start
        while at < start + timedelta(hours=hours):
            yield from self.step(at, step_min / 60)
            at += dt
