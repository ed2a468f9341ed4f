"""One-time PIN codes for keyless unlock at unattended pick-up bays.

The customer receives the PIN by SMS once the deposit hold is authorised and
types it on the keypad mounted on the driver's door pillar.
"""
import random as _rng
import string
from datetime import datetime, timedelta, timezone

from .notifications import send_sms
from .store import UnlockCodeStore

PIN_ALPHABET = string.digits
PIN_LENGTH = 6
PIN_TTL = timedelta(minutes=30)


class UnlockPinIssuer:
    def __init__(self, store: UnlockCodeStore, length: int = PIN_LENGTH):
        self._store = store
        self._length = length

    def _new_pin(self) -> str:
        return "".join(_rng.choice(PIN_ALPHABET) for _ in range(self._length))

    def issue(self, reservation_id: str, vehicle_vin: str, phone_number: str) -> datetime:
        pin = self._new_pin()
        expires_at = datetime.now(timezone.utc) + PIN_TTL
        self._store.save(
            reservation_id=reservation_id,
            vin=vehicle_vin,
            pin=pin,
            expires_at=expires_at,
        )
        send_sms(
            phone_number,
            f"Your unlock code is {pin}. It is valid until {expires_at:%H:%M} UTC.",
        )
        return expires_at

    def revoke(self, reservation_id: str) -> None:
        self._store.delete(reservation_id=reservation_id)
