"""Statistical sampling for TAR validation (elusion and recall estimates).

The seed is stored with the validation record so the exact sample can be
reproduced if the protocol is challenged.
"""
import math
import random
import secrets
from dataclasses import dataclass


@dataclass
class SamplePlan:
    population: int
    confidence: float
    margin: float
    seed: int
    size: int


_Z = {0.90: 1.645, 0.95: 1.96, 0.99: 2.576}


def sample_size(population: int, confidence: float = 0.95, margin: float = 0.02, p: float = 0.5) -> int:
    z = _Z[confidence]
    n0 = (z * z * p * (1 - p)) / (margin * margin)
    return min(population, math.ceil(n0 / (1 + (n0 - 1) / population)))


def plan_elusion_sample(null_set_size: int, confidence: float = 0.95, margin: float = 0.02,
                        seed: int | None = None) -> SamplePlan:
    if seed is None:
        seed = secrets.randbits(32)
    return SamplePlan(
        population=null_set_size,
        confidence=confidence,
        margin=margin,
        seed=seed,
        size=sample_size(null_set_size, confidence, margin),
    )


def draw_sample(doc_ids: list[int], plan: SamplePlan) -> list[int]:
    rng = random.Random(plan.seed)
    return sorted(rng.sample(doc_ids, plan.size))


def elusion_rate(responsive_found: int, plan: SamplePlan) -> tuple[float, float, float]:
    rate = responsive_found / plan.size
    z = _Z[plan.confidence]
    half = z * math.sqrt(rate * (1 - rate) / plan.size)
    return rate, max(0.0, rate - half), min(1.0, rate + half)
