"""Member account persistence for the guild website.

Accounts live in the guild's PostgreSQL database. Passwords are stored as
PBKDF2 digests next to a per-member random salt.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class Member:
    member_id: int
    email: str
    display_name: str


class MemberAccountStore:
    """Creates members and checks their credentials."""

    def __init__(self, dsn: str, settings: HashSettings | None = None) -> None:
        self._dsn = dsn
        self._settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def create_member(self, email: str, display_name: str, password: str) -> Member:
        email = email.strip().lower()
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO members (email, display_name, pw_salt, pw_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING member_id",
                (email, display_name, salt, digest),
            ).fetchone()
        return Member(member_id=row[0], email=email, display_name=display_name)

    def authenticate(self, email: str, password: str) -> Member | None:
        email = email.strip().lower()
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT member_id, display_name, pw_salt, pw_hash "
                "FROM members WHERE email = %s AND active",
                (email,),
            ).fetchone()
        if row is None:
            return None
        member_id, display_name, salt, stored = row
        candidate = self._derive(password, bytes(salt))
        if not hmac.compare_digest(candidate, bytes(stored)):
            return None
        return Member(member_id=member_id, email=email, display_name=display_name)

    def change_password(self, member_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE members SET pw_salt = %s, pw_hash = %s, pw_changed_at = now() "
                "WHERE member_id = %s",
                (salt, digest, member_id),
            )


def store_from_env() -> MemberAccountStore:
    return MemberAccountStore(os.environ["QUILTGUILD_DATABASE_URL"])
