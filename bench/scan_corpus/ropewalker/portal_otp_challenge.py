"""Second-factor e-mail codes for trade portal users placing orders above their credit limit."""
import secrets
from dataclasses import dataclass
from datetime import timedelta

from redis import Redis

from ropewalker.config import settings
from ropewalker.portal.mailer import send_template

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class Challenge:
    user_id: int
    code: str
    attempts: int = 0


class OrderApprovalChallenge:
    def __init__(self, redis: Redis | None = None):
        self.redis = redis or Redis.from_url(settings.REDIS_URL, decode_responses=True)

    def _key(self, user_id: int, order_ref: str) -> str:
        return f"otp:order:{user_id}:{order_ref}"

    def _load(self, user_id: int, order_ref: str) -> Challenge | None:
        data = self.redis.hgetall(self._key(user_id, order_ref))
        if not data:
            return None
        return Challenge(user_id=user_id, code=data["code"], attempts=int(data["attempts"]))

    def start(self, user, order_ref: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        key = self._key(user.id, order_ref)
        self.redis.hset(key, mapping={"code": code, "attempts": 0})
        self.redis.expire(key, int(CODE_TTL.total_seconds()))
        send_template(user.email, "order_otp", {"code": code, "order": order_ref})

    def confirm(self, user_id: int, order_ref: str, submitted: str) -> bool:
        challenge = self._load(user_id, order_ref)
        if challenge is None or challenge.attempts >= MAX_ATTEMPTS:
            return False
        if submitted.strip() == challenge.code:
            self.redis.delete(self._key(user_id, order_ref))
            return True
        self.redis.hincrby(self._key(user_id, order_ref), "attempts", 1)
        return False
