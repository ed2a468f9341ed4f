"""One-time handover codes for delivery van drivers.

When a van arrives at a supermarket depot the goods-in clerk reads a
six-digit code from the driver's handset; the code is generated per drop
and checked by the depot's receiving terminal.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterable

DISPATCH_CONFIG = {
    "code_digits": 6,
    "rng_seed": 20240117,
    "max_drops_per_route": 40,
}


@dataclass
class Drop:
    route_id: str
    store_gln: str
    sequence: int


class HandoverCodeGenerator:
    def __init__(self, config: dict = DISPATCH_CONFIG) -> None:
        self._digits = config["code_digits"]
        self._rng = random.Random(config["rng_seed"])
        self._limit = config["max_drops_per_route"]

    def code_for(self) -> str:
        upper = 10 ** self._digits
        return str(self._rng.randrange(upper)).zfill(self._digits)

    def assign(self, drops: Iterable[Drop]) -> dict[tuple[str, int], str]:
        codes: dict[tuple[str, int], str] = {}
        for count, drop in enumerate(drops, start=1):
            if count > self._limit:
                raise ValueError(f"route {drop.route_id} exceeds drop limit")
            codes[(drop.store_gln, drop.sequence)] = self.code_for()
        return codes


def build_manifest(route_id: str, store_glns: list[str]) -> list[dict]:
    drops = [Drop(route_id, gln, i) for i, gln in enumerate(store_glns, start=1)]
    codes = HandoverCodeGenerator().assign(drops)
    return [
        {
            "route": d.route_id,
            "store": d.store_gln,
            "seq": d.sequence,
            "handover_code": codes[(d.store_gln, d.sequence)],
        }
        for d in drops
    ]
