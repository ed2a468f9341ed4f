"""State machine for dam-building work orders.

A work order for a run of peat or plastic-piling dams moves from draft to
scheduled, in progress, awaiting inspection and finally signed off.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List, Set


class Status(str, enum.Enum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    AWAITING_INSPECTION = "awaiting_inspection"
    SIGNED_OFF = "signed_off"
    CANCELLED = "cancelled"


TRANSITIONS: Dict[Status, Set[Status]] = {
    Status.DRAFT: {Status.SCHEDULED, Status.CANCELLED},
    Status.SCHEDULED: {Status.IN_PROGRESS, Status.CANCELLED},
    Status.IN_PROGRESS: {Status.AWAITING_INSPECTION},
    Status.AWAITING_INSPECTION: {Status.SIGNED_OFF, Status.IN_PROGRESS},
    Status.SIGNED_OFF: set(),
    Status.CANCELLED: set(),
}


class TransitionError(Exception):
    pass


@dataclass
class WorkOrder:
    id: int
    site_code: str
    dam_type: str
    dams_planned: int
    status: Status = Status.DRAFT
    dams_built: int = 0
    history: List[tuple] = field(default_factory=list)

    def move_to(self, target: Status, actor: str) -> None:
        if target not in TRANSITIONS[self.status]:
            raise TransitionError(f"cannot move work order {self.id} from {self.status} to {target}")
        if target == Status.AWAITING_INSPECTION and self.dams_built == 0:
            raise TransitionError("no dams recorded yet")
        self.history.append((datetime.now(timezone.utc), actor, self.status, target))
        self.status = target

    def record_dams(self, count: int) -> None:
        if self.status != Status.IN_PROGRESS:
            raise TransitionError("dams can only be recorded while work is in progress")
        self.dams_built += count

    @property
    def complete(self) -> bool:
        return self.status == Status.SIGNED_OFF and self.dams_built >= self.dams_planned
