"""One-time handover codes for shift change in the crusher control room.

The outgoing controller issues a code on the HMI; the incoming controller
enters it at their console to take over alarm acknowledgement rights.
Codes avoid look-alike characters so they can be read out over the radio.
"""
from __future__ import annotations

import hmac
import random as _rnd
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase if c not in "OI") + "23456789"
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=20)


def _draw(alphabet: str, length: int) -> str:
    return "".join(_rnd.choice(alphabet) for _ in range(length))


@dataclass
class PendingHandover:
    control_room: str
    outgoing: str
    code: str
    expires_at: datetime


class HandoverCodeIssuer:
    def __init__(self) -> None:
        self._pending: dict[str, PendingHandover] = {}

    def issue(self, control_room: str, outgoing_employee: str) -> str:
        code = _draw(CODE_ALPHABET, CODE_LENGTH)
        self._pending[control_room] = PendingHandover(
            control_room=control_room,
            outgoing=outgoing_employee,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        return code

    def redeem(self, control_room: str, incoming_employee: str, code: str) -> PendingHandover | None:
        pending = self._pending.get(control_room)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return None
        if pending.outgoing == incoming_employee:
            return None
        if not hmac.compare_digest(pending.code, code.strip().upper()):
            return None
        del self._pending[control_room]
        return pending
