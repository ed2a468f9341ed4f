"""Monte Carlo study of how casting wall-thickness variation shifts a bell's partials."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict

import numpy as np


@dataclass
class ProfileModel:
    nominal_hz: Dict[str, float] = field(default_factory=lambda: {
        "hum": 146.8, "prime": 293.7, "tierce": 349.2, "quint": 440.0, "nominal": 587.3,
    })
    sensitivity: Dict[str, float] = field(default_factory=lambda: {
        "hum": 0.9, "prime": 1.1, "tierce": 1.4, "quint": 1.2, "nominal": 1.0,
    })


class ToleranceStudy:
    """Reproducible simulation; the seed is stored with each report so runs can be compared."""

    def __init__(self, model: ProfileModel, thickness_sd_pct: float = 1.5, seed: int = 20240611) -> None:
        self.model = model
        self.thickness_sd_pct = thickness_sd_pct
        self.seed = seed
        self._rng = np.random.default_rng(seed)

    def _cents(self, ratio: np.ndarray) -> np.ndarray:
        return 1200.0 * np.log2(ratio)

    def run(self, castings: int = 10_000) -> Dict[str, Dict[str, float]]:
        thickness = self._rng.normal(0.0, self.thickness_sd_pct / 100.0, size=castings)
        summary: Dict[str, Dict[str, float]] = {}
        for partial, hz in self.model.nominal_hz.items():
            shifted = hz * (1.0 + self.model.sensitivity[partial] * thickness)
            cents = self._cents(shifted / hz)
            summary[partial] = {
                "mean_cents": float(cents.mean()),
                "p95_abs_cents": float(np.percentile(np.abs(cents), 95)),
            }
        return summary

    def retune_fraction(self, limit_cents: float = 15.0, castings: int = 10_000) -> float:
        thickness = self._rng.normal(0.0, self.thickness_sd_pct / 100.0, size=castings)
        tierce = self._cents(1.0 + self.model.sensitivity["tierce"] * thickness)
        return float(np.mean(np.abs(tierce) > limit_cents))


if __name__ == "__main__":
    study = ToleranceStudy(ProfileModel())
    for name, stats in study.run().items():
        print(f"{name:8s} mean {stats['mean_cents']:+.2f}c  p95 {stats['p95_abs_cents']:.2f}c")
    print(f"seed {study.seed}: {study.retune_fraction():.1%} castings need tierce retuning")
