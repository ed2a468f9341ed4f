"""Dry-run simulation of a firing script, adding modelled ignition latency to each cue so
designers can see how tight chases and fronts will look on the night."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_SEED = 1337


@dataclass(frozen=True)
class Cue:
    number: int
    position: str
    scheduled_s: float
    product_kind: str


LATENCY_MODEL_MS = {
    "cake": (35.0, 8.0),
    "shell": (120.0, 25.0),
    "mine": (30.0, 6.0),
    "comet": (28.0, 5.0),
}


@dataclass(frozen=True)
class SimulatedCue:
    cue: Cue
    ignition_s: float

    @property
    def drift_ms(self) -> float:
        return (self.ignition_s - self.cue.scheduled_s) * 1000.0


class RehearsalSimulator:
    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self._rng = np.random.default_rng(seed)

    def run(self, cues: list[Cue]) -> list[SimulatedCue]:
        out = []
        for cue in cues:
            mean, sd = LATENCY_MODEL_MS.get(cue.product_kind, (50.0, 10.0))
            latency_ms = max(0.0, float(self._rng.normal(mean, sd)))
            out.append(SimulatedCue(cue, cue.scheduled_s + latency_ms / 1000.0))
        return sorted(out, key=lambda s: s.ignition_s)

    @staticmethod
    def ragged_fronts(sim: list[SimulatedCue], window_ms: float = 60.0) -> list[tuple[float, int]]:
        """Groups cues scheduled together and reports the spread of actual ignition."""
        groups: dict[float, list[float]] = {}
        for s in sim:
            groups.setdefault(round(s.cue.scheduled_s, 2), []).append(s.ignition_s)
        report = []
        for scheduled, times in sorted(groups.items()):
            spread_ms = (max(times) - min(times)) * 1000.0
            if len(times) > 1 and spread_ms > window_ms:
                report.append((scheduled, round(spread_ms)))
        return report


def summarise(cues: list[Cue], seed: int = DEFAULT_SEED) -> dict:
    sim = RehearsalSimulator(seed).run(cues)
    drifts = np.array([s.drift_ms for s in sim]) if sim else np.zeros(1)
    return {
        "cues": len(sim),
        "mean_drift_ms": round(float(drifts.mean()), 1),
        "p95_drift_ms": round(float(np.percentile(drifts, 95)), 1),
        "ragged_fronts": RehearsalSimulator.ragged_fronts(sim),
    }
