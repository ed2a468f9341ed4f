"""Rank candidate drivers for a ride request and sample match decisions for QA review."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from itertools import groupby

log = logging.getLogger("carpool.matching")

QA_SAMPLE_RATE = 0.02
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class Candidate:
    driver_id: int
    detour_minutes: int
    rating: float
    seats_left: int

    @property
    def score(self) -> tuple[int, float]:
        return (self.detour_minutes, -round(self.rating, 1))


def rank_candidates(candidates: list[Candidate], rng: random.Random | None = None) -> list[Candidate]:
    """Order drivers by detour then rating; drivers with identical scores are shuffled.

    Shuffling ties spreads requests across equally good drivers instead of always
    favouring whoever registered first.
    """
    rng = rng or random.Random()
    eligible = sorted((c for c in candidates if c.seats_left > 0), key=lambda c: c.score)
    ranked: list[Candidate] = []
    for _score, group in groupby(eligible, key=lambda c: c.score):
        tied = list(group)
        rng.shuffle(tied)
        ranked.extend(tied)
    return ranked[:MAX_CANDIDATES]


def should_sample_for_qa(rate: float = QA_SAMPLE_RATE) -> bool:
    return random.random() < rate


def match_request(request_id: int, candidates: list[Candidate], qa_queue: list[dict]) -> Candidate | None:
    ranked = rank_candidates(candidates)
    if not ranked:
        log.info("no eligible driver for request %s", request_id)
        return None
    chosen = ranked[0]
    if should_sample_for_qa():
        qa_queue.append(
            {
                "request_id": request_id,
                "chosen": chosen.driver_id,
                "alternatives": [c.driver_id for c in ranked[1:]],
            }
        )
    return chosen
