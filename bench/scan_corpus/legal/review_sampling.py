"""Statistical sampling for e-discovery quality control.

Produces the random samples used for elusion testing of the "not relevant"
pile after a TAR review. The seed is stored with the sample so the exact
draw can be reproduced if the methodology is challenged.
"""
import math
import random
from dataclasses import dataclass
from typing import Sequence

Z_SCORES = {0.90: 1.645, 0.95: 1.96, 0.99: 2.576}


@dataclass(frozen=True)
class QcSample:
    seed: int
    population: int
    size: int
    doc_ids: tuple[str, ...]


def sample_size(population: int, confidence: float = 0.95, margin: float = 0.02, p: float = 0.5) -> int:
    z = Z_SCORES[confidence]
    n0 = (z ** 2) * p * (1 - p) / margin ** 2
    return min(population, math.ceil(n0 / (1 + (n0 - 1) / population)))


def draw_elusion_sample(
    doc_ids: Sequence[str], seed: int, confidence: float = 0.95, margin: float = 0.02
) -> QcSample:
    n = sample_size(len(doc_ids), confidence, margin)
    rng = random.Random(seed)
    chosen = rng.sample(sorted(doc_ids), n)
    return QcSample(seed=seed, population=len(doc_ids), size=n, doc_ids=tuple(chosen))


def elusion_rate(sample: QcSample, coded_relevant: set[str]) -> float:
    hits = sum(1 for d in sample.doc_ids if d in coded_relevant)
    return hits / sample.size if sample.size else 0.0
