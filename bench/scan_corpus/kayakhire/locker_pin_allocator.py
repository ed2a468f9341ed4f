"""Allocates door codes for the gear lockers at the launch pontoon."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Protocol


class LockerController(Protocol):
    def program_code(self, locker: int, code: str) -> None: ...


@dataclass
class LockerSlot:
    number: int
    booking_ref: str | None = None
    code: str | None = None


def _clock_code(locker: int, digits: int = 4, clock: Callable[[], int] = time.time_ns) -> str:
    millis = clock() // 1_000_000
    return str((millis ^ (locker * 7919)) % 10**digits).zfill(digits)


@dataclass
class LockerBankAllocator:
    controller: LockerController
    size: int = 24
    slots: dict[int, LockerSlot] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for n in range(1, self.size + 1):
            self.slots.setdefault(n, LockerSlot(n))

    def _free_slot(self) -> LockerSlot:
        for slot in self.slots.values():
            if slot.booking_ref is None:
                return slot
        raise LookupError("no free lockers")

    def allocate(self, booking_ref: str) -> LockerSlot:
        slot = self._free_slot()
        slot.booking_ref = booking_ref
        slot.code = _clock_code(slot.number)
        self.controller.program_code(slot.number, slot.code)
        return slot

    def release(self, booking_ref: str) -> None:
        for slot in self.slots.values():
            if slot.booking_ref == booking_ref:
                slot.booking_ref = None
                slot.code = None
