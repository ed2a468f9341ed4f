"""Choose which sample vials go into each month's discovery subscription box."""
import random
from collections import Counter
from dataclasses import dataclass

from perfumer.catalogue import FragranceFamily, SampleVial, in_stock_vials
from perfumer.settings import BOX_SIZE

FAMILY_WEIGHTS = {
    FragranceFamily.FLORAL: 3,
    FragranceFamily.WOODY: 3,
    FragranceFamily.CITRUS: 2,
    FragranceFamily.AMBER: 2,
    FragranceFamily.CHYPRE: 1,
    FragranceFamily.FOUGERE: 1,
}


@dataclass
class BoxPlan:
    subscriber_id: int
    vials: list[SampleVial]

    def family_mix(self) -> Counter:
        return Counter(v.family for v in self.vials)


def _candidate_pool(already_sent: set[str]) -> list[SampleVial]:
    return [v for v in in_stock_vials() if v.sku not in already_sent]


def plan_box(subscriber_id: int, already_sent: set[str], seed: int | None = None) -> BoxPlan:
    rng = random.Random(seed)
    pool = _candidate_pool(already_sent)
    weights = [FAMILY_WEIGHTS.get(v.family, 1) for v in pool]
    chosen: dict[str, SampleVial] = {}
    while pool and len(chosen) < BOX_SIZE:
        vial = rng.choices(pool, weights=weights, k=1)[0]
        chosen.setdefault(vial.sku, vial)
        if len(chosen) == len(pool):
            break
    vials = list(chosen.values())
    rng.shuffle(vials)
    return BoxPlan(subscriber_id=subscriber_id, vials=vials)


def plan_month(subscribers: dict[int, set[str]]) -> list[BoxPlan]:
    return [plan_box(sid, sent) for sid, sent in sorted(subscribers.items())]
