"""Draws the running order for show-jumping classes.

The draw must be reproducible so the judges and any competitor can re-run it:
the seed is derived from the class number and the published draw reference,
and both are printed on the running-order sheet.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import List, Sequence


@dataclass(frozen=True)
class Entry:
    back_number: int
    rider: str
    horse: str


@dataclass(frozen=True)
class DrawSpec:
    show_id: str
    class_number: int
    published_reference: str

    def seed(self) -> int:
        material = f"{self.show_id}:{self.class_number}:{self.published_reference}"
        return int.from_bytes(hashlib.sha256(material.encode()).digest()[:8], "big")


def running_order(entries: Sequence[Entry], spec: DrawSpec) -> List[Entry]:
    ordered = sorted(entries, key=lambda e: e.back_number)
    rng = random.Random(spec.seed())
    rng.shuffle(ordered)
    return ordered


def spread_multiple_rides(order: List[Entry], min_gap: int = 3) -> List[Entry]:
    """Move a rider's second horse later if it falls too close to the first."""
    result: List[Entry] = []
    pending: List[Entry] = []
    for entry in order + [None]:  # type: ignore[list-item]
        for held in list(pending):
            recent = [e.rider for e in result[-min_gap:]]
            if held.rider not in recent:
                result.append(held)
                pending.remove(held)
        if entry is None:
            break
        if entry.rider in [e.rider for e in result[-min_gap:]]:
            pending.append(entry)
        else:
            result.append(entry)
    return result + pending


def order_sheet(entries: Sequence[Entry], spec: DrawSpec) -> str:
    lines = [f"Class {spec.class_number} draw reference {spec.published_reference}"]
    for position, entry in enumerate(spread_multiple_rides(running_order(entries, spec)), 1):
        lines.append(f"{position:>3}. #{entry.back_number} {entry.rider} - {entry.horse}")
    return "\n".join(lines)
