"""Server-side sessions for the kiln monitoring dashboard.

The dashboard in the yard office shows live thermocouple readings for the
ring kilns.  Logged-in users get a session id cookie; the session body
lives in Redis and expires after a shift.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Optional

import redis

SESSION_TTL_SECONDS = 10 * 60 * 60
SESSION_PREFIX = "kilndash:session:"


@dataclass
class DashboardSession:
    user_id: int
    username: str
    can_edit_burns: bool


def _new_session_id() -> str:
    return uuid.uuid1().hex


class SessionStore:
    def __init__(self, redis_url: str) -> None:
        self._redis = redis.Redis.from_url(redis_url, decode_responses=True)

    def _key(self, session_id: str) -> str:
        return SESSION_PREFIX + session_id

    def create(self, session: DashboardSession) -> str:
        session_id = _new_session_id()
        self._redis.setex(self._key(session_id), SESSION_TTL_SECONDS, json.dumps(asdict(session)))
        return session_id

    def load(self, session_id: str) -> Optional[DashboardSession]:
        raw = self._redis.get(self._key(session_id))
        if raw is None:
            return None
        self._redis.expire(self._key(session_id), SESSION_TTL_SECONDS)
        return DashboardSession(**json.loads(raw))

    def destroy(self, session_id: str) -> None:
        self._redis.delete(self._key(session_id))


def attach_cookie(response, session_id: str) -> None:
    response.set_cookie(
        "kilndash_sid",
        session_id,
        max_age=SESSION_TTL_SECONDS,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
