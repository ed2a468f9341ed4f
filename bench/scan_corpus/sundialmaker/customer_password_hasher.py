"""Password hashing for the workshop's customer and staff accounts (PBKDF2-SHA256)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class KdfPolicy:
    digest: str = "sha256"
    iterations: int = 650_000
    salt_len: int = 16
    key_len: int = 32


POLICY = KdfPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(data: str) -> bytes:
    return base64.b64decode(data + "=" * (-len(data) % 4))


class PasswordHasher:
    def __init__(self, policy: KdfPolicy = POLICY):
        self.policy = policy

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(self.policy.salt_len)
        dk = hashlib.pbkdf2_hmac(
            self.policy.digest, password.encode("utf-8"), salt,
            self.policy.iterations, self.policy.key_len,
        )
        return f"pbkdf2_{self.policy.digest}${self.policy.iterations}${_b64(salt)}${_b64(dk)}"

    def verify(self, password: str, stored: str) -> bool:
        try:
            algo, rounds, salt, expected = stored.split("$", 3)
        except ValueError:
            return False
        digest = algo.removeprefix("pbkdf2_")
        dk = hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), _unb64(salt),
                                 int(rounds), len(_unb64(expected)))
        return hmac.compare_digest(dk, _unb64(expected))

    def needs_rehash(self, stored: str) -> bool:
        parts = stored.split("$")
        return len(parts) != 4 or int(parts[1]) < self.policy.iterations


def authenticate(conn: Connection, email: str, password: str, hasher: PasswordHasher) -> int | None:
    row = conn.execute(
        text("SELECT id, password_hash FROM customers WHERE email = :email"),
        {"email": email.strip().lower()},
    ).first()
    if row is None or not hasher.verify(password, row.password_hash):
        return None
    if hasher.needs_rehash(row.password_hash):
        conn.execute(
            text("UPDATE customers SET password_hash = :h WHERE id = :id"),
            {"h": hasher.hash(password), "id": row.id},
        )
    return row.id
