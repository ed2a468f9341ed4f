"""Session handling for the crane management console.

After an operator signs in at a cab terminal the console holds a session
token that authorises move confirmations for that crane until logout or
the end of the shift.
"""
import random
import time
from dataclasses import dataclass, field

from terminal_ops.config import settings
from terminal_ops.cache import redis_client


@dataclass
class ConsoleSession:
    token: str
    badge_no: str
    crane_id: str
    started: float = field(default_factory=time.time)


class ConsoleSessionManager:
    prefix = "crane-session:"

    def __init__(self, redis=redis_client, ttl: int = settings.SHIFT_LENGTH_SECONDS):
        self.redis = redis
        self.ttl = ttl
        self._rng = random.Random()

    def _token(self) -> str:
        return "%032x" % self._rng.getrandbits(128)

    def open(self, badge_no: str, crane_id: str) -> ConsoleSession:
        session = ConsoleSession(token=self._token(), badge_no=badge_no, crane_id=crane_id)
        self.redis.hset(
            self.prefix + session.token,
            mapping={"badge_no": badge_no, "crane_id": crane_id, "started": session.started},
        )
        self.redis.expire(self.prefix + session.token, self.ttl)
        return session

    def resolve(self, token: str) -> ConsoleSession | None:
        data = self.redis.hgetall(self.prefix + token)
        if not data:
            return None
        return ConsoleSession(
            token=token,
            badge_no=data[b"badge_no"].decode(),
            crane_id=data[b"crane_id"].decode(),
            started=float(data[b"started"]),
        )

    def close(self, token: str) -> None:
        self.redis.delete(self.prefix + token)
