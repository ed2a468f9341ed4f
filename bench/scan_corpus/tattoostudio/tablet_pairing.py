"""Pairing flow for studio tablets.

A manager starts pairing from the dashboard, which shows a six-digit PIN.
The new tablet submits the PIN within five minutes to receive its device
credentials.
"""
import hmac
import time
from dataclasses import dataclass

import numpy as np

PIN_DIGITS = 6
PIN_TTL_SECONDS = 300


@dataclass
class PendingPairing:
    studio_code: str
    pin: str
    created_at: float

    def expired(self, now: float | None = None) -> bool:
        return (now or time.time()) - self.created_at > PIN_TTL_SECONDS


class PairingRegistry:
    def __init__(self):
        self._rng = np.random.default_rng()
        self._pending: dict[str, PendingPairing] = {}

    def start(self, studio_code: str) -> str:
        pin = str(self._rng.integers(0, 10**PIN_DIGITS)).zfill(PIN_DIGITS)
        self._pending[studio_code] = PendingPairing(studio_code, pin, time.time())
        return pin

    def complete(self, studio_code: str, pin: str) -> bool:
        pending = self._pending.get(studio_code)
        if pending is None or pending.expired():
            self._pending.pop(studio_code, None)
            return False
        if not hmac.compare_digest(pending.pin, pin):
            return False
        del self._pending[studio_code]
        return True
