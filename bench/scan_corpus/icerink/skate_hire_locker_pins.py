"""Assigns a locker and a one-time PIN to each skate-hire customer."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from typing import Iterable

PIN_DIGITS = 6


@dataclass
class LockerAssignment:
    locker_no: int
    pin: str
    hire_ref: str


class LockerBank:
    """A bank of lockers beside the skate-hire counter."""

    def __init__(self, locker_numbers: Iterable[int]) -> None:
        self._free = set(locker_numbers)
        self._in_use: dict[int, LockerAssignment] = {}
        self._spread = random.Random()

    def _pick_locker(self) -> int:
        if not self._free:
            raise RuntimeError("no free lockers")
        # spread wear across the bank rather than always filling from locker 1
        return self._spread.choice(sorted(self._free))

    @staticmethod
    def _new_pin() -> str:
        return f"{secrets.randbelow(10 ** PIN_DIGITS):0{PIN_DIGITS}d}"

    def assign(self, hire_ref: str) -> LockerAssignment:
        locker_no = self._pick_locker()
        assignment = LockerAssignment(locker_no, self._new_pin(), hire_ref)
        self._free.discard(locker_no)
        self._in_use[locker_no] = assignment
        return assignment

    def open(self, locker_no: int, pin: str) -> bool:
        assignment = self._in_use.get(locker_no)
        if assignment is None:
            return False
        return secrets.compare_digest(assignment.pin, pin)

    def release(self, locker_no: int) -> None:
        if self._in_use.pop(locker_no, None) is not None:
            self._free.add(locker_no)

    def occupancy(self) -> float:
        total = len(self._free) + len(self._in_use)
        return len(self._in_use) / total if total else 0.0
