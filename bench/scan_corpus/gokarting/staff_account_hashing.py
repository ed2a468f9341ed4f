"""Password hashing for staff accounts on the race control console.

Marshals, race directors and reception staff sign in to the console to
start heats, issue penalties and refund sessions. Passwords are stored
as argon2id hashes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffHashPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class StaffPasswordService:
    def __init__(self, policy: StaffHashPolicy = StaffHashPolicy()) -> None:
        self.policy = policy
        self._hasher = PasswordHasher(
            time_cost=policy.time_cost,
            memory_cost=policy.memory_cost_kib,
            parallelism=policy.parallelism,
            hash_len=policy.hash_len,
            salt_len=policy.salt_len,
        )

    def hash(self, password: str) -> str:
        if len(password) < 10:
            raise ValueError("staff passwords must be at least 10 characters")
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)


def authenticate_staff(conn, username: str, password: str) -> int | None:
    service = StaffPasswordService()
    row = conn.execute(
        "SELECT id, password_hash, active FROM staff WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None or not row[2]:
        log.info("staff login refused for %s", username)
        return None
    if not service.verify(row[1], password):
        log.info("staff login failed for %s", username)
        return None
    if service.needs_rehash(row[1]):
        conn.execute(
            "UPDATE staff SET password_hash = ? WHERE id = ?",
            (service.hash(password), row[0]),
        )
        conn.commit()
    return row[0]
