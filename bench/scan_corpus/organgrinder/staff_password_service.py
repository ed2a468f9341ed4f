"""Password handling for office staff accounts (bookings desk, accounts, workshop leads)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("organgrinder.staff")


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=self.hash_len,
            salt_len=self.salt_len,
        )


class StaffPasswordService:
    def __init__(self, engine: Engine, settings: Argon2Settings = Argon2Settings()) -> None:
        self.engine = engine
        self._ph = settings.hasher()

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE staff SET password_hash = :h WHERE id = :id"),
                {"h": self._ph.hash(password), "id": staff_id},
            )
        log.info("password changed for staff id %s", staff_id)

    def verify(self, username: str, password: str) -> Optional[int]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM staff WHERE username = :u AND active"),
                {"u": username},
            ).first()
        if row is None:
            return None
        try:
            self._ph.verify(row.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._ph.check_needs_rehash(row.password_hash):
            with self.engine.begin() as conn:
                conn.execute(
                    text("UPDATE staff SET password_hash = :h WHERE id = :id"),
                    {"h": self._ph.hash(password), "id": row.id},
                )
        return row.id
