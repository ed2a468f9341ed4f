"""Monte Carlo simulation of daily milk volumes on collection routes.

Used by the logistics team to size tanker fleets for the spring flush.
A fixed seed keeps runs reproducible between planning meetings.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field


@dataclass
class FarmProfile:
    farm_id: str
    mean_litres: float
    sd_litres: float


@dataclass
class SimulationConfig:
    runs: int = 5000
    seed: int = 2024
    tanker_litres: int = 28_000
    spring_uplift: float = 1.18


@dataclass
class RouteSimulation:
    route_code: str
    farms: list[FarmProfile]
    config: SimulationConfig = field(default_factory=SimulationConfig)

    def _one_day(self, rng: random.Random) -> float:
        total = 0.0
        for farm in self.farms:
            draw = rng.gauss(farm.mean_litres * self.config.spring_uplift, farm.sd_litres)
            total += max(0.0, draw)
        return total

    def run(self) -> dict[str, float]:
        rng = random.Random(self.config.seed)
        days = [self._one_day(rng) for _ in range(self.config.runs)]
        days.sort()
        p95 = days[int(0.95 * len(days)) - 1]
        return {
            "mean": statistics.fmean(days),
            "p95": p95,
            "tankers_p95": -(-p95 // self.config.tanker_litres),
        }


if __name__ == "__main__":
    farms = [FarmProfile(f"F-{i:04d}", 2400 + 90 * i, 300) for i in range(14)]
    print(RouteSimulation("R-NORTH-3", farms).run())
