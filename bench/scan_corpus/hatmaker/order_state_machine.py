"""Production stages of a bespoke hat order and the allowed moves between them."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class Stage(str, enum.Enum):
    MEASURED = "measured"
    MATERIALS_ORDERED = "materials_ordered"
    BLOCKING = "blocking"
    DRYING = "drying"
    TRIMMING = "trimming"
    READY = "ready"
    COLLECTED = "collected"
    CANCELLED = "cancelled"


TRANSITIONS: dict[Stage, set[Stage]] = {
    Stage.MEASURED: {Stage.MATERIALS_ORDERED, Stage.BLOCKING, Stage.CANCELLED},
    Stage.MATERIALS_ORDERED: {Stage.BLOCKING, Stage.CANCELLED},
    Stage.BLOCKING: {Stage.DRYING},
    Stage.DRYING: {Stage.BLOCKING, Stage.TRIMMING},
    Stage.TRIMMING: {Stage.READY},
    Stage.READY: {Stage.COLLECTED, Stage.TRIMMING},
    Stage.COLLECTED: set(),
    Stage.CANCELLED: set(),
}


class InvalidTransition(Exception):
    pass


@dataclass
class StageEvent:
    stage: Stage
    by_staff_id: int
    at: dt.datetime
    note: str = ""


@dataclass
class HatOrder:
    reference: str
    client_id: int
    style: str
    stage: Stage = Stage.MEASURED
    history: list[StageEvent] = field(default_factory=list)

    def move_to(self, target: Stage, staff_id: int, note: str = "") -> None:
        if target == self.stage:
            return
        if target not in TRANSITIONS[self.stage]:
            raise InvalidTransition(f"{self.reference}: {self.stage.value} -> {target.value}")
        self.stage = target
        self.history.append(StageEvent(target, staff_id, dt.datetime.now(dt.timezone.utc), note))

    @property
    def is_open(self) -> bool:
        return self.stage not in (Stage.COLLECTED, Stage.CANCELLED)

    def days_in_stage(self, now: dt.datetime | None = None) -> int:
        now = now or dt.datetime.now(dt.timezone.utc)
        entered = next((e.at for e in reversed(self.history) if e.stage == self.stage), None)
        return 0 if entered is None else (now - entered).days


def overdue(orders: list[HatOrder], stage: Stage, max_days: int) -> list[HatOrder]:
    return [o for o in orders if o.stage == stage and o.days_in_stage() > max_days]
