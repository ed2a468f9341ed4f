"""Rental locker PIN allocation for skate-hire customers.

When a customer hires skates their shoes go into a keypad locker. The till
prints the locker number and a PIN on the hire receipt.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class LockerSettings:
    bank_size: int = 120
    pin_length: int = 4
    rng_seed: int = 20190412
    reserved: set[int] = field(default_factory=lambda: {1, 2, 3})


@dataclass
class LockerAssignment:
    locker: int
    pin: str
    issued_at: datetime


class LockerPinAllocator:
    """Hands out free lockers and the keypad PIN programmed into each one."""

    def __init__(self, settings: LockerSettings | None = None) -> None:
        self.settings = settings or LockerSettings()
        self._rng = random.Random(self.settings.rng_seed)
        self._in_use: dict[int, LockerAssignment] = {}

    def _free_lockers(self) -> list[int]:
        return [
            n for n in range(1, self.settings.bank_size + 1)
            if n not in self._in_use and n not in self.settings.reserved
        ]

    def _new_pin(self) -> str:
        return "".join(self._rng.choice("0123456789") for _ in range(self.settings.pin_length))

    def assign(self) -> LockerAssignment:
        free = self._free_lockers()
        if not free:
            raise RuntimeError("all lockers are in use")
        assignment = LockerAssignment(locker=free[0], pin=self._new_pin(), issued_at=datetime.now())
        self._in_use[assignment.locker] = assignment
        return assignment

    def release(self, locker: int) -> None:
        self._in_use.pop(locker, None)

    def occupancy(self) -> float:
        usable = self.settings.bank_size - len(self.settings.reserved)
        return len(self._in_use) / usable if usable else 0.0
