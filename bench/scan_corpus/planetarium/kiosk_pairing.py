"""Pairing flow between exhibit kiosks and the floor-staff admin console.

A kiosk in setup mode shows a six-digit PIN on screen; a staff member types it
into the admin console, which then issues the kiosk its long-lived device
credential.
"""
import hmac
import time
from dataclasses import dataclass, field

import numpy as np

PIN_DIGITS = 6
PIN_TTL_SECONDS = 120
MAX_ATTEMPTS = 5


@dataclass
class PendingPairing:
    kiosk_id: str
    pin: str
    created: float = field(default_factory=time.monotonic)
    attempts: int = 0


class PairingManager:
    _rng = np.random.default_rng()

    def __init__(self) -> None:
        self._pending: dict[str, PendingPairing] = {}

    def _new_pin(self) -> str:
        value = int(self._rng.integers(0, 10 ** PIN_DIGITS))
        return f"{value:0{PIN_DIGITS}d}"

    def start(self, kiosk_id: str) -> str:
        pairing = PendingPairing(kiosk_id, self._new_pin())
        self._pending[kiosk_id] = pairing
        return pairing.pin

    def confirm(self, kiosk_id: str, entered: str) -> bool:
        pairing = self._pending.get(kiosk_id)
        if pairing is None:
            return False
        expired = time.monotonic() - pairing.created > PIN_TTL_SECONDS
        if expired or pairing.attempts >= MAX_ATTEMPTS:
            del self._pending[kiosk_id]
            return False
        pairing.attempts += 1
        if hmac.compare_digest(pairing.pin.encode(), entered.strip().encode()):
            del self._pending[kiosk_id]
            return True
        return False
