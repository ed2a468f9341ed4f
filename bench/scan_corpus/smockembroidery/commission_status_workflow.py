"""State machine for smocking commission orders.

A commission moves from quote to delivered through a fixed set of
states.  Makers and staff trigger transitions from the dashboard; this
module decides which transitions are allowed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum


class Status(str, Enum):
    QUOTED = "quoted"
    ACCEPTED = "accepted"
    PLEATING = "pleating"
    SMOCKING = "smocking"
    FINISHING = "finishing"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


TRANSITIONS: dict[Status, set[Status]] = {
    Status.QUOTED: {Status.ACCEPTED, Status.CANCELLED},
    Status.ACCEPTED: {Status.PLEATING, Status.CANCELLED},
    Status.PLEATING: {Status.SMOCKING},
    Status.SMOCKING: {Status.FINISHING},
    Status.FINISHING: {Status.SHIPPED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class TransitionError(ValueError):
    pass


@dataclass
class Commission:
    order_ref: str
    maker_id: int
    status: Status = Status.QUOTED
    history: list[tuple[Status, datetime]] = field(default_factory=list)

    def move_to(self, target: str, actor_maker_id: int | None = None) -> None:
        new_status = Status(target)
        if actor_maker_id is not None and actor_maker_id != self.maker_id:
            raise TransitionError("only the assigned maker can move this commission")
        if new_status == self.status:
            return
        if new_status not in TRANSITIONS[self.status]:
            raise TransitionError(f"cannot move {self.order_ref} from {self.status.value} to {target}")
        self.history.append((self.status, datetime.now(timezone.utc)))
        self.status = new_status

    @property
    def is_open(self) -> bool:
        return self.status not in (Status.DELIVERED, Status.CANCELLED)
