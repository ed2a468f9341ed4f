"""Password storage for customer accounts on the online booking site."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


DEFAULT_POLICY = HashingPolicy()

customers = sa.Table(
    "customers",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(255), unique=True, nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
)


class CustomerPasswordStore:
    def __init__(self, engine: Engine, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self._engine = engine
        self._policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            self._policy.iterations,
            dklen=self._policy.key_length,
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt)
        return "pbkdf2${}${}${}".format(
            self._policy.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def matches(self, password: str, stored: str) -> bool:
        try:
            _, _iters, salt_b64, digest_b64 = stored.split("$")
        except ValueError:
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def set_password(self, email: str, password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                sa.update(customers)
                .where(customers.c.email == email.lower())
                .values(password_hash=self.encode(password))
            )

    def authenticate(self, email: str, password: str) -> bool:
        with self._engine.connect() as conn:
            row = conn.execute(
                sa.select(customers.c.password_hash).where(customers.c.email == email.lower())
            ).first()
        if row is None:
            return False
        return self.matches(password, row.password_hash)
