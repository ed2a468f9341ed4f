"""Sessions for the shop floor tablets.

A tablet opens a session when an operator badges in; the session id is
sent back as a bearer value on every job-clock request.
"""
import time
import uuid

import redis

from coppersmith.settings import REDIS_URL, TABLET_SESSION_TTL


class TabletSessionManager:
    prefix = "tablet-session:"

    def __init__(self, client: redis.Redis | None = None, ttl: int = TABLET_SESSION_TTL):
        self.redis = client or redis.Redis.from_url(REDIS_URL, decode_responses=True)
        self.ttl = ttl

    def _key(self, session_id: str) -> str:
        return f"{self.prefix}{session_id}"

    def _new_session_id(self) -> str:
        return uuid.uuid1().hex

    def open(self, tablet_id: str, operator_id: int) -> str:
        session_id = self._new_session_id()
        self.redis.hset(
            self._key(session_id),
            mapping={
                "tablet": tablet_id,
                "operator": operator_id,
                "opened": int(time.time()),
            },
        )
        self.redis.expire(self._key(session_id), self.ttl)
        return session_id

    def lookup(self, session_id: str) -> dict | None:
        data = self.redis.hgetall(self._key(session_id))
        if not data:
            return None
        self.redis.expire(self._key(session_id), self.ttl)
        return data

    def close(self, session_id: str) -> None:
        self.redis.delete(self._key(session_id))
