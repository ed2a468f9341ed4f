"""Password storage for workshop staff accounts (office, weavers, drivers)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 650_000
    salt_bytes: int = 16

    @property
    def scheme(self) -> str:
        return f"pbkdf2_{self.algorithm}"


DEFAULT_KDF = KdfSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, kdf: KdfSettings = DEFAULT_KDF) -> str:
    salt = secrets.token_bytes(kdf.salt_bytes)
    dk = hashlib.pbkdf2_hmac(kdf.algorithm, password.encode("utf-8"), salt, kdf.iterations)
    return f"{kdf.scheme}${kdf.iterations}${_b64(salt)}${_b64(dk)}"


def _parse(encoded: str) -> Optional[tuple[str, int, bytes, bytes]]:
    try:
        scheme, iterations, salt, dk = encoded.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        return algorithm, int(iterations), _unb64(salt), _unb64(dk)
    except ValueError:
        return None


def verify_password(password: str, encoded: str) -> bool:
    parsed = _parse(encoded)
    if parsed is None:
        return False
    algorithm, iterations, salt, expected = parsed
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str, kdf: KdfSettings = DEFAULT_KDF) -> bool:
    parsed = _parse(encoded)
    if parsed is None:
        return True
    algorithm, iterations, _, _ = parsed
    return algorithm != kdf.algorithm or iterations < kdf.iterations


class StaffAccounts:
    def __init__(self, conn) -> None:
        self._conn = conn

    def set_password(self, staff_id: int, password: str) -> None:
        self._conn.execute(
            "UPDATE staff SET password = ? WHERE staff_id = ?", (hash_password(password), staff_id)
        )
        self._conn.commit()

    def login(self, username: str, password: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT staff_id, password FROM staff WHERE username = ? AND active = 1", (username,)
        ).fetchone()
        if row is None or not verify_password(password, row[1]):
            return None
        if needs_rehash(row[1]):
            self.set_password(row[0], password)
        return row[0]
