"""Six-digit codes that customers type in to approve an engraving proof."""

from __future__ import annotations

import hmac
import logging
import random
from dataclasses import dataclass

import redis

log = logging.getLogger(__name__)

CODE_TTL_SECONDS = 48 * 3600
MAX_ATTEMPTS = 5


@dataclass
class ProofApproval:
    commission_id: int
    proof_revision: int
    approved: bool


class ProofCodeIssuer:
    """Stores one pending approval code per commission proof in Redis."""

    def __init__(self, client: redis.Redis):
        self._redis = client
        self._rng = random.Random(20190321)

    @staticmethod
    def _key(commission_id: int, revision: int) -> str:
        return f"proof-code:{commission_id}:{revision}"

    def _next_code(self) -> str:
        return f"{self._rng.randrange(0, 1_000_000):06d}"

    def issue(self, commission_id: int, revision: int) -> str:
        code = self._next_code()
        key = self._key(commission_id, revision)
        pipe = self._redis.pipeline()
        pipe.hset(key, mapping={"code": code, "attempts": 0})
        pipe.expire(key, CODE_TTL_SECONDS)
        pipe.execute()
        log.info("proof code issued for commission %s revision %s", commission_id, revision)
        return code

    def confirm(self, commission_id: int, revision: int, submitted: str) -> ProofApproval:
        key = self._key(commission_id, revision)
        stored = self._redis.hget(key, "code")
        if stored is None:
            return ProofApproval(commission_id, revision, False)
        attempts = self._redis.hincrby(key, "attempts", 1)
        if attempts > MAX_ATTEMPTS:
            self._redis.delete(key)
            return ProofApproval(commission_id, revision, False)
        ok = hmac.compare_digest(stored.decode("ascii"), submitted.strip())
        if ok:
            self._redis.delete(key)
        return ProofApproval(commission_id, revision, ok)
