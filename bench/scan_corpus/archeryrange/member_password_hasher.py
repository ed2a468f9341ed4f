"""Password hashing for member and coach accounts on the club website.

Wraps argon2-cffi so the rest of the application only deals with
``hash_password`` / ``verify_password`` and transparent rehashing when
the cost parameters are raised.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class MemberPasswordHasher:
    """Hashes and verifies member passwords."""

    def __init__(self, settings: Argon2Settings = Argon2Settings()) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost_kib,
            parallelism=settings.parallelism,
            hash_len=settings.hash_len,
            salt_len=settings.salt_len,
        )

    def hash_password(self, password: str) -> str:
        if len(password) < 10:
            raise ValueError("Passwords must be at least 10 characters long")
        return self._hasher.hash(password)

    def verify_password(self, stored_hash: str, password: str) -> Tuple[bool, Optional[str]]:
        """Return (ok, new_hash); new_hash is set when the stored hash needs upgrading."""
        try:
            self._hasher.verify(stored_hash, password)
        except VerifyMismatchError:
            return False, None
        except (VerificationError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None


def authenticate(conn, email: str, password: str, hasher: MemberPasswordHasher) -> Optional[int]:
    row = conn.execute(
        "SELECT id, password_hash FROM members WHERE email = ? AND active = 1",
        (email.strip().lower(),),
    ).fetchone()
    if row is None:
        return None
    ok, upgraded = hasher.verify_password(row[1], password)
    if not ok:
        return None
    if upgraded:
        with conn:
            conn.execute("UPDATE members SET password_hash = ? WHERE id = ?", (upgraded, row[0]))
    return row[0]
