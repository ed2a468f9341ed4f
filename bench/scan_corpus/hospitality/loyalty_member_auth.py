"""Member accounts for the loyalty app (web and mobile).

Members sign in with email and password to see their points balance, digital
stamp cards and birthday rewards.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RegistrationError(ValueError):
    pass


@dataclass
class Member:
    member_id: int
    email: str
    tier: str


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)


def _encode(salt: bytes, digest: bytes) -> str:
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


class MemberAccounts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def register(self, email: str, password: str) -> int:
        email = email.strip().lower()
        if not _EMAIL_RE.match(email):
            raise RegistrationError("invalid email address")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise RegistrationError("password too short")
        salt = os.urandom(SALT_BYTES)
        stored = _encode(salt, _derive(password, salt))
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "INSERT INTO loyalty_members (email, password, tier) "
                    "VALUES (:email, :pw, 'green') RETURNING id"
                ),
                {"email": email, "pw": stored},
            )
            return result.scalar_one()

    def authenticate(self, email: str, password: str) -> Member | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, email, tier, password FROM loyalty_members WHERE email = :email"),
                {"email": email.strip().lower()},
            ).one_or_none()
        if row is None:
            return None
        _scheme, _iterations, salt_hex, digest_hex = row.password.split("$")
        candidate = _derive(password, bytes.fromhex(salt_hex))
        if not hmac.compare_digest(candidate, bytes.fromhex(digest_hex)):
            return None
        return Member(row.id, row.email, row.tier)
