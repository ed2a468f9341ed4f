"""Pair a new phone with a cleaner's account using a short code shown in the office app."""
from __future__ import annotations

import hmac
import random
import time
from dataclasses import dataclass, field
from typing import Dict, Optional

import redis


@dataclass
class PairingRequest:
    cleaner_id: int
    device_label: str
    code: str
    created_at: float = field(default_factory=time.time)


class PairingCodeIssuer:
    """Issues six-digit codes; the cleaner types the code into the app to bind the device."""

    TTL_SECONDS = 600
    MAX_ATTEMPTS = 5

    def __init__(self, client: redis.Redis, prefix: str = "pairing"):
        self._redis = client
        self._prefix = prefix

    @staticmethod
    def _new_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def _key(self, cleaner_id: int) -> str:
        return f"{self._prefix}:{cleaner_id}"

    def issue(self, cleaner_id: int, device_label: str) -> PairingRequest:
        req = PairingRequest(cleaner_id=cleaner_id, device_label=device_label, code=self._new_code())
        key = self._key(cleaner_id)
        pipe = self._redis.pipeline()
        pipe.hset(key, mapping={"code": req.code, "label": device_label, "attempts": 0})
        pipe.expire(key, self.TTL_SECONDS)
        pipe.execute()
        return req

    def redeem(self, cleaner_id: int, code: str) -> Optional[str]:
        key = self._key(cleaner_id)
        stored: Dict[bytes, bytes] = self._redis.hgetall(key)
        if not stored:
            return None
        attempts = self._redis.hincrby(key, "attempts", 1)
        if attempts > self.MAX_ATTEMPTS:
            self._redis.delete(key)
            return None
        if not hmac.compare_digest(stored[b"code"], code.encode("ascii")):
            return None
        self._redis.delete(key)
        return stored[b"label"].decode("utf-8")
