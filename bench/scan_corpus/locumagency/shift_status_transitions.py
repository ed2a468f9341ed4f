"""State machine for shift bookings between the agency and a hospital trust.

A shift moves from ``open`` (published by the trust) through ``offered`` and
``booked`` to ``worked`` and ``invoiced``; either side can cancel before the
shift starts.  Transitions are validated here before they are persisted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum


class ShiftStatus(str, Enum):
    OPEN = "open"
    OFFERED = "offered"
    BOOKED = "booked"
    WORKED = "worked"
    INVOICED = "invoiced"
    CANCELLED = "cancelled"


ALLOWED = {
    ShiftStatus.OPEN: {ShiftStatus.OFFERED, ShiftStatus.CANCELLED},
    ShiftStatus.OFFERED: {ShiftStatus.BOOKED, ShiftStatus.OPEN, ShiftStatus.CANCELLED},
    ShiftStatus.BOOKED: {ShiftStatus.WORKED, ShiftStatus.CANCELLED},
    ShiftStatus.WORKED: {ShiftStatus.INVOICED},
    ShiftStatus.INVOICED: set(),
    ShiftStatus.CANCELLED: set(),
}


class TransitionError(ValueError):
    pass


@dataclass
class Shift:
    id: int
    trust_code: str
    starts_at: datetime
    status: ShiftStatus = ShiftStatus.OPEN
    clinician_id: int | None = None
    history: list[tuple[ShiftStatus, datetime, str]] = field(default_factory=list)

    def move_to(self, new: ShiftStatus, actor: str) -> None:
        if new == self.status:
            return
        if new not in ALLOWED[self.status]:
            raise TransitionError(f"shift {self.id}: {self.status.value} -> {new.value} not allowed")
        if new == ShiftStatus.CANCELLED and datetime.now(timezone.utc) >= self.starts_at:
            raise TransitionError(f"shift {self.id} has already started and cannot be cancelled")
        if new == ShiftStatus.BOOKED and self.clinician_id is None:
            raise TransitionError(f"shift {self.id} cannot be booked without a clinician")
        self.history.append((new, datetime.now(timezone.utc), actor))
        self.status = new

    def book(self, clinician_id: int, actor: str) -> None:
        self.clinician_id = clinician_id
        self.move_to(ShiftStatus.BOOKED, actor)

    def release(self, actor: str) -> None:
        if self.status != ShiftStatus.OFFERED:
            raise TransitionError(f"shift {self.id} is {self.status.value}, not offered")
        self.clinician_id = None
        self.move_to(ShiftStatus.OPEN, actor)

    @property
    def billable(self) -> bool:
        return self.status == ShiftStatus.WORKED
