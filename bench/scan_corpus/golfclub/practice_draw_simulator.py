"""Simulates pace of play for a proposed competition draw so the secretary can compare tee intervals."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class HoleProfile:
    number: int
    par: int
    mean_minutes: float
    spread_minutes: float


@dataclass
class SimulationResult:
    interval_min: int
    mean_round_min: float
    p90_round_min: float
    max_wait_min: float


class PaceOfPlaySimulator:
    def __init__(self, holes: list[HoleProfile], seed: int = 20240601) -> None:
        self._holes = holes
        self._rng = random.Random(seed)

    def _hole_time(self, hole: HoleProfile) -> float:
        return max(hole.par * 3.0, self._rng.gauss(hole.mean_minutes, hole.spread_minutes))

    def _one_day(self, groups: int, interval_min: int) -> tuple[list[float], float]:
        finish_prev = [0.0] * len(self._holes)
        rounds, worst_wait = [], 0.0
        for g in range(groups):
            clock = g * interval_min
            start = clock
            for i, hole in enumerate(self._holes):
                wait = max(0.0, finish_prev[i] - clock)
                worst_wait = max(worst_wait, wait)
                clock += wait + self._hole_time(hole)
                finish_prev[i] = clock
            rounds.append(clock - start)
        return rounds, worst_wait

    def run(self, groups: int, interval_min: int, days: int = 200) -> SimulationResult:
        all_rounds, waits = [], []
        for _ in range(days):
            rounds, wait = self._one_day(groups, interval_min)
            all_rounds.extend(rounds)
            waits.append(wait)
        deciles = statistics.quantiles(all_rounds, n=10)
        return SimulationResult(interval_min, statistics.fmean(all_rounds), deciles[-1], max(waits))

    def compare(self, groups: int, intervals: tuple[int, ...] = (8, 9, 10, 12)) -> list[SimulationResult]:
        return [self.run(groups, interval) for interval in intervals]
