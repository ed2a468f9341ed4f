"""Password hashing for volunteer accounts on the work-party booking site."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=self.hash_len,
            salt_len=self.salt_len,
        )


class VolunteerPasswords:
    def __init__(self, engine: Engine, settings: Argon2Settings = Argon2Settings()) -> None:
        self.engine = engine
        self._ph = settings.hasher()

    def set_password(self, volunteer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE volunteers SET password_hash = :h WHERE id = :id"),
                {"h": self._ph.hash(password), "id": volunteer_id},
            )

    def verify(self, email: str, password: str) -> Optional[int]:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM volunteers WHERE email = :e"),
                {"e": email.strip().lower()},
            ).first()
            if row is None:
                return None
            try:
                self._ph.verify(row.password_hash, password)
            except VerifyMismatchError:
                log.info("volunteer login failed for %s", email)
                return None
            except (VerificationError, InvalidHashError):
                log.warning("unusable password hash for volunteer %s", row.id)
                return None
            if self._ph.check_needs_rehash(row.password_hash):
                conn.execute(
                    text("UPDATE volunteers SET password_hash = :h WHERE id = :id"),
                    {"h": self._ph.hash(password), "id": row.id},
                )
        return row.id
