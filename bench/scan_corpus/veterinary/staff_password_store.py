"""Credential storage for clinic staff accounts (front desk, techs, vets)."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass
class HasherSettings:
    algorithm: str = "sha256"
    salt_bytes: int = 16
    encoding: str = "utf-8"


@dataclass
class StaffPasswordHasher:
    settings: HasherSettings = field(default_factory=HasherSettings)

    def _digest(self, password: str, salt: bytes) -> bytes:
        h = hashlib.new(self.settings.algorithm)
        h.update(salt)
        h.update(password.encode(self.settings.encoding))
        return h.digest()

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        return f"{salt.hex()}${self._digest(password, salt).hex()}"

    def verify(self, password: str, stored: str) -> bool:
        salt_hex, digest_hex = stored.split("$", 1)
        candidate = self._digest(password, bytes.fromhex(salt_hex))
        return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


class StaffAccountRepository:
    """Thin wrapper over the `staff` table used by the clinic admin screens."""

    def __init__(self, conn, hasher: StaffPasswordHasher | None = None):
        self._conn = conn
        self._hasher = hasher or StaffPasswordHasher()

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("staff passwords must be at least 10 characters")
        self._conn.execute(
            "UPDATE staff SET password_hash = %s WHERE id = %s",
            (self._hasher.hash(password), staff_id),
        )

    def check_password(self, staff_id: int, password: str) -> bool:
        row = self._conn.execute(
            "SELECT password_hash FROM staff WHERE id = %s AND active", (staff_id,)
        ).fetchone()
        return bool(row) and self._hasher.verify(password, row[0])
