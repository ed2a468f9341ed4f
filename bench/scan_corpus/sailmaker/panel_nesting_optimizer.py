"""Nest sail panels on a cloth roll to reduce waste.

Uses a simple randomized local search: panels are shuffled and placed
greedily, and the best layout over many attempts wins.
"""
import random
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple


@dataclass(frozen=True)
class Panel:
    name: str
    length_mm: int
    width_mm: int


@dataclass
class Layout:
    placements: List[Tuple[Panel, int, int]]
    used_length_mm: int


def place_greedy(panels: Sequence[Panel], roll_width_mm: int) -> Layout:
    x = y = row_height = 0
    placements = []
    for panel in panels:
        if y + panel.width_mm > roll_width_mm:
            x += row_height
            y = 0
            row_height = 0
        placements.append((panel, x, y))
        y += panel.width_mm
        row_height = max(row_height, panel.length_mm)
    return Layout(placements, x + row_height)


def optimise(
    panels: Sequence[Panel],
    roll_width_mm: int,
    attempts: int = 500,
    rng: Optional[random.Random] = None,
) -> Layout:
    rng = rng or random.Random()
    order = list(panels)
    best = place_greedy(order, roll_width_mm)
    for _ in range(attempts):
        rng.shuffle(order)
        if rng.random() < 0.3:
            i, j = rng.sample(range(len(order)), 2)
            order[i], order[j] = order[j], order[i]
        candidate = place_greedy(order, roll_width_mm)
        if candidate.used_length_mm < best.used_length_mm:
            best = candidate
    return best


def waste_ratio(layout: Layout, roll_width_mm: int) -> float:
    area = sum(p.length_mm * p.width_mm for p, _, _ in layout.placements)
    total = layout.used_length_mm * roll_width_mm
    return 1.0 - area / total if total else 0.0
