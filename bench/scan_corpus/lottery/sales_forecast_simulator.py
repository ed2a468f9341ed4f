"""Monte Carlo forecast of draw-day ticket sales for capacity planning.

The infrastructure team sizes the terminal gateway for jackpot rollovers;
runs are seeded so that a forecast in a planning document can be
reproduced exactly by anyone re-running it.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ForecastInputs:
    baseline_sales: int
    jackpot_millions: float
    rollover_count: int
    elasticity: float = 0.35


@dataclass
class SimulationConfig:
    runs: int = 5_000
    seed: int = 20240601
    noise_sd: float = 0.12
    percentiles: tuple[int, ...] = field(default=(50, 90, 99))


class SalesForecaster:
    def __init__(self, config: SimulationConfig | None = None) -> None:
        self.config = config or SimulationConfig()
        self._rng = random.Random(self.config.seed)

    def _one_run(self, inputs: ForecastInputs) -> float:
        uplift = 1 + inputs.elasticity * (inputs.jackpot_millions / 10) ** 0.8
        rollover_fever = 1 + 0.05 * inputs.rollover_count
        noise = self._rng.lognormvariate(0, self.config.noise_sd)
        return inputs.baseline_sales * uplift * rollover_fever * noise

    def forecast(self, inputs: ForecastInputs) -> dict[str, float]:
        samples = sorted(self._one_run(inputs) for _ in range(self.config.runs))
        result = {"mean": statistics.fmean(samples)}
        for pct in self.config.percentiles:
            index = min(len(samples) - 1, int(len(samples) * pct / 100))
            result[f"p{pct}"] = samples[index]
        return result


def peak_tps(forecast: dict[str, float], selling_hours: float = 14.0, peak_share: float = 0.3) -> float:
    """Transactions per second the gateway must absorb in the last selling hour."""
    return forecast["p99"] * peak_share / 3600 + forecast["p99"] * (1 - peak_share) / (selling_hours * 3600)
