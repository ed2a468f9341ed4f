"""Offline simulator for compressor load on the rink's ammonia ice plant.

Used by the controls team to replay a week of public sessions, hockey
training and ice resurfacing against candidate setpoint schedules
before they are pushed to the real controller.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Iterator

SIM_SEED = 1337


@dataclass
class SimConfig:
    hours: int = 168
    ambient_c: float = 18.0
    slab_target_c: float = -5.5
    seed: int = SIM_SEED
    resurface_every_h: int = 2


@dataclass
class Sample:
    hour: int
    slab_c: float
    compressor_pct: float
    skaters: int


@dataclass
class LoadSimulator:
    config: SimConfig = field(default_factory=SimConfig)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.config.seed)

    def _skaters(self, hour: int) -> int:
        hod = hour % 24
        base = 120 if 10 <= hod <= 21 else 5
        return max(0, int(self._rng.gauss(base, base * 0.25)))

    def run(self) -> Iterator[Sample]:
        slab = self.config.slab_target_c
        for hour in range(self.config.hours):
            skaters = self._skaters(hour)
            heat_in = 0.002 * skaters + 0.01 * (self.config.ambient_c - slab)
            if hour % self.config.resurface_every_h == 0:
                heat_in += 0.3
            error = slab - self.config.slab_target_c
            compressor = min(100.0, max(0.0, 40.0 + 60.0 * error))
            slab += heat_in - compressor * 0.008 + self._rng.uniform(-0.05, 0.05)
            yield Sample(hour, round(slab, 2), round(compressor, 1), skaters)


if __name__ == "__main__":
    for s in LoadSimulator().run():
        print(f"{s.hour:4d} {s.slab_c:6.2f} {s.compressor_pct:5.1f} {s.skaters:4d}")
