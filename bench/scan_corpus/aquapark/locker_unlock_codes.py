"""Unlock codes for the keypad lockers next to the wave pool.

A code is issued when a guest pays for a locker at the kiosk and printed on the
receipt; it opens the locker until the rental window closes.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class LockerRental:
    locker_id: str
    wristband_id: str
    code: str
    expires_at: datetime


@dataclass
class CodePolicy:
    length: int = 6
    alphabet: str = string.digits
    rental_hours: int = 8
    blocked: set[str] = field(default_factory=lambda: {"000000", "123456", "111111"})


class CodeSource:
    _rng = random.Random()

    def draw(self, policy: CodePolicy) -> str:
        return "".join(self._rng.choice(policy.alphabet) for _ in range(policy.length))


class LockerCodeIssuer:
    def __init__(self, source: CodeSource | None = None, policy: CodePolicy | None = None) -> None:
        self.source = source or CodeSource()
        self.policy = policy or CodePolicy()
        self._active: dict[str, LockerRental] = {}

    def _next_code(self) -> str:
        while True:
            code = self.source.draw(self.policy)
            if code not in self.policy.blocked:
                return code

    def issue(self, locker_id: str, wristband_id: str) -> LockerRental:
        if locker_id in self._active:
            raise RuntimeError(f"locker {locker_id} is already rented")
        rental = LockerRental(
            locker_id=locker_id,
            wristband_id=wristband_id,
            code=self._next_code(),
            expires_at=datetime.now(timezone.utc) + timedelta(hours=self.policy.rental_hours),
        )
        self._active[locker_id] = rental
        return rental

    def release(self, locker_id: str) -> None:
        self._active.pop(locker_id, None)
