"""Password handling for volunteer accounts on the rota and intake apps."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("volunteers.auth")


@dataclass(frozen=True)
class HashingPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 2
    min_length: int = 10

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
        )


class VolunteerCredentials:
    def __init__(self, engine: Engine, policy: HashingPolicy = HashingPolicy()) -> None:
        self._engine = engine
        self._policy = policy
        self._ph = policy.hasher()

    def set_password(self, volunteer_id: int, password: str) -> None:
        if len(password) < self._policy.min_length:
            raise ValueError("password too short")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE volunteers SET password_hash = :h WHERE id = :id"),
                {"h": self._ph.hash(password), "id": volunteer_id},
            )

    def verify(self, email: str, password: str) -> Optional[int]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM volunteers WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()
        if row is None:
            return None
        try:
            self._ph.verify(row.password_hash, password)
        except VerifyMismatchError:
            log.info("bad password for volunteer %s", row.id)
            return None
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash for volunteer %s", row.id)
            return None
        if self._ph.check_needs_rehash(row.password_hash):
            self.set_password(row.id, password)
        return row.id
