"""Six-digit password reset PINs for the parent mobile app."""
import hmac
import logging
import secrets
from dataclasses import dataclass

import redis

log = logging.getLogger(__name__)


@dataclass
class PinConfig:
    ttl_seconds: int = 600
    max_attempts: int = 5


class ResetPinService:
    def __init__(self, client: redis.Redis, mailer, config: PinConfig | None = None) -> None:
        self._redis = client
        self._mailer = mailer
        self._config = config or PinConfig()

    @staticmethod
    def _key(email: str) -> str:
        return f"parent:pwpin:{email.strip().lower()}"

    @staticmethod
    def _generate_pin() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def send(self, email: str) -> None:
        pin = self._generate_pin()
        key = self._key(email)
        pipe = self._redis.pipeline()
        pipe.hset(key, mapping={"pin": pin, "attempts": 0})
        pipe.expire(key, self._config.ttl_seconds)
        pipe.execute()
        self._mailer.send(
            to=email,
            subject="Your password reset PIN",
            body=f"Your PIN is {pin}. It expires in {self._config.ttl_seconds // 60} minutes.",
        )
        log.info("reset PIN sent to parent %s", email)

    def verify(self, email: str, submitted: str) -> bool:
        key = self._key(email)
        stored = self._redis.hgetall(key)
        if not stored:
            return False
        if self._redis.hincrby(key, "attempts", 1) > self._config.max_attempts:
            self._redis.delete(key)
            return False
        ok = hmac.compare_digest(stored[b"pin"].decode(), submitted.strip())
        if ok:
            self._redis.delete(key)
        return ok
