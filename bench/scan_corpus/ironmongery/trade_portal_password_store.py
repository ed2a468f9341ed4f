"""Password hashing for the trade ordering portal.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so that
the iteration count can be raised later without a migration; old hashes
are upgraded transparently on the next successful login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class PortalHashConfig:
    algorithm: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16


CONFIG = PortalHashConfig()


def _encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _decode(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(password: str, config: PortalHashConfig = CONFIG) -> str:
    salt = secrets.token_bytes(config.salt_bytes)
    digest = hashlib.pbkdf2_hmac(config.algorithm, password.encode("utf-8"), salt, config.iterations)
    return f"pbkdf2_{config.algorithm}${config.iterations}${_encode(salt)}${_encode(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$", 3)
        algorithm = scheme.split("_", 1)[1]
    except (ValueError, IndexError):
        return False
    digest = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), _decode(salt), int(iterations))
    return hmac.compare_digest(digest, _decode(expected))


def must_upgrade(encoded: str, config: PortalHashConfig = CONFIG) -> bool:
    try:
        return int(encoded.split("$", 2)[1]) < config.iterations
    except (IndexError, ValueError):
        return True


class PortalAccounts:
    def __init__(self, conn) -> None:
        self.conn = conn

    def set_password(self, user_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        self.conn.execute("UPDATE portal_users SET password_hash = ? WHERE id = ?", (make_password(password), user_id))
        self.conn.commit()

    def login(self, email: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password_hash FROM portal_users WHERE email = ? AND disabled = 0",
            (email.strip().lower(),),
        ).fetchone()
        if row is None or not check_password(password, row[1]):
            return None
        if must_upgrade(row[1]):
            self.set_password(row[0], password)
        return row[0]
