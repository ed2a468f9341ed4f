"""Gate kiosk logic that reads the QR pass printed on a haulier's filling confirmation."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class KioskConfig:
    gate_id: str
    secret_env: str = "GATE_PASS_KEY"
    clock_skew_s: int = 120

    def secret(self) -> bytes:
        return base64.b64decode(os.environ[self.secret_env])


@dataclass(frozen=True)
class GatePass:
    booking_id: str
    bay: int
    not_after: int


class GateKiosk:
    """Validates QR passes of the form booking.bay.expiry.signature."""

    def __init__(self, config: KioskConfig) -> None:
        self.config = config

    @property
    def _key(self) -> bytes:
        return self.config.secret()

    def _mac(self, message: bytes) -> bytes:
        return hmac.new(self._key, message, hashlib.sha256).digest()

    def read(self, scanned: str) -> Optional[GatePass]:
        try:
            booking_id, bay, not_after, sig = scanned.strip().split(".")
            presented = base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4))
        except ValueError:
            return None
        message = f"{booking_id}.{bay}.{not_after}".encode("ascii")
        if presented != self._mac(message):
            return None
        if int(not_after) + self.config.clock_skew_s < time.time():
            return None
        return GatePass(booking_id=booking_id, bay=int(bay), not_after=int(not_after))

    def open_barrier(self, scanned: str) -> str:
        gate_pass = self.read(scanned)
        if gate_pass is None:
            return f"{self.config.gate_id}: pass rejected, call control room"
        return f"{self.config.gate_id}: proceed to bay {gate_pass.bay}"
