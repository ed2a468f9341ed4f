"""Monte Carlo model of winter de-icing salt demand, used to size autumn stockpiles."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from typing import Dict, List


@dataclass(frozen=True)
class CouncilProfile:
    name: str
    route_km: float
    tonnes_per_km_run: float
    mean_gritting_nights: float
    sd_gritting_nights: float


@dataclass
class SimulationConfig:
    trials: int = 5000
    seed: int = 1962
    severe_winter_probability: float = 0.12
    severe_multiplier: float = 1.8


class DemandSimulator:
    def __init__(self, councils: List[CouncilProfile], config: SimulationConfig) -> None:
        self.councils = councils
        self.config = config
        self._rng = random.Random(config.seed)

    def _one_winter(self) -> float:
        severe = self._rng.random() < self.config.severe_winter_probability
        total = 0.0
        for c in self.councils:
            nights = max(0.0, self._rng.gauss(c.mean_gritting_nights, c.sd_gritting_nights))
            if severe:
                nights *= self.config.severe_multiplier
            total += nights * c.route_km * c.tonnes_per_km_run
        return total

    def run(self) -> Dict[str, float]:
        outcomes = sorted(self._one_winter() for _ in range(self.config.trials))
        p = lambda q: outcomes[int(q * (len(outcomes) - 1))]
        return {
            "mean_t": round(statistics.fmean(outcomes), 0),
            "p50_t": round(p(0.50), 0),
            "p90_t": round(p(0.90), 0),
            "p98_t": round(p(0.98), 0),
        }


if __name__ == "__main__":
    profiles = [
        CouncilProfile("North Dales", 1450, 0.011, 62, 18),
        CouncilProfile("Cheshire Vale", 2100, 0.010, 48, 15),
        CouncilProfile("Peak Borough", 980, 0.013, 78, 22),
    ]
    print(DemandSimulator(profiles, SimulationConfig()).run())
