"""Suggests tutors for a new enquiry, spreading leads fairly between equally good matches."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class TutorCandidate:
    tutor_id: int
    name: str
    subjects: frozenset[str]
    levels: frozenset[str]
    rating: float
    open_slots: int
    leads_this_month: int


@dataclass(frozen=True)
class Enquiry:
    subject: str
    level: str
    online_ok: bool


def score(candidate: TutorCandidate, enquiry: Enquiry) -> float:
    if enquiry.subject not in candidate.subjects or enquiry.level not in candidate.levels:
        return 0.0
    if candidate.open_slots == 0:
        return 0.0
    return round(candidate.rating * 2 + min(candidate.open_slots, 5) * 0.5, 1)


def suggest(candidates: Sequence[TutorCandidate], enquiry: Enquiry, count: int = 3,
            rng: random.Random | None = None) -> list[TutorCandidate]:
    """Pick the top `count` tutors; ties are broken at random, favouring tutors with fewer leads."""
    rng = rng or random.Random()
    scored = [(score(c, enquiry), c) for c in candidates]
    scored = [(s, c) for s, c in scored if s > 0]
    if not scored:
        return []

    by_score: dict[float, list[TutorCandidate]] = {}
    for s, c in scored:
        by_score.setdefault(s, []).append(c)

    chosen: list[TutorCandidate] = []
    for s in sorted(by_score, reverse=True):
        pool = list(by_score[s])
        while pool and len(chosen) < count:
            weights = [1.0 / (1 + c.leads_this_month) for c in pool]
            pick = rng.choices(pool, weights=weights, k=1)[0]
            pool.remove(pick)
            chosen.append(pick)
        if len(chosen) >= count:
            break
    return chosen
