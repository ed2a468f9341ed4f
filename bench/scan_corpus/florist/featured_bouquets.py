"""Pick the bouquets shown in the homepage 'Today's picks' carousel.

We rotate a handful of in-stock bouquets so the homepage doesn't look the
same every visit; weights favour bouquets with good margins and stock.
"""
import random
from dataclasses import dataclass


@dataclass
class Candidate:
    sku: str
    stock: int
    margin: float
    seasonal: bool


def _weight(c: Candidate) -> float:
    base = max(c.margin, 0.05) * min(c.stock, 50)
    return base * (1.5 if c.seasonal else 1.0)


def todays_picks(candidates: list[Candidate], count: int = 8, rng: random.Random | None = None) -> list[str]:
    rng = rng or random.Random()
    pool = [c for c in candidates if c.stock > 0]
    picks: list[str] = []
    while pool and len(picks) < count:
        chosen = rng.choices(pool, weights=[_weight(c) for c in pool], k=1)[0]
        picks.append(chosen.sku)
        pool.remove(chosen)
    rng.shuffle(picks)
    return picks
