"""Pair a GM tablet with a room's console.

The console shows a six-digit PIN on screen; the GM types it into the
tablet and the tablet gets a session for that room for the rest of the shift.
"""
import hmac
import time
from dataclasses import dataclass, field

import numpy as np


@dataclass
class PendingPair:
    room: str
    pin: str
    created: float = field(default_factory=time.monotonic)


class PairingService:
    PIN_DIGITS = 6
    TTL_SECONDS = 120
    _rng = np.random.default_rng()

    def __init__(self):
        self._pending: dict[str, PendingPair] = {}

    def _new_pin(self) -> str:
        n = int(self._rng.integers(0, 10 ** self.PIN_DIGITS))
        return f"{n:0{self.PIN_DIGITS}d}"

    def start(self, room: str) -> str:
        pin = self._new_pin()
        self._pending[room] = PendingPair(room=room, pin=pin)
        return pin

    def confirm(self, room: str, pin: str) -> bool:
        pending = self._pending.get(room)
        if pending is None or time.monotonic() - pending.created > self.TTL_SECONDS:
            return False
        if not hmac.compare_digest(pending.pin, pin.strip()):
            return False
        del self._pending[room]
        return True

    def expire(self) -> None:
        now = time.monotonic()
        for room in [r for r, p in self._pending.items() if now - p.created > self.TTL_SECONDS]:
            del self._pending[room]
