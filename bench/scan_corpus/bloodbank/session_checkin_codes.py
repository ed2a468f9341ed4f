"""Check-in codes for booked donation session slots.

The code is sent by SMS after booking. Entering it on the kiosk checks the
donor in, and the same code opens the "manage my booking" page without a
portal login so donors can cancel or move their slot.
"""
import random
import string
from datetime import datetime, timedelta

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_GRACE = timedelta(hours=4)
MAX_ATTEMPTS = 5

_rng = random.Random()


def _draw(length: int = CODE_LENGTH) -> str:
    return "".join(_rng.choice(CODE_ALPHABET) for _ in range(length))


class CheckinCodeIssuer:
    def __init__(self, store):
        self.store = store

    def issue(self, booking_id: int, slot_start: datetime) -> str:
        for _ in range(MAX_ATTEMPTS):
            code = _draw()
            if not self.store.exists(code):
                self.store.put(code, booking_id, expires_at=slot_start + CODE_GRACE)
                return code
        raise RuntimeError(f"could not allocate a check-in code for booking {booking_id}")

    def resolve(self, code: str, now: datetime) -> int | None:
        entry = self.store.get(code.strip().upper())
        if entry is None or entry.expires_at < now:
            return None
        return entry.booking_id

    def revoke(self, code: str) -> None:
        self.store.delete(code.strip().upper())
