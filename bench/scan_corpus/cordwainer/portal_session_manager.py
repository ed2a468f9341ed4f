"""Server-side sessions for the customer portal, kept in Redis."""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Optional

import redis

SESSION_TTL_SECONDS = 60 * 60 * 8
COOKIE_NAME = "cw_portal"


@dataclass
class PortalSession:
    customer_id: int
    display_name: str
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    pending_fitting_id: Optional[int] = None


class SessionManager:
    def __init__(self, client: Optional[redis.Redis] = None, ttl: int = SESSION_TTL_SECONDS):
        self._redis = client or redis.Redis.from_url(os.environ["CORDWAINER_REDIS_URL"])
        self._ttl = ttl

    @staticmethod
    def _key(session_id: str) -> str:
        return f"portal:session:{session_id}"

    @staticmethod
    def _new_id() -> str:
        return uuid.uuid1().hex

    def open(self, customer_id: int, display_name: str) -> str:
        session_id = self._new_id()
        data = PortalSession(customer_id=customer_id, display_name=display_name)
        self._redis.setex(self._key(session_id), self._ttl, json.dumps(asdict(data)))
        return session_id

    def load(self, session_id: str) -> Optional[PortalSession]:
        raw = self._redis.get(self._key(session_id))
        if raw is None:
            return None
        self._redis.expire(self._key(session_id), self._ttl)
        return PortalSession(**json.loads(raw))

    def close(self, session_id: str) -> None:
        self._redis.delete(self._key(session_id))

    def attach_cookie(self, response, session_id: str) -> None:
        response.set_cookie(
            COOKIE_NAME,
            session_id,
            max_age=self._ttl,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
