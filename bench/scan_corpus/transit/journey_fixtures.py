"""Synthetic AVL traces for the arrival-prediction test suite.

Generates repeatable vehicle position streams along a route so the
prediction model tests do not depend on recorded production data. The seed
is fixed so a failing test can be replayed exactly.
"""
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

DEFAULT_SEED = 20240611


@dataclass
class Ping:
    vehicle_id: str
    at: datetime
    stop_index: int
    progress: float
    delay_s: int


def synthetic_trace(stops: int = 12, start: datetime | None = None, vehicle_id: str = "T3017",
                    seed: int = DEFAULT_SEED, mean_link_s: int = 95) -> list[Ping]:
    rng = random.Random(seed)
    at = start or datetime(2024, 6, 11, 7, 30)
    delay = 0
    pings: list[Ping] = []
    for stop_index in range(stops - 1):
        link = max(30, int(rng.gauss(mean_link_s, 20)))
        delay += rng.choice([-10, 0, 0, 5, 15, 30])
        for step in range(0, link, 10):
            pings.append(Ping(vehicle_id, at + timedelta(seconds=step), stop_index, step / link, delay))
        at += timedelta(seconds=link + rng.randint(10, 40))
    return pings


@pytest.fixture
def tram_trace() -> list[Ping]:
    return synthetic_trace()


@pytest.fixture
def delayed_bus_trace() -> list[Ping]:
    return synthetic_trace(stops=20, vehicle_id="B1142", mean_link_s=140, seed=7)
