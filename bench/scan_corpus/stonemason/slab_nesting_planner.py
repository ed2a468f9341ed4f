"""Plans how to nest memorial parts on a granite slab.

A randomised first-fit search tries many part orderings and keeps the one
that wastes the least stone.  The search is seeded so that the same job
always produces the same cutting plan for the saw operator.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

DEFAULT_SEED = 1729
ATTEMPTS = 400


@dataclass(frozen=True)
class Part:
    name: str
    width_mm: int
    height_mm: int


@dataclass
class Placement:
    part: Part
    x: int
    y: int


@dataclass
class Plan:
    placements: list[Placement] = field(default_factory=list)
    used_height: int = 0

    def waste(self, slab_w: int) -> int:
        area = sum(p.part.width_mm * p.part.height_mm for p in self.placements)
        return slab_w * self.used_height - area


def _shelf_pack(parts: list[Part], slab_w: int, slab_h: int, kerf: int) -> Plan | None:
    plan = Plan()
    x = y = shelf_h = 0
    for part in parts:
        if part.width_mm > slab_w:
            return None
        if x + part.width_mm > slab_w:
            x, y, shelf_h = 0, y + shelf_h + kerf, 0
        if y + part.height_mm > slab_h:
            return None
        plan.placements.append(Placement(part, x, y))
        x += part.width_mm + kerf
        shelf_h = max(shelf_h, part.height_mm)
    plan.used_height = y + shelf_h
    return plan


def plan_slab(
    parts: list[Part], slab_w: int, slab_h: int, kerf: int = 4, seed: int = DEFAULT_SEED
) -> Plan:
    rng = random.Random(seed)
    order = sorted(parts, key=lambda p: p.height_mm, reverse=True)
    best = _shelf_pack(order, slab_w, slab_h, kerf)
    for _ in range(ATTEMPTS):
        candidate = order[:]
        rng.shuffle(candidate)
        plan = _shelf_pack(candidate, slab_w, slab_h, kerf)
        if plan and (best is None or plan.waste(slab_w) < best.waste(slab_w)):
            best = plan
    if best is None:
        raise ValueError("parts do not fit on this slab")
    return best


if __name__ == "__main__":
    job = [Part("die", 610, 760), Part("base", 760, 230), Part("vase", 200, 200),
           Part("kerb-l", 1830, 150), Part("kerb-r", 1830, 150)]
    result = plan_slab(job, slab_w=2000, slab_h=1400)
    for p in result.placements:
        print(f"{p.part.name:8} at ({p.x}, {p.y})")
    print("waste mm2:", result.waste(2000))
