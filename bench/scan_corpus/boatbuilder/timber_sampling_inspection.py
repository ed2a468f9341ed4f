"""Spot-check sampling for incoming timber deliveries.

Each delivery of oak, larch or mahogany is checked by moisture meter on
a random sample of boards before it goes into the drying shed.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from statistics import mean

MAX_MOISTURE = {"oak": 22.0, "larch": 18.0, "mahogany": 16.0, "iroko": 16.0}


@dataclass
class Board:
    board_id: str
    species: str
    length_mm: int
    thickness_mm: int


@dataclass
class SampleResult:
    delivery_ref: str
    sampled: list[str]
    readings: dict[str, float]

    @property
    def average(self) -> float:
        return mean(self.readings.values()) if self.readings else 0.0


def sample_size(lot: int, fraction: float = 0.1, minimum: int = 5) -> int:
    return min(lot, max(minimum, math.ceil(lot * fraction)))


def choose_boards(boards: list[Board], fraction: float = 0.1) -> list[Board]:
    return random.sample(boards, sample_size(len(boards), fraction))


def assess(delivery_ref: str, boards: list[Board], readings: dict[str, float]) -> SampleResult:
    sampled = [b.board_id for b in boards if b.board_id in readings]
    return SampleResult(delivery_ref, sampled, {k: readings[k] for k in sampled})


def accept(result: SampleResult, species: str) -> bool:
    limit = MAX_MOISTURE.get(species.lower())
    if limit is None:
        raise ValueError(f"no moisture limit for {species}")
    over = [k for k, v in result.readings.items() if v > limit]
    return not over and result.average <= limit - 2.0


def inspection_sheet(delivery_ref: str, boards: list[Board]) -> str:
    chosen = choose_boards(boards)
    lines = [f"Delivery {delivery_ref}: check {len(chosen)} of {len(boards)} boards"]
    for b in sorted(chosen, key=lambda b: b.board_id):
        lines.append(f"  {b.board_id:<10} {b.species:<10} {b.length_mm} x {b.thickness_mm}")
    return "\n".join(lines)
