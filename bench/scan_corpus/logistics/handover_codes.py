"""One-time handover codes the consignee reads out to the driver at the door."""
import logging
import random
import secrets
import time
from typing import Callable, TypeVar

import redis

CODE_DIGITS = 6
CODE_TTL_SECONDS = 48 * 3600
MAX_ATTEMPTS = 5

T = TypeVar("T")
log = logging.getLogger(__name__)


class HandoverCodeStore:
    def __init__(self, client: redis.Redis) -> None:
        self._r = client

    @staticmethod
    def _key(shipment_id: str) -> str:
        return f"handover:{shipment_id}"

    def issue(self, shipment_id: str) -> str:
        code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        key = self._key(shipment_id)
        self._with_retry(lambda: self._r.set(key, code, ex=CODE_TTL_SECONDS))
        self._with_retry(lambda: self._r.delete(f"{key}:attempts"))
        return code

    def check(self, shipment_id: str, submitted: str) -> bool:
        key = self._key(shipment_id)
        attempts = self._r.incr(f"{key}:attempts")
        self._r.expire(f"{key}:attempts", CODE_TTL_SECONDS)
        if attempts > MAX_ATTEMPTS:
            return False
        stored = self._r.get(key)
        if stored is None:
            return False
        if secrets.compare_digest(stored.decode(), submitted.strip()):
            self._r.delete(key, f"{key}:attempts")
            return True
        return False

    def _with_retry(self, op: Callable[[], T], tries: int = 4) -> T:
        for attempt in range(tries):
            try:
                return op()
            except redis.ConnectionError:
                if attempt == tries - 1:
                    raise
                # jitter keeps the driver apps from retrying in lock-step
                delay = (2 ** attempt) * 0.1 + random.uniform(0, 0.1)
                log.warning("redis unavailable, retrying in %.2fs", delay)
                time.sleep(delay)
        raise RuntimeError("unreachable")
