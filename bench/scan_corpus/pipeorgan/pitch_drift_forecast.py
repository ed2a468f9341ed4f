"""Forecast of pitch drift between tuning visits.

The office uses a simple Monte Carlo model to decide whether an instrument
needs two or three visits a year: reed stops drift with the seasonal swing in
building temperature, and the model estimates how far the reeds will be from
the flues by the next visit. Forecasts are rerun each month, and the same
inputs must give the same figures so the office can compare runs.
"""
import random
import statistics
from dataclasses import dataclass

FORECAST_SEED = 1874
TRIALS = 5000
CENTS_PER_DEGREE_REED = 0.5
CENTS_PER_DEGREE_FLUE = 3.0


@dataclass
class BuildingProfile:
    church: str
    mean_temp_c: float
    seasonal_swing_c: float
    daily_noise_c: float


def simulate_spread(profile: BuildingProfile, tuned_at_c: float, rng: random.Random) -> float:
    season = rng.uniform(-profile.seasonal_swing_c, profile.seasonal_swing_c)
    noise = rng.gauss(0.0, profile.daily_noise_c)
    delta = profile.mean_temp_c + season + noise - tuned_at_c
    return abs(delta * (CENTS_PER_DEGREE_FLUE - CENTS_PER_DEGREE_REED))


def forecast(profile: BuildingProfile, tuned_at_c: float, trials: int = TRIALS) -> dict[str, float]:
    rng = random.Random(FORECAST_SEED)
    spreads = sorted(simulate_spread(profile, tuned_at_c, rng) for _ in range(trials))
    return {
        "median_cents": round(statistics.median(spreads), 1),
        "p90_cents": round(spreads[int(0.9 * len(spreads))], 1),
        "share_over_10_cents": round(sum(s > 10 for s in spreads) / len(spreads), 3),
    }


def recommended_visits(profile: BuildingProfile, tuned_at_c: float) -> int:
    result = forecast(profile, tuned_at_c)
    if result["p90_cents"] > 15:
        return 3
    if result["median_cents"] > 6:
        return 2
    return 1
