"""Password hashing for dealer portal users (bcrypt).

Also keeps a login throttle keyed on a hash of the e-mail address so the
throttle table never holds addresses in clear.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import bcrypt
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 12
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)


class DealerPasswords:
    def __init__(self, engine: Engine, policy: PasswordPolicy | None = None) -> None:
        self.engine = engine
        self.policy = policy or PasswordPolicy()

    def hash(self, password: str) -> str:
        if len(password) < self.policy.min_length:
            raise ValueError("password too short")
        salt = bcrypt.gensalt(rounds=self.policy.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    @staticmethod
    def check(password: str, stored: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))

    @staticmethod
    def _throttle_key(email: str) -> str:
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()

    def locked_out(self, email: str) -> bool:
        since = datetime.now(timezone.utc) - self.policy.lockout
        with self.engine.connect() as conn:
            failures = conn.execute(
                text(
                    "SELECT count(*) FROM login_failures "
                    "WHERE email_key = :k AND failed_at > :since"
                ),
                {"k": self._throttle_key(email), "since": since},
            ).scalar_one()
        return failures >= self.policy.max_failures

    def record_failure(self, email: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO login_failures (email_key, failed_at) VALUES (:k, :t)"),
                {"k": self._throttle_key(email), "t": datetime.now(timezone.utc)},
            )
