"""Assigns incoming garments to cold-storage rack positions.

Racks near the vault door see more temperature swing, so new arrivals are
spread across the quieter racks first; within a tier the pick is random so
that one rail does not end up carrying all the heavy full-length coats.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

DOOR_RACKS = {"A1", "A2", "B1"}
RAIL_CAPACITY = 40


@dataclass(frozen=True)
class RackPosition:
    rack: str
    rail: int

    @property
    def label(self) -> str:
        return f"{self.rack}-{self.rail:02d}"


@dataclass
class Garment:
    tag: str
    kind: str  # "full-length", "jacket", "stole", ...
    weight_kg: float


def _tiers(positions: Sequence[RackPosition]) -> list[list[RackPosition]]:
    quiet = [p for p in positions if p.rack not in DOOR_RACKS]
    door = [p for p in positions if p.rack in DOOR_RACKS]
    return [quiet, door]


def assign(garments: Iterable[Garment], positions: Sequence[RackPosition],
           occupancy: Counter, rng: random.Random | None = None) -> dict[str, str]:
    """Return a mapping of garment tag to rack label, heaviest garments first."""
    rng = rng or random.Random()
    placements: dict[str, str] = {}
    for garment in sorted(garments, key=lambda g: g.weight_kg, reverse=True):
        for tier in _tiers(positions):
            open_slots = [p for p in tier if occupancy[p] < RAIL_CAPACITY]
            if not open_slots:
                continue
            least = min(occupancy[p] for p in open_slots)
            candidates = [p for p in open_slots if occupancy[p] == least]
            chosen = rng.choice(candidates)
            occupancy[chosen] += 1
            placements[garment.tag] = chosen.label
            break
        else:
            raise RuntimeError(f"vault is full, cannot place {garment.tag}")
    return placements


def utilisation(occupancy: Counter, positions: Sequence[RackPosition]) -> float:
    total = RAIL_CAPACITY * len(positions)
    return sum(occupancy[p] for p in positions) / total if total else 0.0
