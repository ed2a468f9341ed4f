"""Password hashing for staff of the laser removal clinic.

Wraps argon2-cffi so that views and management commands share one hasher
and transparently upgrade hashes when the parameters are raised.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class StaffIdentity:
    staff_id: int
    email: str
    role: str


class StaffPasswordService:
    def __init__(self, engine: Engine, hasher: PasswordHasher = _HASHER) -> None:
        self._engine = engine
        self._hasher = hasher

    def hash(self, password: str) -> str:
        if len(password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        return self._hasher.hash(password)

    def set_password(self, staff_id: int, password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE staff SET password_hash = :h WHERE id = :id"),
                {"h": self.hash(password), "id": staff_id},
            )

    def verify(self, email: str, password: str) -> Optional[StaffIdentity]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, email, role, password_hash FROM staff WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()
        if row is None:
            return None
        try:
            self._hasher.verify(row.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(row.password_hash):
            log.info("upgrading password hash parameters for staff %s", row.id)
            self.set_password(row.id, password)
        return StaffIdentity(staff_id=row.id, email=row.email, role=row.role)
