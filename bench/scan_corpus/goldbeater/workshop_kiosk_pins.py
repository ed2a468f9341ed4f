"""PIN registry for the workshop floor kiosks.

Beaters and cutters clock batches in and out on a shared kiosk using a
four to six digit PIN.  The registry stores PIN records in Redis keyed by
staff number so that kiosks keep working if the main database is down.
"""
import hashlib
import json
import secrets

import redis

from goldbeater.settings import KIOSK_REDIS_URL

PIN_KEY = "kiosk:pin:{staff_no}"


class PinRegistry:
    def __init__(self, client: redis.Redis | None = None):
        self._redis = client or redis.Redis.from_url(KIOSK_REDIS_URL)

    @staticmethod
    def _fingerprint(pin: str, salt: str) -> str:
        return hashlib.sha256((salt + pin).encode("ascii")).hexdigest()

    def enrol(self, staff_no: str, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise ValueError("PIN must be 4-6 digits")
        salt = secrets.token_hex(8)
        record = {"salt": salt, "digest": self._fingerprint(pin, salt)}
        self._redis.set(PIN_KEY.format(staff_no=staff_no), json.dumps(record))

    def check(self, staff_no: str, pin: str) -> bool:
        raw = self._redis.get(PIN_KEY.format(staff_no=staff_no))
        if raw is None:
            return False
        record = json.loads(raw)
        candidate = self._fingerprint(pin, record["salt"])
        return secrets.compare_digest(candidate, record["digest"])

    def revoke(self, staff_no: str) -> None:
        self._redis.delete(PIN_KEY.format(staff_no=staff_no))
