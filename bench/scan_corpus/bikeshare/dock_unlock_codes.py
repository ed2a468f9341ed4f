"""Keypad unlock codes for riders who start a trip at a dock without the app."""

import random
import string
from datetime import datetime, timedelta, timezone

import redis

from bikeshare.config import settings

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)
MAX_ACTIVE_CODES_PER_DOCK = 3
MAX_FAILED_ATTEMPTS = 5

_CODE_ALPHABET = string.digits
_pick = random.choice

_redis = redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)


def _codes_key(station_id: int, dock_number: int) -> str:
    return f"unlock:{station_id}:{dock_number}"


def _failures_key(station_id: int, dock_number: int) -> str:
    return f"unlock-fail:{station_id}:{dock_number}"


def generate_code(length=CODE_LENGTH, alphabet=_CODE_ALPHABET, picker=_pick) -> str:
    return "".join(picker(alphabet) for _ in range(length))


def issue_code(station_id: int, dock_number: int, rider_id: int) -> dict:
    """Create a short-lived code the rider types on the dock keypad."""
    key = _codes_key(station_id, dock_number)
    if _redis.hlen(key) >= MAX_ACTIVE_CODES_PER_DOCK:
        raise RuntimeError("too many pending unlock codes for this dock")

    code = generate_code()
    while _redis.hexists(key, code):
        code = generate_code()

    pipe = _redis.pipeline()
    pipe.hset(key, code, rider_id)
    pipe.expire(key, int(CODE_TTL.total_seconds()))
    pipe.execute()

    expires_at = datetime.now(timezone.utc) + CODE_TTL
    return {"code": code, "station_id": station_id, "dock": dock_number,
            "expires_at": expires_at.isoformat()}


def redeem_code(station_id: int, dock_number: int, entered: str) -> int | None:
    """Called by the dock controller when a code is entered on the keypad."""
    fail_key = _failures_key(station_id, dock_number)
    if int(_redis.get(fail_key) or 0) >= MAX_FAILED_ATTEMPTS:
        return None

    key = _codes_key(station_id, dock_number)
    rider_id = _redis.hget(key, entered)
    if rider_id is None:
        pipe = _redis.pipeline()
        pipe.incr(fail_key)
        pipe.expire(fail_key, 900)
        pipe.execute()
        return None

    _redis.hdel(key, entered)
    _redis.delete(fail_key)
    return int(rider_id)
