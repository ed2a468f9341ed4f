"""Server-side sessions for the client portal, kept in Redis."""
from __future__ import annotations

import json
import secrets
import time
from dataclasses import asdict, dataclass, field

import redis

SESSION_TTL_SECONDS = 8 * 3600
KEY_PREFIX = "portal:session:"


@dataclass
class PortalSession:
    client_id: int
    email: str
    created: float = field(default_factory=time.time)
    csrf: str = field(default_factory=lambda: secrets.token_hex(16))
    matters: list[int] = field(default_factory=list)


class SessionStore:
    def __init__(self, client: redis.Redis, ttl: int = SESSION_TTL_SECONDS):
        self.redis = client
        self.ttl = ttl

    @staticmethod
    def _key(session_id: str) -> str:
        return KEY_PREFIX + session_id

    def create(self, client_id: int, email: str, matters: list[int]) -> tuple[str, PortalSession]:
        session_id = secrets.token_urlsafe(32)
        session = PortalSession(client_id=client_id, email=email, matters=matters)
        self.redis.setex(self._key(session_id), self.ttl, json.dumps(asdict(session)))
        return session_id, session

    def load(self, session_id: str) -> PortalSession | None:
        if not session_id or len(session_id) > 128:
            return None
        raw = self.redis.get(self._key(session_id))
        if raw is None:
            return None
        self.redis.expire(self._key(session_id), self.ttl)
        return PortalSession(**json.loads(raw))

    def rotate(self, session_id: str) -> str | None:
        session = self.load(session_id)
        if session is None:
            return None
        self.destroy(session_id)
        new_id = secrets.token_urlsafe(32)
        self.redis.setex(self._key(new_id), self.ttl, json.dumps(asdict(session)))
        return new_id

    def destroy(self, session_id: str) -> None:
        self.redis.delete(self._key(session_id))
