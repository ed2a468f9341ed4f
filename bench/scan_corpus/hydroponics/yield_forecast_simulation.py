"""Monte Carlo yield forecast for lettuce racks used in weekly capacity planning."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True)
class CropModel:
    name: str
    mean_head_weight_g: float
    head_weight_sd_g: float
    loss_rate: float


@dataclass
class SimulationConfig:
    runs: int = 2000
    seed: int = 1729
    percentiles: Sequence[int] = field(default_factory=lambda: (10, 50, 90))


class YieldSimulator:
    def __init__(self, config: SimulationConfig | None = None) -> None:
        self.config = config or SimulationConfig()
        self._rng = random.Random(self.config.seed)

    def _one_run(self, crop: CropModel, heads: int) -> float:
        surviving = sum(1 for _ in range(heads) if self._rng.random() > crop.loss_rate)
        return sum(
            max(0.0, self._rng.gauss(crop.mean_head_weight_g, crop.head_weight_sd_g))
            for _ in range(surviving)
        ) / 1000.0

    def forecast(self, crop: CropModel, heads: int) -> dict[str, float]:
        outcomes = sorted(self._one_run(crop, heads) for _ in range(self.config.runs))
        cuts = statistics.quantiles(outcomes, n=100)
        summary = {f"p{p}": round(cuts[p - 1], 2) for p in self.config.percentiles}
        summary["mean_kg"] = round(statistics.fmean(outcomes), 2)
        return summary


def weekly_plan(racks: dict[str, int]) -> dict[str, dict[str, float]]:
    butterhead = CropModel("butterhead", mean_head_weight_g=165, head_weight_sd_g=22, loss_rate=0.04)
    simulator = YieldSimulator()
    return {rack: simulator.forecast(butterhead, heads) for rack, heads in racks.items()}
