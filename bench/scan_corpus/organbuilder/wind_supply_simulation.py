"""Monte-Carlo model of wind-pressure sag under heavy registration.

Used in the design phase to size reservoirs and wind trunks: for random
chords drawn from a hymn-playing profile we estimate the air demand and
the resulting pressure drop at the soundboard.  Runs are seeded so that
design reviews can reproduce the exact figures in the report.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DESIGN_REVIEW_SEED = 20240611


@dataclass
class WindSystem:
    reservoir_litres: float
    blower_lps: float
    nominal_mm: float
    trunk_loss_mm_per_lps: float


@dataclass
class Registration:
    stops_drawn: int
    litres_per_pipe_per_s: float


def simulate(system: WindSystem, reg: Registration, trials: int = 10_000, seed: int = DESIGN_REVIEW_SEED) -> np.ndarray:
    rng = np.random.default_rng(seed)
    notes_held = rng.poisson(lam=6.0, size=trials).clip(1, 14)
    demand = notes_held * reg.stops_drawn * reg.litres_per_pipe_per_s
    shortfall = np.maximum(demand - system.blower_lps, 0.0)
    reservoir_sag = shortfall / system.reservoir_litres * system.nominal_mm
    trunk_loss = demand * system.trunk_loss_mm_per_lps
    return system.nominal_mm - reservoir_sag - trunk_loss


def summarise(pressures: np.ndarray, nominal_mm: float) -> dict[str, float]:
    return {
        "mean_mm": float(pressures.mean()),
        "p5_mm": float(np.percentile(pressures, 5)),
        "worst_mm": float(pressures.min()),
        "share_below_95pct": float((pressures < 0.95 * nominal_mm).mean()),
    }


if __name__ == "__main__":
    great = WindSystem(reservoir_litres=420, blower_lps=95, nominal_mm=80, trunk_loss_mm_per_lps=0.02)
    full = Registration(stops_drawn=12, litres_per_pipe_per_s=0.9)
    for key, value in summarise(simulate(great, full), great.nominal_mm).items():
        print(f"{key:20} {value:8.2f}")
