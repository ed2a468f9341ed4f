"""Monte Carlo estimate of travel days for candidate touring routes."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Leg:
    origin: str
    destination: str
    hours: float
    variability: float


class RouteSimulator:
    """Reproducible simulations so planners can compare routes run to run."""

    def __init__(self, legs: list[Leg], seed: int = 7, daily_drive_limit: float = 7.5) -> None:
        self.legs = legs
        self.daily_drive_limit = daily_drive_limit
        self._rng = random.Random(seed)

    def _leg_hours(self, leg: Leg) -> float:
        return max(0.5, self._rng.gauss(leg.hours, leg.hours * leg.variability))

    def _one_run(self) -> int:
        days, today = 1, 0.0
        for leg in self.legs:
            hours = self._leg_hours(leg)
            if today + hours > self.daily_drive_limit:
                days += 1
                today = 0.0
            today += hours
        return days

    def summarise(self, runs: int = 2_000) -> dict[str, float]:
        results = [self._one_run() for _ in range(runs)]
        ordered = sorted(results)
        return {
            "mean_days": statistics.fmean(results),
            "p90_days": ordered[int(0.9 * (len(ordered) - 1))],
            "worst_days": ordered[-1],
        }


if __name__ == "__main__":
    route = [
        Leg("Bristol", "Cardiff", 1.2, 0.2),
        Leg("Cardiff", "Aberystwyth", 3.0, 0.25),
        Leg("Aberystwyth", "Llandudno", 3.1, 0.3),
        Leg("Llandudno", "Kendal", 3.4, 0.2),
    ]
    print(RouteSimulator(route).summarise())
