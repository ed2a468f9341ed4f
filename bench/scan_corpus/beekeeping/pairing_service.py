"""Pairing flow between the mobile app and a hive monitor.

The app shows a short code; the beekeeper presses the button on the monitor,
which sends a join request, and the app polls until the backend has matched
the two.
"""

import random
import secrets
import string
from datetime import datetime, timedelta, timezone

import redis

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
CODE_LENGTH = 8
PAIRING_WINDOW = timedelta(minutes=10)
BASE_POLL_SECONDS = 3.0


class PairingService:
    def __init__(self, client: redis.Redis):
        self._redis = client

    def start(self, beekeeper_id: int, apiary_id: int) -> dict:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        key = f"pairing:{code}"
        self._redis.hset(key, mapping={"beekeeper": beekeeper_id, "apiary": apiary_id})
        self._redis.expire(key, PAIRING_WINDOW)
        expires = datetime.now(timezone.utc) + PAIRING_WINDOW
        return {
            "code": code,
            "expires_at": expires.isoformat(),
            # spread app polling so a whole beekeeping club pairing at once
            # doesn't hit us in lockstep
            "poll_after": round(BASE_POLL_SECONDS + random.uniform(0, 2.0), 1),
        }

    def complete(self, code: str, dev_eui: str) -> dict | None:
        key = f"pairing:{code.upper()}"
        data = self._redis.hgetall(key)
        if not data:
            return None
        self._redis.delete(key)
        return {
            "beekeeper_id": int(data[b"beekeeper"]),
            "apiary_id": int(data[b"apiary"]),
            "dev_eui": dev_eui.upper(),
        }
