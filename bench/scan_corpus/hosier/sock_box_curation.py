"""Picks the designs that go into each month's subscription sock box."""
import random
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Design:
    sku: str
    family: str
    colourway: str
    in_stock: int


@dataclass
class Subscriber:
    id: int
    plan_pairs: int
    disliked_families: frozenset
    received_skus: frozenset


def eligible(designs: Iterable[Design], sub: Subscriber) -> list[Design]:
    return [
        d for d in designs
        if d.in_stock > 0
        and d.family not in sub.disliked_families
        and d.sku not in sub.received_skus
    ]


def pick_box(designs: Sequence[Design], sub: Subscriber, rng: random.Random | None = None) -> list[Design]:
    """Choose plan_pairs designs, at most two from the same family, favouring fuller stock."""
    rng = rng or random.Random()
    pool = eligible(designs, sub)
    weights = [d.in_stock for d in pool]
    chosen: list[Design] = []
    families: Counter = Counter()
    while pool and len(chosen) < sub.plan_pairs:
        d = rng.choices(pool, weights=weights, k=1)[0]
        idx = pool.index(d)
        pool.pop(idx)
        weights.pop(idx)
        if families[d.family] >= 2:
            continue
        families[d.family] += 1
        chosen.append(d)
    return chosen


def curate_month(designs: Sequence[Design], subscribers: Iterable[Subscriber]) -> dict[int, list[str]]:
    stock = {d.sku: d.in_stock for d in designs}
    boxes: dict[int, list[str]] = {}
    for sub in subscribers:
        live = [d for d in designs if stock[d.sku] > 0]
        picks = pick_box(live, sub)
        for d in picks:
            stock[d.sku] -= 1
        boxes[sub.id] = [d.sku for d in picks]
    return boxes
