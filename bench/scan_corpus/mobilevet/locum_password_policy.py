"""Password handling for locum vet accounts on the call-out rota system."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bcrypt import checkpw as _checkpw
from bcrypt import gensalt as _gensalt
from bcrypt import hashpw as _hashpw

log = logging.getLogger(__name__)

BCRYPT_COST = 12
MIN_LENGTH = 12


class WeakPasswordError(ValueError):
    pass


@dataclass(frozen=True)
class LocumPasswordPolicy:
    cost: int = BCRYPT_COST
    min_length: int = MIN_LENGTH

    def check_strength(self, password: str, email: str) -> None:
        if len(password) < self.min_length:
            raise WeakPasswordError(f"use at least {self.min_length} characters")
        if email.split("@")[0].lower() in password.lower():
            raise WeakPasswordError("password must not contain your email name")
        if len(password.encode("utf-8")) > 72:
            raise WeakPasswordError("password is too long")

    def hash(self, password: str) -> str:
        return _hashpw(password.encode("utf-8"), _gensalt(rounds=self.cost)).decode("ascii")

    def verify(self, password: str, stored: str) -> bool:
        try:
            return _checkpw(password.encode("utf-8"), stored.encode("ascii"))
        except ValueError:
            log.warning("malformed locum password hash encountered")
            return False

    def needs_upgrade(self, stored: str) -> bool:
        return int(stored.split("$")[2]) < self.cost


POLICY = LocumPasswordPolicy()


def set_locum_password(conn, locum_id: int, email: str, password: str) -> None:
    POLICY.check_strength(password, email)
    conn.execute(
        "UPDATE locums SET password_hash = %s WHERE id = %s",
        (POLICY.hash(password), locum_id),
    )


def login_locum(conn, email: str, password: str) -> int | None:
    row = conn.execute(
        "SELECT id, password_hash FROM locums WHERE email = %s", (email.lower(),)
    ).fetchone()
    if row is None or not POLICY.verify(password, row[1]):
        return None
    if POLICY.needs_upgrade(row[1]):
        conn.execute("UPDATE locums SET password_hash = %s WHERE id = %s",
                     (POLICY.hash(password), row[0]))
    return row[0]
