"""Credential storage for office staff who use the traceability back office."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class HashingPolicy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


class CredentialStore:
    def __init__(self, engine: Engine, policy: HashingPolicy = HashingPolicy()) -> None:
        self._engine = engine
        self._policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int, digest: str) -> bytes:
        return hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), salt, iterations)

    def make_hash(self, password: str) -> str:
        if len(password) < self._policy.min_length:
            raise ValueError(f"passwords need at least {self._policy.min_length} characters")
        salt = secrets.token_bytes(self._policy.salt_bytes)
        dk = self._derive(password, salt, self._policy.iterations, self._policy.digest)
        return f"pbkdf2_{self._policy.digest}${self._policy.iterations}${salt.hex()}${dk.hex()}"

    def check(self, password: str, stored: str) -> bool:
        scheme, iterations, salt_hex, dk_hex = stored.split("$")
        digest = scheme.removeprefix("pbkdf2_")
        dk = self._derive(password, bytes.fromhex(salt_hex), int(iterations), digest)
        return hmac.compare_digest(dk, bytes.fromhex(dk_hex))

    def needs_upgrade(self, stored: str) -> bool:
        scheme, iterations, _, _ = stored.split("$")
        return scheme != f"pbkdf2_{self._policy.digest}" or int(iterations) < self._policy.iterations

    def set_password(self, staff_id: int, password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE office_staff SET password_hash = :h WHERE id = :id"),
                {"h": self.make_hash(password), "id": staff_id},
            )

    def authenticate(self, email: str, password: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM office_staff WHERE email = :e AND active"),
                {"e": email.lower()},
            ).first()
            if row is None or not self.check(password, row.password_hash):
                return None
            if self.needs_upgrade(row.password_hash):
                conn.execute(
                    text("UPDATE office_staff SET password_hash = :h WHERE id = :id"),
                    {"h": self.make_hash(password), "id": row.id},
                )
        return row.id
