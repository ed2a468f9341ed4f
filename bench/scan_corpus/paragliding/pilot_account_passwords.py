"""Password storage for student and club-pilot accounts on the school portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2"


DEFAULT_POLICY = HashingPolicy()

metadata = sa.MetaData()
pilot_accounts = sa.Table(
    "pilot_accounts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(255), unique=True, nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("licence_level", sa.String(16), nullable=False, default="student"),
)


class PilotPasswordHasher:
    def __init__(self, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self.policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_bytes)
        digest = self._derive(password, salt, self.policy.iterations)
        return "$".join(
            [
                self.policy.prefix,
                str(self.policy.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            prefix, iterations, salt_b64, digest_b64 = stored.split("$")
        except ValueError:
            return False
        if prefix != self.policy.prefix:
            return False
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(expected, actual)


class PilotAccountStore:
    def __init__(self, session: Session, hasher: Optional[PilotPasswordHasher] = None):
        self.session = session
        self.hasher = hasher or PilotPasswordHasher()

    def register(self, email: str, password: str, licence_level: str = "student") -> int:
        result = self.session.execute(
            pilot_accounts.insert().values(
                email=email.strip().lower(),
                password_hash=self.hasher.hash(password),
                licence_level=licence_level,
            )
        )
        self.session.commit()
        return int(result.inserted_primary_key[0])

    def authenticate(self, email: str, password: str) -> bool:
        row = self.session.execute(
            sa.select(pilot_accounts.c.password_hash).where(
                pilot_accounts.c.email == email.strip().lower()
            )
        ).first()
        if row is None:
            return False
        return self.hasher.verify(password, row.password_hash)
