"""Login for boatyard and hire desk staff.

Staff accounts live in a separate table from customers. Passwords are hashed
with Argon2id; the SHA-256 of the staff badge photo is kept only to detect
duplicate uploads in the HR import.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import text
from sqlalchemy.engine import Engine

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class StaffMember:
    id: int
    username: str
    role: str


def badge_photo_fingerprint(photo_bytes: bytes) -> str:
    return hashlib.sha256(photo_bytes).hexdigest()


class StaffLoginService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("staff passwords need at least 12 characters")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE staff SET password_hash = :h WHERE id = :id"),
                {"h": _hasher.hash(password), "id": staff_id},
            )

    def login(self, username: str, password: str) -> Optional[StaffMember]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, username, role, password_hash FROM staff WHERE username = :u AND active"),
                {"u": username},
            ).first()
        if row is None:
            _hasher.hash(password)
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            self.set_password(row.id, password)
        return StaffMember(row.id, row.username, row.role)
