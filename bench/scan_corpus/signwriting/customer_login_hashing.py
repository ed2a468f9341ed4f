"""Password hashing for customer accounts on the artwork upload portal."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class CustomerPasswords:
    def __init__(self, settings: Argon2Settings = Argon2Settings()) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost,
            parallelism=settings.parallelism,
            hash_len=settings.hash_len,
            salt_len=settings.salt_len,
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def check(self, stored_hash: str, password: str) -> tuple[bool, str | None]:
        """Return (ok, new_hash); new_hash is set when parameters have changed."""
        try:
            self._hasher.verify(stored_hash, password)
        except VerifyMismatchError:
            return False, None
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash encountered")
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None


def login_customer(db, email: str, password: str) -> int | None:
    row = db.execute(
        "SELECT id, password_hash FROM customers WHERE email = ?",
        (email.strip().lower(),),
    ).fetchone()
    if row is None:
        return None
    ok, new_hash = CustomerPasswords().check(row[1], password)
    if not ok:
        log.info("failed portal login for %s", email)
        return None
    if new_hash:
        db.execute("UPDATE customers SET password_hash = ? WHERE id = ?", (new_hash, row[0]))
        db.commit()
    return row[0]
