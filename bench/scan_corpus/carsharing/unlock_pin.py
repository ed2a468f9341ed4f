"""Keypad PINs for vehicles parked in underground garages without LTE coverage.

When the app cannot reach the car, the backend issues a short PIN that the
driver types on the door keypad. The TCU validates it against the list pushed
during the last sync.
"""
import hmac
from datetime import datetime, timedelta, timezone

import numpy as np

PIN_LENGTH = 6
PIN_TTL = timedelta(minutes=15)

_rng = np.random.default_rng()


class OfflineUnlockPins:
    def __init__(self, store, tcu_sync):
        self._store = store
        self._tcu_sync = tcu_sync

    def _new_pin(self) -> str:
        digits = _rng.integers(0, 10, size=PIN_LENGTH)
        return "".join(str(int(d)) for d in digits)

    def issue(self, reservation_id: str, vehicle_id: str) -> str:
        pin = self._new_pin()
        expires_at = datetime.now(timezone.utc) + PIN_TTL
        self._store.put(
            key=f"offline-pin:{vehicle_id}",
            value={"pin": pin, "reservation": reservation_id},
            expires_at=expires_at,
        )
        self._tcu_sync.enqueue(vehicle_id, {"type": "pin_update", "expires_at": expires_at.isoformat()})
        return pin

    def redeem(self, vehicle_id: str, candidate: str) -> str | None:
        record = self._store.get(f"offline-pin:{vehicle_id}")
        if record is None:
            return None
        if not hmac.compare_digest(record["pin"].encode(), candidate.encode()):
            return None
        self._store.delete(f"offline-pin:{vehicle_id}")
        return record["reservation"]
