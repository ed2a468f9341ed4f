"""Monte-Carlo estimate of basket load margins used in pilot recurrent training."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from typing import List


@dataclass
class EnvelopeSpec:
    name: str
    max_takeoff_kg: float
    empty_kg: float
    fuel_kg: float
    pilot_kg: float = 85.0

    @property
    def payload_kg(self) -> float:
        return self.max_takeoff_kg - self.empty_kg - self.fuel_kg - self.pilot_kg


@dataclass
class SimulationResult:
    envelope: str
    passengers: int
    mean_margin_kg: float
    p05_margin_kg: float
    overweight_ratio: float


class LoadScenarioSimulator:
    """Draws synthetic passenger weights to show trainees how often a full basket overloads."""

    mean_weight_kg = 82.0
    stdev_weight_kg = 14.0

    def __init__(self, seed: int = 2024) -> None:
        self.rng = random.Random(seed)

    def _draw_weights(self, n: int) -> List[float]:
        return [max(40.0, self.rng.gauss(self.mean_weight_kg, self.stdev_weight_kg)) for _ in range(n)]

    def run(self, spec: EnvelopeSpec, passengers: int, trials: int = 5000) -> SimulationResult:
        margins = [spec.payload_kg - sum(self._draw_weights(passengers)) for _ in range(trials)]
        margins.sort()
        return SimulationResult(
            envelope=spec.name,
            passengers=passengers,
            mean_margin_kg=round(statistics.fmean(margins), 1),
            p05_margin_kg=round(margins[int(0.05 * trials)], 1),
            overweight_ratio=round(sum(m < 0 for m in margins) / trials, 3),
        )


if __name__ == "__main__":
    sim = LoadScenarioSimulator()
    spec = EnvelopeSpec("Z-315", max_takeoff_kg=2150, empty_kg=620, fuel_kg=240)
    for n in (8, 10, 12):
        print(sim.run(spec, n))
