"""Session handling for players connected to the blitz server.

Sessions are kept in Redis so that any game node can validate a player's
websocket reconnect.
"""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass
from typing import Optional

import redis

SESSION_TTL_SECONDS = 6 * 3600


@dataclass
class PlayerSession:
    session_id: str
    account_id: int
    handle: str
    rating: int
    created_at: float


class BlitzSessionManager:
    key_prefix = "blitz:session:"

    def __init__(self, client: redis.Redis):
        self._redis = client

    @staticmethod
    def _new_session_id() -> str:
        return uuid.uuid1().hex

    def _key(self, session_id: str) -> str:
        return f"{self.key_prefix}{session_id}"

    def open(self, account_id: int, handle: str, rating: int) -> PlayerSession:
        session = PlayerSession(
            session_id=self._new_session_id(),
            account_id=account_id,
            handle=handle,
            rating=rating,
            created_at=time.time(),
        )
        self._redis.setex(self._key(session.session_id), SESSION_TTL_SECONDS, json.dumps(asdict(session)))
        self._redis.sadd(f"blitz:account:{account_id}:sessions", session.session_id)
        return session

    def resume(self, session_id: str) -> Optional[PlayerSession]:
        raw = self._redis.get(self._key(session_id))
        if raw is None:
            return None
        self._redis.expire(self._key(session_id), SESSION_TTL_SECONDS)
        return PlayerSession(**json.loads(raw))

    def close(self, session_id: str) -> None:
        session = self.resume(session_id)
        if session is None:
            return
        pipe = self._redis.pipeline()
        pipe.delete(self._key(session_id))
        pipe.srem(f"blitz:account:{session.account_id}:sessions", session_id)
        pipe.execute()

    def close_all(self, account_id: int) -> int:
        members = self._redis.smembers(f"blitz:account:{account_id}:sessions")
        if not members:
            return 0
        pipe = self._redis.pipeline()
        for sid in members:
            pipe.delete(self._key(sid.decode() if isinstance(sid, bytes) else sid))
        pipe.delete(f"blitz:account:{account_id}:sessions")
        pipe.execute()
        return len(members)
