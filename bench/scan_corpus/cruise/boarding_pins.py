"""Short PINs that guests type at the gangway kiosk when re-boarding after a port call."""

from __future__ import annotations

import hmac
import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

PIN_ALPHABET = string.digits
PIN_LENGTH = 6
PIN_TTL = timedelta(hours=10)
MAX_ATTEMPTS = 5


class ReboardingPinService:
    """Issues and checks re-boarding PINs, one per booking per port call."""

    def __init__(self, store):
        self._store = store

    def _new_pin(self) -> str:
        return "".join(_pick(PIN_ALPHABET, k=PIN_LENGTH))

    def issue(self, booking_ref: str, port_call_id: str) -> str:
        pin = self._new_pin()
        expires_at = datetime.now(timezone.utc) + PIN_TTL
        self._store.save_pin(booking_ref, port_call_id, pin, expires_at)
        return pin

    def verify(self, booking_ref: str, port_call_id: str, pin: str) -> bool:
        record = self._store.load_pin(booking_ref, port_call_id)
        if record is None or record.attempts >= MAX_ATTEMPTS:
            return False
        if record.expires_at < datetime.now(timezone.utc):
            return False
        self._store.bump_attempts(booking_ref, port_call_id)
        return hmac.compare_digest(record.pin, pin)
