"""Six-digit reset codes emailed to conservation architects who forget their password."""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import redis

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class ResetChallenge:
    email: str
    code: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.created_at > CODE_TTL

    def matches(self, submitted: str) -> bool:
        return submitted.strip() == self.code


class ResetCodeService:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    @staticmethod
    def _key(email: str) -> str:
        return f"reset:{email.lower()}"

    def start(self, email: str) -> str:
        code = f"{secrets.randbelow(1_000_000):06d}"
        challenge = ResetChallenge(email=email, code=code)
        self._redis.hset(
            self._key(email),
            mapping={"code": code, "created_at": challenge.created_at.isoformat(), "attempts": 0},
        )
        self._redis.expire(self._key(email), int(CODE_TTL.total_seconds()))
        return code

    def _load(self, email: str) -> ResetChallenge | None:
        data = self._redis.hgetall(self._key(email))
        if not data:
            return None
        return ResetChallenge(
            email=email,
            code=data[b"code"].decode(),
            created_at=datetime.fromisoformat(data[b"created_at"].decode()),
            attempts=int(data[b"attempts"]),
        )

    def confirm(self, email: str, submitted: str) -> bool:
        challenge = self._load(email)
        if challenge is None or challenge.expired:
            return False
        if challenge.attempts >= MAX_ATTEMPTS:
            self._redis.delete(self._key(email))
            return False
        self._redis.hincrby(self._key(email), "attempts", 1)
        if challenge.matches(submitted):
            self._redis.delete(self._key(email))
            return True
        return False
