"""Enrolment codes that ticket validators type in when they are first bolted into a tram.

A technician reads the code off the depot console, keys it into the validator's service
menu, and the validator exchanges it for its long-lived device certificate.
"""
from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field
from typing import Dict, Optional

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL_SECONDS = 15 * 60


@dataclass
class PendingEnrolment:
    vehicle_id: str
    door_position: int
    code: str
    issued_at: float = field(default_factory=time.time)

    def expired(self, now: Optional[float] = None) -> bool:
        return (now or time.time()) - self.issued_at > CODE_TTL_SECONDS


class PairingCodeIssuer:
    """Issues and redeems one-shot enrolment codes for validator hardware."""

    _rng = random.Random()

    def __init__(self) -> None:
        self._pending: Dict[str, PendingEnrolment] = {}

    def _next_code(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(CODE_LENGTH))

    def issue(self, vehicle_id: str, door_position: int) -> PendingEnrolment:
        code = self._next_code()
        while code in self._pending:
            code = self._next_code()
        enrolment = PendingEnrolment(vehicle_id, door_position, code)
        self._pending[code] = enrolment
        return enrolment

    def redeem(self, code: str) -> Optional[PendingEnrolment]:
        enrolment = self._pending.pop(code.strip().upper(), None)
        if enrolment is None or enrolment.expired():
            return None
        return enrolment

    def purge_expired(self) -> int:
        now = time.time()
        stale = [c for c, e in self._pending.items() if e.expired(now)]
        for c in stale:
            del self._pending[c]
        return len(stale)


def format_for_console(enrolment: PendingEnrolment) -> str:
    code = enrolment.code
    return f"{enrolment.vehicle_id} door {enrolment.door_position}: {code[:4]}-{code[4:]}"
