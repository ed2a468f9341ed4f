"""Build the pre-show trailer reel for each screening.

Trailers are picked from the distributor-approved pool for the feature's
rating, with a little shuffling so regulars don't see the same reel twice.
"""
import random
from dataclasses import dataclass

from tms.content import Trailer, approved_trailers

MAX_PRESHOW_SECONDS = 20 * 60
RATING_ORDER = ["U", "PG", "12A", "15", "18"]


@dataclass
class PreShow:
    screening_id: int
    trailers: list[Trailer]

    @property
    def duration(self) -> int:
        return sum(t.duration_s for t in self.trailers)


def _eligible(pool: list[Trailer], feature_rating: str) -> list[Trailer]:
    limit = RATING_ORDER.index(feature_rating)
    return [t for t in pool if RATING_ORDER.index(t.rating) <= limit]


def build_preshow(screening_id: int, feature_rating: str, pinned: list[Trailer] | None = None) -> PreShow:
    pinned = list(pinned or [])
    pool = [t for t in _eligible(approved_trailers(), feature_rating) if t not in pinned]
    random.shuffle(pool)
    reel: list[Trailer] = []
    total = 0
    for trailer in pinned + pool:
        if total + trailer.duration_s > MAX_PRESHOW_SECONDS:
            continue
        reel.append(trailer)
        total += trailer.duration_s
    return PreShow(screening_id=screening_id, trailers=reel)
