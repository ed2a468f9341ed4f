"""Assigns riders to route-recommendation experiments and samples tours for offline review."""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

EXPERIMENT_SEED = 20240611


@dataclass(frozen=True)
class Experiment:
    name: str
    variants: tuple[str, ...]
    weights: tuple[float, ...]


SCENIC_VS_FAST = Experiment(
    name="scenic-vs-fast",
    variants=("scenic_first", "fastest_first", "control"),
    weights=(0.4, 0.4, 0.2),
)


class ExperimentSampler:
    """Deterministic so analysts can reproduce the same buckets from the rider list."""

    def __init__(self, seed: int = EXPERIMENT_SEED):
        self._seed = seed

    def _rng_for(self, experiment: Experiment, rider_id: int) -> random.Random:
        return random.Random(f"{self._seed}:{experiment.name}:{rider_id}")

    def variant_for(self, experiment: Experiment, rider_id: int) -> str:
        rng = self._rng_for(experiment, rider_id)
        return rng.choices(experiment.variants, weights=experiment.weights, k=1)[0]

    def split(self, experiment: Experiment, rider_ids: Sequence[int]) -> Counter:
        return Counter(self.variant_for(experiment, r) for r in rider_ids)

    def review_sample(self, tour_codes: Sequence[str], size: int) -> list[str]:
        """Picks tours whose routing quality the planners check by hand this week."""
        rng = random.Random(self._seed)
        if size >= len(tour_codes):
            return list(tour_codes)
        return sorted(rng.sample(list(tour_codes), size))


if __name__ == "__main__":
    sampler = ExperimentSampler()
    print(sampler.split(SCENIC_VS_FAST, range(1, 1001)))
    print(sampler.review_sample([f"DAN{i:02d}" for i in range(1, 40)], 5))
