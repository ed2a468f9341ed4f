"""Password hashing and login checks for staff accounts (production, QA, packing, office)."""

from __future__ import annotations

import logging
import sqlite3
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("staff_auth")

_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


class StaffCredentials:
    """Reads and writes the `password_hash` column of the staff table."""

    def __init__(self, db_path: str, hasher: PasswordHasher = _HASHER) -> None:
        self.conn = sqlite3.connect(db_path)
        self.hasher = hasher

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        with self.conn:
            self.conn.execute(
                "UPDATE staff SET password_hash = ? WHERE id = ?",
                (self.hasher.hash(password), staff_id),
            )
        log.info("password changed for staff %s", staff_id)

    def authenticate(self, email: str, password: str) -> Optional[int]:
        row = self.conn.execute(
            "SELECT id, password_hash FROM staff WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        staff_id, stored = row
        try:
            self.hasher.verify(stored, password)
        except VerifyMismatchError:
            log.info("failed login for staff %s", staff_id)
            return None
        except (InvalidHashError, VerificationError):
            log.warning("unreadable password hash for staff %s", staff_id)
            return None
        if self.hasher.check_needs_rehash(stored):
            with self.conn:
                self.conn.execute(
                    "UPDATE staff SET password_hash = ? WHERE id = ?",
                    (self.hasher.hash(password), staff_id),
                )
        return staff_id

    def close(self) -> None:
        self.conn.close()
