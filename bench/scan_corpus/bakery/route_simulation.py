"""Monte Carlo estimate of on-time delivery for a planned route.

Drive times between stops are sampled from a log-normal fitted to last
quarter's telematics; unloading time per stop from a triangular
distribution. The run is seeded so planners get identical numbers when
they re-open a plan.
"""
import random
import statistics
from dataclasses import dataclass

DEFAULT_SEED = 20240611


@dataclass
class Leg:
    stop: str
    median_drive_min: float
    spread: float
    window_end_min: float  # minutes after the van leaves the bakery


@dataclass
class SimulationResult:
    late_probability: dict[str, float]
    p50_finish_min: float
    p90_finish_min: float


def simulate(legs: list[Leg], runs: int = 5000, seed: int = DEFAULT_SEED) -> SimulationResult:
    rng = random.Random(seed)
    late = {leg.stop: 0 for leg in legs}
    finishes: list[float] = []
    for _ in range(runs):
        t = 0.0
        for leg in legs:
            t += leg.median_drive_min * rng.lognormvariate(0.0, leg.spread)
            if t > leg.window_end_min:
                late[leg.stop] += 1
            t += rng.triangular(4.0, 15.0, 7.0)
        finishes.append(t)
    deciles = statistics.quantiles(finishes, n=10)
    return SimulationResult(
        late_probability={stop: n / runs for stop, n in late.items()},
        p50_finish_min=statistics.median(finishes),
        p90_finish_min=deciles[8],
    )


if __name__ == "__main__":
    demo = [
        Leg("Cafe Lindner", 12, 0.25, 45),
        Leg("Hotel am Markt", 9, 0.30, 70),
        Leg("Kita Sonnenschein", 18, 0.20, 110),
    ]
    print(simulate(demo))
