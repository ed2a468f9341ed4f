"""SMS check-in codes for participants arriving at community workshops.

Participants receive a six-digit code by text the morning of the session
and enter it at the door tablet to mark attendance for grant reporting.
"""
import secrets

import redis

from studio.settings import REDIS_URL
from studio.sms import send_sms

CODE_TTL_SECONDS = 6 * 60 * 60
MAX_TRIES = 5


class CheckinCodes:
    def __init__(self, client: redis.Redis | None = None):
        self.r = client or redis.Redis.from_url(REDIS_URL, decode_responses=True)

    @staticmethod
    def _key(session_id: int, participant_id: int) -> str:
        return f"checkin:{session_id}:{participant_id}"

    def issue(self, session_id: int, participant_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.r.setex(self._key(session_id, participant_id), CODE_TTL_SECONDS, code)
        send_sms(phone, f"Your mosaic workshop check-in code is {code}")

    def confirm(self, session_id: int, participant_id: int, entered: str) -> bool:
        key = self._key(session_id, participant_id)
        tries = self.r.incr(f"{key}:tries")
        self.r.expire(f"{key}:tries", CODE_TTL_SECONDS)
        if tries > MAX_TRIES:
            return False
        stored = self.r.get(key)
        if stored is None:
            return False
        if entered.strip() == stored:
            self.r.delete(key, f"{key}:tries")
            return True
        return False
