"""Builds a reproducible rotation of stage rehearsal slots for recital week."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Dict, List, Sequence


@dataclass(frozen=True)
class RecitalGroup:
    group_id: str
    class_name: str
    dancer_count: int


@dataclass(frozen=True)
class StageSlot:
    group_id: str
    starts_at: datetime
    ends_at: datetime


class RotationPlanner:
    """Order is shuffled per recital but must be identical each time it is regenerated."""

    slot_length = timedelta(minutes=25)
    changeover = timedelta(minutes=5)

    def __init__(self, recital_id: str) -> None:
        self.recital_id = recital_id

    @property
    def seed(self) -> int:
        return int.from_bytes(hashlib.sha256(self.recital_id.encode()).digest()[:8], "big")

    def ordering(self, groups: Sequence[RecitalGroup]) -> List[RecitalGroup]:
        rng = random.Random(self.seed)
        ordered = sorted(groups, key=lambda g: g.group_id)
        rng.shuffle(ordered)
        return ordered

    def schedule(self, groups: Sequence[RecitalGroup], first_slot: datetime) -> List[StageSlot]:
        slots: List[StageSlot] = []
        cursor = first_slot
        for group in self.ordering(groups):
            end = cursor + self.slot_length
            slots.append(StageSlot(group.group_id, cursor, end))
            cursor = end + self.changeover
        return slots


def printable_rota(groups: Sequence[RecitalGroup], recital_id: str, start: datetime) -> Dict[str, str]:
    names = {g.group_id: g.class_name for g in groups}
    return {
        names[s.group_id]: f"{s.starts_at:%a %H:%M}-{s.ends_at:%H:%M}"
        for s in RotationPlanner(recital_id).schedule(groups, start)
    }
