"""Password hashing for league officials (timekeepers, scorekeepers, convenors)."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Pbkdf2Settings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


PBKDF2 = Pbkdf2Settings()


class OfficialPasswords:
    def __init__(self, engine: Engine, settings: Pbkdf2Settings = PBKDF2) -> None:
        self._engine = engine
        self._settings = settings

    def encode(self, password: str) -> str:
        s = self._settings
        salt = os.urandom(s.salt_bytes)
        digest = hashlib.pbkdf2_hmac(s.algorithm, password.encode("utf-8"), salt, s.iterations)
        return f"pbkdf2_{s.algorithm}${s.iterations}${salt.hex()}${digest.hex()}"

    @staticmethod
    def check(password: str, encoded: str) -> bool:
        scheme, iterations, salt_hex, digest_hex = encoded.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        candidate = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
        )
        return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))

    def needs_upgrade(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self._settings.iterations

    def set_password(self, official_id: int, password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE officials SET password_hash = :h WHERE id = :oid"),
                {"h": self.encode(password), "oid": official_id},
            )

    def sign_in(self, email: str, password: str) -> int | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM officials WHERE email = :email AND active"),
                {"email": email.strip().lower()},
            ).first()
        if row is None or not self.check(password, row.password_hash):
            return None
        if self.needs_upgrade(row.password_hash):
            self.set_password(row.id, password)
        return row.id
