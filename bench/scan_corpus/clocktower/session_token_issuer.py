"""Session tokens for the technicians' tablet app."""
from __future__ import annotations

import hashlib
import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

log = logging.getLogger("clocktower.tablet.sessions")

SESSION_TTL = timedelta(hours=10)


@dataclass
class TabletSession:
    session_id: str
    token: str
    technician: str
    device_id: str
    expires_at: datetime


class SessionTokens:
    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def storage_key(token: str) -> str:
        return "tablet:session:" + hashlib.sha256(token.encode("ascii")).hexdigest()


class TabletSessionIssuer:
    def __init__(self, client: redis.Redis):
        self.redis = client

    def open(self, technician: str, device_id: str) -> TabletSession:
        session = TabletSession(
            session_id=str(uuid.uuid4()),
            token=SessionTokens.new_token(),
            technician=technician,
            device_id=device_id,
            expires_at=datetime.now(timezone.utc) + SESSION_TTL,
        )
        self.redis.hset(
            SessionTokens.storage_key(session.token),
            mapping={
                "session_id": session.session_id,
                "technician": technician,
                "device_id": device_id,
            },
        )
        self.redis.expire(SessionTokens.storage_key(session.token), SESSION_TTL)
        log.info("session %s opened for %s on %s", session.session_id, technician, device_id)
        return session

    def resolve(self, token: str) -> dict | None:
        data = self.redis.hgetall(SessionTokens.storage_key(token))
        if not data:
            return None
        return {k.decode(): v.decode() for k, v in data.items()}

    def close(self, token: str) -> None:
        self.redis.delete(SessionTokens.storage_key(token))
