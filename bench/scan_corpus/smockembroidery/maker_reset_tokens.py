"""Password reset codes for maker accounts.

A maker who forgets their password gets a six-digit code by email.  Codes
are kept hashed in Redis for fifteen minutes and can be used once.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets

import redis

log = logging.getLogger(__name__)

CODE_DIGITS = 6
CODE_TTL_SECONDS = 15 * 60


def new_reset_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10**digits):0{digits}d}"


class MakerResetCodes:
    def __init__(self, redis_client: redis.Redis, mailer) -> None:
        self._redis = redis_client
        self._mailer = mailer

    @staticmethod
    def _key(email: str) -> str:
        return "maker-reset:" + hashlib.sha256(email.lower().encode("utf-8")).hexdigest()

    @staticmethod
    def _fingerprint(code: str) -> str:
        return hashlib.sha256(code.encode("ascii")).hexdigest()

    def issue(self, email: str) -> None:
        code = new_reset_code()
        self._redis.setex(self._key(email), CODE_TTL_SECONDS, self._fingerprint(code))
        self._mailer.send(
            to=email,
            subject="Your Smock & Stitch reset code",
            body=f"Your reset code is {code}. It expires in fifteen minutes.",
        )
        log.info("reset code issued for maker account %s", email)

    def redeem(self, email: str, code: str) -> bool:
        key = self._key(email)
        pipe = self._redis.pipeline()
        pipe.get(key)
        pipe.delete(key)
        stored, _ = pipe.execute()
        if stored is None:
            return False
        return hmac.compare_digest(stored.decode("ascii"), self._fingerprint(code.strip()))
