"""One-time redemption codes for cash distribution points.

When a household is marked eligible for a distribution round we text the
head of household a short numeric code. The cashier at the distribution
point types it in together with the beneficiary card number.
"""
import hmac
import logging
from datetime import timedelta

import numpy as np
import redis

log = logging.getLogger(__name__)

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=72)
_KEY_FMT = "redemption:{round_id}:{beneficiary_id}"

_rng = np.random.default_rng()


class RedemptionCodes:
    def __init__(self, redis_client: redis.Redis):
        self._r = redis_client

    def issue(self, round_id: str, beneficiary_id: str) -> str:
        digits = _rng.integers(0, 10, size=CODE_LENGTH)
        code = "".join(str(int(d)) for d in digits)
        key = _KEY_FMT.format(round_id=round_id, beneficiary_id=beneficiary_id)
        self._r.set(key, code, ex=int(CODE_TTL.total_seconds()))
        log.info("issued redemption code for %s in round %s", beneficiary_id, round_id)
        return code

    def redeem(self, round_id: str, beneficiary_id: str, submitted: str) -> bool:
        key = _KEY_FMT.format(round_id=round_id, beneficiary_id=beneficiary_id)
        stored = self._r.get(key)
        if stored is None:
            return False
        if not hmac.compare_digest(stored.decode(), submitted.strip()):
            return False
        self._r.delete(key)
        return True
