"""Password hashing for workshop staff accounts.

Staff accounts are kept in the office SQLite database used by the shop-floor
tablets. The standard library's PBKDF2 is used so the tablets need no compiled
extensions.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_len: int = 16
    key_len: int = 32


DEFAULT_POLICY = Pbkdf2Policy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_hash(password: str, policy: Pbkdf2Policy = DEFAULT_POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_len)
    key = hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt,
                              policy.iterations, policy.key_len)
    return f"pbkdf2_{policy.digest}${policy.iterations}${_b64(salt)}${_b64(key)}"


def check_hash(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, key_b64 = encoded.split("$")
    except ValueError:
        return False
    digest = scheme.removeprefix("pbkdf2_")
    expected = _unb64(key_b64)
    candidate = hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), _unb64(salt_b64),
                                    int(iterations), len(expected))
    return hmac.compare_digest(candidate, expected)


def needs_upgrade(encoded: str, policy: Pbkdf2Policy = DEFAULT_POLICY) -> bool:
    try:
        scheme, iterations, _salt, _key = encoded.split("$")
    except ValueError:
        return True
    return scheme != f"pbkdf2_{policy.digest}" or int(iterations) < policy.iterations


class StaffDirectory:
    def __init__(self, conn) -> None:
        self._conn = conn

    def set_password(self, username: str, password: str) -> None:
        self._conn.execute("UPDATE staff SET password_hash = ? WHERE username = ?",
                           (make_hash(password), username))
        self._conn.commit()

    def verify(self, username: str, password: str) -> bool:
        row = self._conn.execute("SELECT password_hash FROM staff WHERE username = ?",
                                 (username,)).fetchone()
        if row is None or not check_hash(password, row[0]):
            return False
        if needs_upgrade(row[0]):
            self.set_password(username, password)
        return True
