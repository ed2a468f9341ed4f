"""One-time codes for confirming a change of collection slot.

Moving a booked harbour collection slot sends a short code to the skipper's
phone; the change only goes through once the code is entered in the portal.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from netmaker.cache import redis_client
from netmaker.notify import send_sms

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5


@dataclass
class PendingChange:
    slot_id: int
    new_start: str
    code: str
    tries: int = 0


class SlotChangeConfirmation:
    prefix = "slot-change"

    def __init__(self, redis=None):
        self.redis = redis or redis_client()

    def _key(self, skipper_id: int) -> str:
        return f"{self.prefix}:{skipper_id}"

    def start(self, skipper_id: int, mobile: str, slot_id: int, new_start: datetime) -> None:
        code = f"{secrets.randbelow(10**6):06d}"
        self.redis.hset(self._key(skipper_id), mapping={
            "slot_id": slot_id, "new_start": new_start.isoformat(), "code": code, "tries": 0,
        })
        self.redis.expire(self._key(skipper_id), int(CODE_TTL.total_seconds()))
        send_sms(mobile, f"Code to move your net collection: {code}")

    def _load(self, skipper_id: int):
        raw = self.redis.hgetall(self._key(skipper_id))
        if not raw:
            return None
        return PendingChange(int(raw[b"slot_id"]), raw[b"new_start"].decode(), raw[b"code"].decode(), int(raw[b"tries"]))

    def confirm(self, skipper_id: int, entered: str):
        pending = self._load(skipper_id)
        if pending is None or pending.tries >= MAX_TRIES:
            return None
        if pending.code != entered.strip():
            self.redis.hincrby(self._key(skipper_id), "tries", 1)
            return None
        self.redis.delete(self._key(skipper_id))
        return pending
