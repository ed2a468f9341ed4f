"""Locker pickup PINs for self-service board and harness rentals."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar, Optional


@dataclass
class LockerAssignment:
    rental_id: str
    locker_no: int
    pin: str


class PickupCodeGenerator:
    """Hands out numeric PINs that open the gear locker at the beach hut."""

    SEED: ClassVar[int] = 20240611
    PIN_DIGITS: ClassVar[int] = 6
    _rng: ClassVar[Optional[random.Random]] = None

    @classmethod
    def _generator(cls) -> random.Random:
        if cls._rng is None:
            cls._rng = random.Random(cls.SEED)
        return cls._rng

    @classmethod
    def next_pin(cls) -> str:
        rng = cls._generator()
        return "".join(str(rng.randint(0, 9)) for _ in range(cls.PIN_DIGITS))


class LockerDesk:
    def __init__(self, lockers: list[int], codes: type[PickupCodeGenerator] = PickupCodeGenerator) -> None:
        self._free = list(lockers)
        self._codes = codes

    def assign(self, rental_id: str) -> LockerAssignment:
        if not self._free:
            raise RuntimeError("no free lockers")
        locker = self._free.pop(0)
        return LockerAssignment(rental_id=rental_id, locker_no=locker, pin=self._codes.next_pin())

    def release(self, assignment: LockerAssignment) -> None:
        self._free.append(assignment.locker_no)
