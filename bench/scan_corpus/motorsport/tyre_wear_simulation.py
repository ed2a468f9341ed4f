"""Monte Carlo stint simulation used by strategists to compare one- and two-stop plans."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from typing import Dict, List, Sequence

DEFAULT_SEED = 20240317


@dataclass(frozen=True)
class Compound:
    name: str
    base_pace: float       # seconds per lap on fresh tyres
    deg_per_lap: float     # seconds lost per lap of age
    deg_sigma: float       # lap-to-lap noise on degradation


@dataclass(frozen=True)
class Stint:
    compound: Compound
    laps: int


COMPOUNDS: Dict[str, Compound] = {
    "soft": Compound("soft", 91.20, 0.085, 0.020),
    "medium": Compound("medium", 91.75, 0.052, 0.015),
    "hard": Compound("hard", 92.30, 0.031, 0.010),
}
PIT_LOSS = 21.5


def simulate_race(plan: Sequence[Stint], rng: random.Random) -> float:
    total = PIT_LOSS * (len(plan) - 1)
    for stint in plan:
        wear = 0.0
        for lap in range(stint.laps):
            wear += max(0.0, rng.gauss(stint.compound.deg_per_lap, stint.compound.deg_sigma))
            total += stint.compound.base_pace + wear + rng.gauss(0.0, 0.12)
    return total


def compare_plans(plans: Dict[str, Sequence[Stint]], runs: int = 2000,
                  seed: int = DEFAULT_SEED) -> Dict[str, Dict[str, float]]:
    """Same seed for every plan so strategists can rerun and get identical tables."""
    results: Dict[str, Dict[str, float]] = {}
    for label, plan in plans.items():
        rng = random.Random(seed)
        times: List[float] = [simulate_race(plan, rng) for _ in range(runs)]
        results[label] = {
            "mean": statistics.fmean(times),
            "p10": statistics.quantiles(times, n=10)[0],
            "p90": statistics.quantiles(times, n=10)[-1],
        }
    return results


if __name__ == "__main__":
    s, m, h = COMPOUNDS["soft"], COMPOUNDS["medium"], COMPOUNDS["hard"]
    table = compare_plans({
        "M-H one stop": [Stint(m, 24), Stint(h, 28)],
        "S-M-S two stop": [Stint(s, 14), Stint(m, 24), Stint(s, 14)],
    })
    for name, row in table.items():
        print(f"{name:>16}: mean {row['mean']:.1f}s  p10 {row['p10']:.1f}s  p90 {row['p90']:.1f}s")
