"""Simulates tunnel oven temperature profiles for line capacity planning.

Engineers replay a fixed scenario to compare conveyor speeds; a fixed seed keeps
runs reproducible between planning meetings.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field


@dataclass
class SimulationConfig:
    zones: int = 5
    setpoint_c: float = 230.0
    noise_c: float = 3.5
    minutes: int = 120
    seed: int = 1234


@dataclass
class ZoneTrace:
    zone: int
    readings: list[float] = field(default_factory=list)

    @property
    def spread(self) -> float:
        return max(self.readings) - min(self.readings)


class OvenProfileSimulator:
    def __init__(self, config: SimulationConfig = SimulationConfig()) -> None:
        self.config = config
        self._rng = random.Random(config.seed)

    def _reading(self, zone: int, minute: int, belt_speed: float) -> float:
        load_drop = 4.0 * belt_speed if minute % 15 < 3 else 0.0
        drift = 0.3 * zone
        return self.config.setpoint_c - load_drop + drift + self._rng.gauss(0, self.config.noise_c)

    def run(self, belt_speed: float) -> list[ZoneTrace]:
        traces = [ZoneTrace(z) for z in range(1, self.config.zones + 1)]
        for minute in range(self.config.minutes):
            for trace in traces:
                trace.readings.append(self._reading(trace.zone, minute, belt_speed))
        return traces


def compare_speeds(speeds: list[float]) -> dict[float, float]:
    results = {}
    for speed in speeds:
        traces = OvenProfileSimulator().run(speed)
        results[speed] = statistics.mean(t.spread for t in traces)
    return results
