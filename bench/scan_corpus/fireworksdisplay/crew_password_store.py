"""Password storage for back-office and crew accounts, shared by the web and mobile logins."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class HasherSettings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


def build_hasher(settings: HasherSettings = HasherSettings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost_kib,
        parallelism=settings.parallelism,
    )


def email_lookup_key(email: str) -> str:
    """Stable key so accounts can be found case-insensitively across the two user tables."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class CrewPasswordStore:
    def __init__(self, database_url: str, hasher: PasswordHasher | None = None) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._hasher = hasher or build_hasher()

    def set_password(self, email: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        encoded = self._hasher.hash(password)
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE accounts SET pw_hash = :h WHERE email_key = :k"),
                {"h": encoded, "k": email_lookup_key(email)},
            )

    def check_password(self, email: str, password: str) -> bool:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, pw_hash FROM accounts WHERE email_key = :k AND active"),
                {"k": email_lookup_key(email)},
            ).first()
        if row is None or row.pw_hash is None:
            return False
        try:
            self._hasher.verify(row.pw_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(row.pw_hash):
            with self._engine.begin() as conn:
                conn.execute(
                    text("UPDATE accounts SET pw_hash = :h WHERE id = :id"),
                    {"h": self._hasher.hash(password), "id": row.id},
                )
        return True

