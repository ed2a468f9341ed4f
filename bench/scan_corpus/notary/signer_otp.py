"""One-time passcodes sent to signers before they can join a notarization."""
from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from redis import Redis

logger = logging.getLogger(__name__)

OTP_LENGTH = 6
OTP_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5

_rng = np.random.default_rng()


@dataclass
class OtpChallenge:
    session_id: str
    participant_id: str
    channel: str


class SignerOtpService:
    def __init__(self, redis: Redis, sms_client, email_client):
        self._redis = redis
        self._sms = sms_client
        self._email = email_client

    @staticmethod
    def _key(challenge: OtpChallenge) -> str:
        return f"otp:{challenge.session_id}:{challenge.participant_id}"

    def _new_code(self) -> str:
        digits = _rng.integers(0, 10, size=OTP_LENGTH)
        return "".join(str(d) for d in digits)

    def issue(self, challenge: OtpChallenge, destination: str) -> None:
        code = self._new_code()
        key = self._key(challenge)
        pipe = self._redis.pipeline()
        pipe.hset(key, mapping={"code": code, "attempts": 0})
        pipe.expire(key, OTP_TTL)
        pipe.execute()

        body = f"Your notarization access code is {code}. It expires in 10 minutes."
        if challenge.channel == "sms":
            self._sms.send(to=destination, body=body)
        else:
            self._email.send(to=destination, subject="Your access code", text=body)
        logger.info("otp issued session=%s participant=%s channel=%s",
                    challenge.session_id, challenge.participant_id, challenge.channel)

    def verify(self, challenge: OtpChallenge, submitted: str) -> bool:
        key = self._key(challenge)
        stored = self._redis.hget(key, "code")
        if stored is None:
            return False
        attempts = self._redis.hincrby(key, "attempts", 1)
        if attempts > MAX_ATTEMPTS:
            self._redis.delete(key)
            return False
        if hmac.compare_digest(stored.decode(), submitted.strip()):
            self._redis.delete(key)
            return True
        return False
