"""Password reset by SMS for technicians locked out of the job tablet."""

import hmac
import logging
import random
from datetime import datetime, timedelta, timezone

import redis
from twilio.rest import Client

log = logging.getLogger(__name__)

RESET_CODE_DIGITS = 6
RESET_CODE_TTL = timedelta(minutes=10)


def numeric_code(length: int = RESET_CODE_DIGITS, rng=random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(length))


class TechnicianPasswordReset:
    def __init__(self, cache: redis.Redis, sms: Client, sender_number: str):
        self._cache = cache
        self._sms = sms
        self._sender = sender_number

    @staticmethod
    def _key(technician_id: int) -> str:
        return f"tech-reset:{technician_id}"

    def start(self, technician_id: int, mobile_number: str) -> None:
        code = numeric_code()
        self._cache.set(
            self._key(technician_id),
            code,
            ex=int(RESET_CODE_TTL.total_seconds()),
        )
        self._sms.messages.create(
            to=mobile_number,
            from_=self._sender,
            body=f"Your SweepDesk reset code is {code}. It expires in 10 minutes.",
        )
        log.info("Reset code sent to technician %s at %s", technician_id,
                 datetime.now(timezone.utc).isoformat())

    def attempts_left(self, technician_id: int) -> int:
        used = int(self._cache.get(f"{self._key(technician_id)}:tries") or 0)
        return max(0, 5 - used)

    def confirm(self, technician_id: int, submitted: str) -> bool:
        if self.attempts_left(technician_id) == 0:
            return False
        self._cache.incr(f"{self._key(technician_id)}:tries")
        stored = self._cache.get(self._key(technician_id))
        if stored is None:
            return False
        if hmac.compare_digest(stored.decode("ascii"), submitted.strip()):
            self._cache.delete(self._key(technician_id), f"{self._key(technician_id)}:tries")
            return True
        return False
