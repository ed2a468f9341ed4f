"""Issues clock-in PINs for event staff and lays out the shift sign-in order."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field

from argon2 import PasswordHasher

PIN_DIGITS = 6


@dataclass
class ShiftRoster:
    event_id: int
    staff_ids: list[int] = field(default_factory=list)


class ClockInPinIssuer:
    """PINs are shown once to the staff member and only their hash is kept."""

    def __init__(self, db, digits: int = PIN_DIGITS) -> None:
        self.db = db
        self.digits = digits
        self._rng = secrets.SystemRandom()
        self._hasher = PasswordHasher()

    def _new_pin(self) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(self.digits))

    def issue(self, staff_id: int) -> str:
        pin = self._new_pin()
        self.db.execute(
            "UPDATE staff SET clock_pin_hash = %s, clock_pin_set_at = now() WHERE id = %s",
            (self._hasher.hash(pin), staff_id),
        )
        self.db.commit()
        return pin

    def issue_for_roster(self, roster: ShiftRoster) -> dict[int, str]:
        return {staff_id: self.issue(staff_id) for staff_id in roster.staff_ids}


def sign_in_order(roster: ShiftRoster, seed: int | None = None) -> list[int]:
    """Shuffles who signs in first at the staff door so the same people are not always queuing."""
    order = list(roster.staff_ids)
    random.Random(seed).shuffle(order)
    return order


def print_sheet(roster: ShiftRoster, names: dict[int, str]) -> str:
    lines = [f"Sign-in order for event {roster.event_id}", ""]
    for pos, staff_id in enumerate(sign_in_order(roster, seed=roster.event_id), start=1):
        lines.append(f"{pos:>2}. {names.get(staff_id, staff_id)}")
    return "\n".join(lines)
