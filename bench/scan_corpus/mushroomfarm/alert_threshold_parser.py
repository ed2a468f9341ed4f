"""Parses threshold overrides that growers paste into the room settings form."""

from __future__ import annotations

import ast
from dataclasses import dataclass

KNOWN_METRICS = {"temperature_c", "humidity_pct", "co2_ppm", "light_lux"}
MAX_INPUT_CHARS = 2_000


@dataclass(frozen=True)
class Threshold:
    metric: str
    low: float | None
    high: float | None

    def breached(self, value: float) -> bool:
        too_low = self.low is not None and value < self.low
        too_high = self.high is not None and value > self.high
        return too_low or too_high


def parse_overrides(text: str) -> list[Threshold]:
    """Accepts a literal such as {"co2_ppm": (None, 1200), "humidity_pct": (85, 95)}."""
    if len(text) > MAX_INPUT_CHARS:
        raise ValueError("override text too long")
    data = ast.literal_eval(text.strip())
    if not isinstance(data, dict):
        raise ValueError("overrides must be a mapping")
    thresholds = []
    for metric, bounds in data.items():
        if metric not in KNOWN_METRICS:
            raise ValueError(f"unknown metric {metric!r}")
        if not (isinstance(bounds, tuple) and len(bounds) == 2):
            raise ValueError(f"{metric} needs a (low, high) pair")
        low, high = (None if b is None else float(b) for b in bounds)
        thresholds.append(Threshold(metric, low, high))
    return thresholds


def breaches(readings: dict[str, float], thresholds: list[Threshold]) -> list[str]:
    return [t.metric for t in thresholds if t.metric in readings and t.breached(readings[t.metric])]
