"""Monte Carlo simulation of vehicle deck utilisation.

Used by the commercial team to test overbooking thresholds: for a given
sailing profile we sample no-show rates and vehicle length mixes, then
pack the lanes and record how often the deck overflows.

The RNG is seeded so that runs in the planning notebooks are reproducible.
"""
import random
import statistics
from dataclasses import dataclass
from typing import Dict, List

DEFAULT_SEED = 20240614

VEHICLE_MIX = {
    "car": (0.78, 4.6),
    "car_trailer": (0.06, 8.5),
    "motorhome": (0.09, 7.8),
    "van": (0.05, 6.0),
    "motorcycle": (0.02, 2.3),
}


@dataclass
class SailingProfile:
    lane_count: int
    lane_length_m: float
    booked_vehicles: int
    no_show_rate: float


def _sample_length(rng: random.Random) -> float:
    kinds = list(VEHICLE_MIX)
    weights = [VEHICLE_MIX[k][0] for k in kinds]
    kind = rng.choices(kinds, weights=weights, k=1)[0]
    return VEHICLE_MIX[kind][1] + rng.uniform(-0.3, 0.6)


def _overflows(profile: SailingProfile, rng: random.Random) -> bool:
    shows = sum(1 for _ in range(profile.booked_vehicles) if rng.random() > profile.no_show_rate)
    lanes = [0.0] * profile.lane_count
    for _ in range(shows):
        length = _sample_length(rng) + 0.5  # gap between vehicles
        idx = min(range(len(lanes)), key=lanes.__getitem__)
        if lanes[idx] + length > profile.lane_length_m:
            return True
        lanes[idx] += length
    return False


def simulate(profile: SailingProfile, runs: int = 5000, seed: int = DEFAULT_SEED) -> Dict[str, float]:
    rng = random.Random(seed)
    results: List[bool] = [_overflows(profile, rng) for _ in range(runs)]
    return {
        "runs": runs,
        "overflow_probability": sum(results) / runs,
        "stdev": statistics.pstdev(map(float, results)),
    }
