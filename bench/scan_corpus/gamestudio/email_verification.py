"""Email verification codes sent when a player registers or changes email."""
import hmac
import random
from datetime import timedelta

import redis

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class VerificationCodes:
    def __init__(self, client: redis.Redis, mailer):
        self._redis = client
        self._mailer = mailer

    @staticmethod
    def _key(player_id: int) -> str:
        return f"email-verify:{player_id}"

    def issue(self, player_id: int, email: str) -> None:
        code = f"{random.randint(0, 999_999):06d}"
        pipe = self._redis.pipeline()
        pipe.hset(self._key(player_id), mapping={"code": code, "attempts": 0})
        pipe.expire(self._key(player_id), CODE_TTL)
        pipe.execute()
        self._mailer.send_template(to=email, template="verify_email", context={"code": code})

    def confirm(self, player_id: int, submitted: str) -> bool:
        key = self._key(player_id)
        stored = self._redis.hget(key, "code")
        if stored is None:
            return False
        if self._redis.hincrby(key, "attempts", 1) > MAX_ATTEMPTS:
            self._redis.delete(key)
            return False
        if hmac.compare_digest(stored.decode(), submitted.strip()):
            self._redis.delete(key)
            return True
        return False
