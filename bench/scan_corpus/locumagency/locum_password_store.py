"""PBKDF2 password storage for locum doctor logins on the booking app."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.salt_bytes)
        dk = hashlib.pbkdf2_hmac(self.digest, password.encode("utf-8"), salt, self.iterations)
        return f"pbkdf2_{self.digest}${self.iterations}${salt.hex()}${dk.hex()}"

    @staticmethod
    def matches(password: str, encoded: str) -> bool:
        algo, iterations, salt_hex, dk_hex = encoded.split("$", 3)
        dk = hashlib.pbkdf2_hmac(
            algo.removeprefix("pbkdf2_"),
            password.encode("utf-8"),
            bytes.fromhex(salt_hex),
            int(iterations),
        )
        return hmac.compare_digest(dk.hex(), dk_hex)

    def outdated(self, encoded: str) -> bool:
        algo, iterations, _, _ = encoded.split("$", 3)
        return algo != f"pbkdf2_{self.digest}" or int(iterations) < self.iterations


POLICY = Pbkdf2Policy()


class LocumLoginStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def set_password(self, locum_id: int, password: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE locum_logins SET password_hash = %s WHERE locum_id = %s",
                (POLICY.encode(password), locum_id),
            )

    def check(self, email: str, password: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT locum_id, password_hash FROM locum_logins WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        locum_id, encoded = row
        if not Pbkdf2Policy.matches(password, encoded):
            return None
        if POLICY.outdated(encoded):
            self.set_password(locum_id, password)
        return locum_id
