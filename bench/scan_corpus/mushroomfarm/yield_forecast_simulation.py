"""Monte Carlo forecast of weekly oyster and lion's mane yield per growing room."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class RoomModel:
    room: str
    blocks: int
    mean_kg_per_block: float
    sd_kg_per_block: float
    contamination_rate: float


@dataclass(frozen=True)
class ForecastConfig:
    runs: int = 5_000
    seed: int = 20240611
    quantiles: tuple[float, ...] = (0.1, 0.5, 0.9)


def simulate_room(model: RoomModel, runs: int, rng: np.random.Generator) -> np.ndarray:
    healthy = rng.binomial(model.blocks, 1.0 - model.contamination_rate, size=runs)
    per_block = rng.normal(model.mean_kg_per_block, model.sd_kg_per_block, size=runs)
    return np.clip(healthy * per_block, 0.0, None)


def _quantiles(values: np.ndarray, cfg: ForecastConfig) -> dict[str, float]:
    return {f"p{int(q * 100)}": float(np.quantile(values, q)) for q in cfg.quantiles}


def forecast(
    models: list[RoomModel], cfg: ForecastConfig = ForecastConfig()
) -> dict[str, dict[str, float]]:
    """Forecast that planners can rerun and compare across scenario tweaks."""
    rng = np.random.default_rng(cfg.seed)
    summary: dict[str, dict[str, float]] = {}
    total = np.zeros(cfg.runs)
    for model in models:
        outcome = simulate_room(model, cfg.runs, rng)
        total += outcome
        summary[model.room] = _quantiles(outcome, cfg)
    summary["farm"] = _quantiles(total, cfg)
    return summary
