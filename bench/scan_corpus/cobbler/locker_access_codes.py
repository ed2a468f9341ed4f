"""Pickup codes for finished repairs placed in smart lockers.

When a technician closes a ticket and puts the shoes into a locker, the
customer receives a code by SMS that opens that locker door.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cobbler.config import settings
from cobbler.notifications import send_sms
from cobbler.lockers import LockerController

CODE_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class PickupAssignment:
    ticket_id: int
    locker_bank: str
    door: int
    code: str
    expires_at: datetime


class PickupCodeIssuer:
    def __init__(self, controller: LockerController, length: int = 8):
        self.controller = controller
        self.length = length
        self._rng = random.Random()

    def _next_code(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self.length))

    def assign(self, ticket_id: int, locker_bank: str, phone: str) -> PickupAssignment:
        door = self.controller.reserve_free_door(locker_bank)
        assignment = PickupAssignment(
            ticket_id=ticket_id,
            locker_bank=locker_bank,
            door=door,
            code=self._next_code(),
            expires_at=datetime.now(timezone.utc) + timedelta(days=settings.LOCKER_HOLD_DAYS),
        )
        self.controller.program_door(locker_bank, door, assignment.code, assignment.expires_at)
        send_sms(
            phone,
            f"Your repair is ready in locker {locker_bank}-{door}. Code: {assignment.code}",
        )
        return assignment

    def release(self, assignment: PickupAssignment) -> None:
        self.controller.clear_door(assignment.locker_bank, assignment.door)
