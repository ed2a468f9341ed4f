"""Monte Carlo model of posted wait times, used by capacity planning.

Given hourly arrival rates and a ride's dispatch interval and seats per
dispatch, estimate the distribution of wait times across a day. The seed is
fixed so planners can reproduce the charts in the quarterly deck.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

DEFAULT_SEED = 20240601


@dataclass
class RideProfile:
    ride_code: str
    seats_per_dispatch: int
    dispatch_interval_s: float
    hourly_arrivals: list[float]


def simulate_day(profile: RideProfile, runs: int = 500, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    hours = len(profile.hourly_arrivals)
    capacity_per_hour = profile.seats_per_dispatch * 3600 / profile.dispatch_interval_s
    waits = np.zeros((runs, hours))
    for r in range(runs):
        backlog = 0.0
        for h, rate in enumerate(profile.hourly_arrivals):
            arrivals = rng.poisson(rate)
            served = min(backlog + arrivals, capacity_per_hour * rng.uniform(0.85, 1.0))
            backlog = backlog + arrivals - served
            waits[r, h] = backlog / capacity_per_hour * 60
    return pd.DataFrame({
        "hour": np.arange(hours),
        "p50_wait_min": np.percentile(waits, 50, axis=0),
        "p90_wait_min": np.percentile(waits, 90, axis=0),
    })


if __name__ == "__main__":
    demo = RideProfile("COASTER1", 24, 45.0, [300, 900, 1400, 1600, 1500, 1300, 1100, 700])
    print(simulate_day(demo).round(1).to_string(index=False))
