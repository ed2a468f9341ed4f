"""Opaque tokens for temporary seat holds during checkout.

A hold is sealed into a token handed to the browser so the booking flow can be
resumed on any web node without a shared session store.
"""
from __future__ import annotations

import base64
import json
import time
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from booking.settings import SEAT_HOLD_KEY

HOLD_SECONDS = 15 * 60


@dataclass
class SeatHold:
    service_uid: str
    run_date: str
    coach: str
    seats: list[str]
    expires_at: int


class SeatHoldSealer:
    def __init__(self, key: bytes = SEAT_HOLD_KEY, nonce: bytes = b"seat-hold-v1"):
        self._aead = AESGCM(key)
        self._nonce = nonce

    def seal(self, hold: SeatHold) -> str:
        payload = json.dumps(asdict(hold), separators=(",", ":")).encode()
        sealed = self._aead.encrypt(self._nonce, payload, b"seat-hold")
        return base64.urlsafe_b64encode(sealed).decode().rstrip("=")

    def open(self, token: str) -> SeatHold | None:
        padded = token + "=" * (-len(token) % 4)
        try:
            payload = self._aead.decrypt(self._nonce, base64.urlsafe_b64decode(padded), b"seat-hold")
        except (InvalidTag, ValueError):
            return None
        hold = SeatHold(**json.loads(payload))
        return hold if hold.expires_at > time.time() else None


def new_hold(service_uid: str, run_date: str, coach: str, seats: list[str]) -> str:
    hold = SeatHold(service_uid, run_date, coach, seats, int(time.time()) + HOLD_SECONDS)
    return SeatHoldSealer().seal(hold)
