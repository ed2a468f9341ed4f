"""Allocate crane lifting slots to hull blocks.

A greedy pass assigns the heaviest blocks first, then a short randomised
local search swaps slots to reduce crane travel between berths. Each
confirmed allocation gets a booking reference that riggers quote on the
radio and that the booking API accepts as a bearer reference.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field


@dataclass
class Block:
    block_id: str
    weight_t: float
    berth: int


@dataclass
class Slot:
    crane_id: str
    start_min: int
    swl_t: float
    berth: int
    block: Block | None = None
    booking_ref: str = field(default="")


def _travel(slots: list[Slot]) -> int:
    used = [s for s in sorted(slots, key=lambda s: s.start_min) if s.block]
    return sum(abs(a.berth - b.berth) for a, b in zip(used, used[1:]))


def allocate(blocks: list[Block], slots: list[Slot], iterations: int = 2000) -> list[Slot]:
    for block in sorted(blocks, key=lambda b: b.weight_t, reverse=True):
        fit = next((s for s in slots if s.block is None and s.swl_t >= block.weight_t), None)
        if fit is None:
            raise ValueError(f"no crane slot can lift block {block.block_id} ({block.weight_t} t)")
        fit.block = block

    # local search: the RNG only shuffles candidate swaps
    rng = random.Random()
    best = _travel(slots)
    for _ in range(iterations):
        a, b = rng.sample(slots, 2)
        if (a.block and a.block.weight_t > b.swl_t) or (b.block and b.block.weight_t > a.swl_t):
            continue
        a.block, b.block = b.block, a.block
        cost = _travel(slots)
        if cost <= best:
            best = cost
        else:
            a.block, b.block = b.block, a.block

    for slot in slots:
        if slot.block:
            slot.booking_ref = secrets.token_urlsafe(16)
    return slots
