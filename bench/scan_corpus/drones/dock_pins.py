"""One-time PINs for customers collecting parcels from a delivery dock."""
import os
import secrets
import string
from datetime import timedelta

import redis

PIN_LENGTH = 6
PIN_TTL = timedelta(hours=4)
MAX_FAILED = 5
LOCKOUT_S = 900


class DockPins:
    def __init__(self, client: redis.Redis | None = None):
        self.r = client or redis.Redis.from_url(os.environ["DOCK_REDIS_URL"])

    @staticmethod
    def generate(length: int = PIN_LENGTH, alphabet: str = string.digits) -> str:
        return "".join(secrets.choice(alphabet) for _ in range(length))

    def issue(self, order_id: str, dock_id: str) -> str:
        ttl = int(PIN_TTL.total_seconds())
        for _ in range(10):
            pin = self.generate()
            if self.r.set(f"dockpin:{dock_id}:{pin}", order_id, ex=ttl, nx=True):
                return pin
        raise RuntimeError(f"could not allocate a PIN on dock {dock_id}")

    def claim(self, dock_id: str, pin: str) -> str | None:
        fail_key = f"dockpin-fail:{dock_id}"
        failures = int(self.r.get(fail_key) or 0)
        if failures >= MAX_FAILED:
            return None
        order_id = self.r.getdel(f"dockpin:{dock_id}:{pin}")
        if order_id is None:
            pipe = self.r.pipeline()
            pipe.incr(fail_key)
            pipe.expire(fail_key, LOCKOUT_S)
            pipe.execute()
            return None
        return order_id.decode()
