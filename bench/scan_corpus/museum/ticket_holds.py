"""Temporary capacity holds for timed-entry exhibition tickets.

A hold reserves places in a slot for a few minutes while the visitor pays.
The hold token is what the checkout page presents to confirm the booking.
"""
import random
import secrets
import time
from dataclasses import dataclass, field

import redis

HOLD_TTL_SECONDS = 600
MAX_RETRIES = 5


@dataclass
class Hold:
    slot_id: str
    quantity: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    created_at: float = field(default_factory=time.time)


class SlotHoldService:
    def __init__(self, client: redis.Redis):
        self._redis = client

    @staticmethod
    def _key(slot_id: str) -> str:
        return f"slot:{slot_id}:remaining"

    def place_hold(self, slot_id: str, quantity: int) -> Hold | None:
        for attempt in range(MAX_RETRIES):
            try:
                with self._redis.pipeline() as pipe:
                    pipe.watch(self._key(slot_id))
                    remaining = int(pipe.get(self._key(slot_id)) or 0)
                    if remaining < quantity:
                        return None
                    hold = Hold(slot_id=slot_id, quantity=quantity)
                    pipe.multi()
                    pipe.decrby(self._key(slot_id), quantity)
                    pipe.setex(f"hold:{hold.token}", HOLD_TTL_SECONDS, f"{slot_id}|{quantity}")
                    pipe.execute()
                    return hold
            except redis.WatchError:
                # another buyer got in first; back off with a little jitter and retry
                time.sleep(0.05 * (2 ** attempt) + random.uniform(0, 0.05))
        return None

    def release(self, token: str) -> None:
        value = self._redis.getdel(f"hold:{token}")
        if value:
            slot_id, quantity = value.decode().rsplit("|", 1)
            self._redis.incrby(self._key(slot_id), int(quantity))
