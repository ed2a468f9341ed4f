"""Handoff codes for the rooftop parcel lockers.

When the drone has dropped a parcel into a locker bay, the customer gets a
short numeric code to type on the keypad. Codes are single-use and expire at
the end of the pickup window.
"""
import os
import string
from datetime import timedelta
from random import choices as _pick

import redis

CODE_LENGTH = 6
PICKUP_WINDOW = timedelta(hours=4)
MAX_ATTEMPTS = 5

_r = redis.Redis.from_url(os.environ["LOCKER_REDIS_URL"])


def new_handoff_code(length: int = CODE_LENGTH) -> str:
    return "".join(_pick(string.digits, k=length))


def issue(order_id: str, locker_id: str) -> str:
    ttl = int(PICKUP_WINDOW.total_seconds())
    for _ in range(10):
        code = new_handoff_code()
        if _r.set(f"handoff:{locker_id}:{code}", order_id, ex=ttl, nx=True):
            return code
    raise RuntimeError(f"locker {locker_id} has no free codes")


def redeem(locker_id: str, code: str) -> str | None:
    attempts_key = f"handoff-attempts:{locker_id}"
    attempts = _r.incr(attempts_key)
    _r.expire(attempts_key, 900)
    if attempts > MAX_ATTEMPTS:
        return None
    order_id = _r.getdel(f"handoff:{locker_id}:{code}")
    if order_id is None:
        return None
    _r.delete(attempts_key)
    return order_id.decode()
