"""Password storage for back-office staff logins.

Passwords are hashed with Argon2id; hashes created under older parameters are
upgraded transparently the next time the person signs in.
"""
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

log = logging.getLogger("staff.credentials")


@dataclass(frozen=True)
class HashingPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    min_length: int = 12


POLICY = HashingPolicy()

hasher = PasswordHasher(
    time_cost=POLICY.time_cost,
    memory_cost=POLICY.memory_cost_kib,
    parallelism=POLICY.parallelism,
)


class CredentialStore:
    """Thin wrapper over the ``staff_credentials`` table."""

    def __init__(self, conn):
        self.conn = conn

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < POLICY.min_length:
            raise ValueError(f"password must be at least {POLICY.min_length} characters")
        self._save(staff_id, hasher.hash(password))

    def verify(self, staff_id: int, password: str) -> bool:
        row = self.conn.execute(
            "SELECT password_hash FROM staff_credentials WHERE staff_id = ?", (staff_id,)
        ).fetchone()
        if row is None:
            return False
        try:
            hasher.verify(row[0], password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if hasher.check_needs_rehash(row[0]):
            self._save(staff_id, hasher.hash(password))
            log.info("upgraded password hash parameters for staff %s", staff_id)
        return True

    def _save(self, staff_id: int, encoded: str) -> None:
        self.conn.execute(
            "INSERT INTO staff_credentials (staff_id, password_hash) VALUES (?, ?) "
            "ON CONFLICT(staff_id) DO UPDATE SET password_hash = excluded.password_hash",
            (staff_id, encoded),
        )
        self.conn.commit()
