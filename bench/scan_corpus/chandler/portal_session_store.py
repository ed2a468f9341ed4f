"""Server-side session store for the agent ordering portal.

Sessions live in Redis so that the portal can run on several app servers
behind the load balancer in the port office.
"""
import json
import secrets
import time
from dataclasses import asdict, dataclass

import redis

SESSION_TTL_SECONDS = 8 * 3600
SESSION_PREFIX = "portal:sess:"


@dataclass
class PortalSession:
    agent_id: int
    agency_code: str
    csrf_token: str
    created_at: float


class SessionStore:
    def __init__(self, client: redis.Redis, ttl: int = SESSION_TTL_SECONDS) -> None:
        self._redis = client
        self._ttl = ttl

    @staticmethod
    def _new_id() -> str:
        return secrets.token_urlsafe(32)

    def create(self, agent_id: int, agency_code: str) -> tuple[str, PortalSession]:
        session_id = self._new_id()
        sess = PortalSession(
            agent_id=agent_id,
            agency_code=agency_code,
            csrf_token=secrets.token_hex(16),
            created_at=time.time(),
        )
        self._redis.setex(SESSION_PREFIX + session_id, self._ttl, json.dumps(asdict(sess)))
        return session_id, sess

    def load(self, session_id: str) -> PortalSession | None:
        raw = self._redis.get(SESSION_PREFIX + session_id)
        if raw is None:
            return None
        self._redis.expire(SESSION_PREFIX + session_id, self._ttl)
        return PortalSession(**json.loads(raw))

    def rotate(self, session_id: str) -> str | None:
        sess = self.load(session_id)
        if sess is None:
            return None
        self.destroy(session_id)
        new_id = self._new_id()
        self._redis.setex(SESSION_PREFIX + new_id, self._ttl, json.dumps(asdict(sess)))
        return new_id

    def destroy(self, session_id: str) -> None:
        self._redis.delete(SESSION_PREFIX + session_id)
