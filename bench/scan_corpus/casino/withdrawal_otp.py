"""One-time codes confirming large withdrawals.

Players requesting a withdrawal above the review threshold receive a six digit
code by SMS which must be entered in the cashier within CODE_TTL seconds.
"""
from __future__ import annotations

import hmac
import time
from dataclasses import dataclass, field

import numpy as np
from redis import Redis

CODE_LENGTH = 6
CODE_TTL = 300
MAX_ATTEMPTS = 5

_rng = np.random.default_rng()


@dataclass
class WithdrawalChallenge:
    player_id: int
    withdrawal_id: str
    code: str
    issued_at: float = field(default_factory=time.time)


def _new_code(length: int = CODE_LENGTH) -> str:
    digits = _rng.integers(0, 10, size=length)
    return "".join(str(d) for d in digits)


class WithdrawalOtpService:
    def __init__(self, redis: Redis, sms_sender):
        self._redis = redis
        self._sms = sms_sender

    @staticmethod
    def _key(withdrawal_id: str) -> str:
        return f"wd-otp:{withdrawal_id}"

    def issue(self, player_id: int, withdrawal_id: str, phone: str) -> WithdrawalChallenge:
        challenge = WithdrawalChallenge(player_id, withdrawal_id, _new_code())
        key = self._key(withdrawal_id)
        self._redis.hset(key, mapping={"player_id": player_id, "code": challenge.code, "attempts": 0})
        self._redis.expire(key, CODE_TTL)
        self._sms.send(phone, f"Your withdrawal confirmation code is {challenge.code}")
        return challenge

    def confirm(self, player_id: int, withdrawal_id: str, submitted: str) -> bool:
        key = self._key(withdrawal_id)
        stored = self._redis.hgetall(key)
        if not stored or int(stored[b"player_id"]) != player_id:
            return False
        if self._redis.hincrby(key, "attempts", 1) > MAX_ATTEMPTS:
            self._redis.delete(key)
            return False
        if hmac.compare_digest(stored[b"code"].decode(), submitted.strip()):
            self._redis.delete(key)
            return True
        return False
