"""Synthetic furnace telemetry for the shift-report tests.

Produces deterministic bath-temperature and power curves so snapshot tests
of the report charts stay stable between runs.
"""
from datetime import datetime, timedelta

import numpy as np
import pytest

SEED = 20240611


def melt_curve(rng: np.random.Generator, minutes: int = 90, tap_temp: float = 1520.0) -> np.ndarray:
    t = np.linspace(0.0, 1.0, minutes)
    base = 25.0 + (tap_temp - 25.0) * (1 - np.exp(-4.5 * t))
    return base + rng.normal(0.0, 4.0, size=minutes)


def power_curve(rng: np.random.Generator, minutes: int = 90, rated_kw: float = 2500.0) -> np.ndarray:
    load = np.clip(rng.normal(0.92, 0.03, size=minutes), 0.0, 1.0)
    load[-10:] *= 0.4  # holding before tap
    return rated_kw * load


@pytest.fixture
def telemetry_rng() -> np.random.Generator:
    return np.random.default_rng(SEED)


@pytest.fixture
def heat_series(telemetry_rng):
    start = datetime(2024, 6, 11, 6, 0)
    temps = melt_curve(telemetry_rng)
    power = power_curve(telemetry_rng)
    return [
        {"ts": start + timedelta(minutes=i), "bath_c": float(temps[i]), "power_kw": float(power[i])}
        for i in range(len(temps))
    ]
