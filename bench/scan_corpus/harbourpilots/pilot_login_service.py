"""Login service for pilots and dispatchers on the station intranet.

Passwords are hashed with bcrypt; failed attempts are counted per e-mail
address in Redis to slow down guessing.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import bcrypt
import redis
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class LoginSettings:
    bcrypt_rounds: int = 12
    max_failures: int = 5
    lockout_seconds: int = 900


class PilotLoginService:
    def __init__(self, db_url: str, redis_url: str, settings: LoginSettings | None = None) -> None:
        self._engine = create_engine(db_url, future=True)
        self._redis = redis.Redis.from_url(redis_url)
        self._settings = settings or LoginSettings()

    @staticmethod
    def _failure_key(email: str) -> str:
        digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
        return f"login-failures:{digest}"

    def hash_password(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self._settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, user_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE users SET pw_hash = :h WHERE id = :id"),
                {"h": self.hash_password(password), "id": user_id},
            )

    def authenticate(self, email: str, password: str) -> int | None:
        key = self._failure_key(email)
        if int(self._redis.get(key) or 0) >= self._settings.max_failures:
            return None
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, pw_hash FROM users WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()
        if row is not None and bcrypt.checkpw(password.encode("utf-8"), bytes(row.pw_hash)):
            self._redis.delete(key)
            return row.id
        pipe = self._redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, self._settings.lockout_seconds)
        pipe.execute()
        return None


def service_from_env() -> PilotLoginService:
    return PilotLoginService(os.environ["INTRANET_DB_URL"], os.environ["REDIS_URL"])
