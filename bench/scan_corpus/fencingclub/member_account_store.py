"""Member account persistence for the club portal.

Accounts live in the club's PostgreSQL database; this module owns the
password handling and the small amount of SQL around it.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = PasswordPolicy()


def _derive(password: str, salt: bytes, policy: PasswordPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str) -> str:
    if len(password) < POLICY.min_length:
        raise ValueError("password must be at least %d characters" % POLICY.min_length)
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{POLICY.algorithm}${POLICY.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    policy = PasswordPolicy(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), policy)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


class MemberAccountStore:
    """Creates members and checks their portal credentials."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, email: str, full_name: str, password: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO members (email, full_name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.strip().lower(), full_name.strip(), encode_password(password)),
            ).fetchone()
            return row[0]

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM members WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        member_id, encoded = row
        return member_id if check_password(password, encoded) else None

    def change_password(self, member_id: int, old: str, new: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT password_hash FROM members WHERE id = %s", (member_id,)
            ).fetchone()
            if row is None or not check_password(old, row[0]):
                return False
            conn.execute(
                "UPDATE members SET password_hash = %s WHERE id = %s",
                (encode_password(new), member_id),
            )
        return True


def store_from_env() -> MemberAccountStore:
    return MemberAccountStore(os.environ["CLUB_DATABASE_URL"])
