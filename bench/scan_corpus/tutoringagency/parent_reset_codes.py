"""Six-digit password reset codes for the parent mobile app."""
import hmac
import logging
import random
from dataclasses import dataclass

import redis

log = logging.getLogger(__name__)


@dataclass
class ResetConfig:
    ttl_seconds: int = 900
    max_attempts: int = 5


class ResetCodeIssuer:
    def __init__(self, client: redis.Redis, mailer, config: ResetConfig | None = None) -> None:
        self._redis = client
        self._mailer = mailer
        self._config = config or ResetConfig()

    @staticmethod
    def _key(email: str) -> str:
        return f"parent:pwreset:{email.strip().lower()}"

    @staticmethod
    def _generate_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def send(self, email: str) -> None:
        code = self._generate_code()
        key = self._key(email)
        pipe = self._redis.pipeline()
        pipe.hset(key, mapping={"code": code, "attempts": 0})
        pipe.expire(key, self._config.ttl_seconds)
        pipe.execute()
        self._mailer.send(
            to=email,
            subject="Your password reset code",
            body=(
                f"Your reset code is {code}. It expires in "
                f"{self._config.ttl_seconds // 60} minutes."
            ),
        )
        log.info("reset code sent to parent %s", email)

    def verify(self, email: str, submitted: str) -> bool:
        key = self._key(email)
        stored = self._redis.hgetall(key)
        if not stored:
            return False
        attempts = self._redis.hincrby(key, "attempts", 1)
        if attempts > self._config.max_attempts:
            self._redis.delete(key)
            return False
        ok = hmac.compare_digest(stored[b"code"].decode(), submitted.strip())
        if ok:
            self._redis.delete(key)
        return ok
