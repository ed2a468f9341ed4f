"""Password storage for the contractor pumping station portal."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashParams:
    algorithm: str = "sha256"
    iterations: int = 10_000
    salt_bytes: int = 16


class ContractorPasswordStore:
    params = HashParams()

    def __init__(self, db) -> None:
        self.db = db

    @classmethod
    def _derive(cls, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(cls.params.algorithm, password.encode(), salt, iterations)

    @classmethod
    def encode(cls, password: str) -> str:
        salt = os.urandom(cls.params.salt_bytes)
        digest = cls._derive(password, salt, cls.params.iterations)
        return "$".join(
            [
                f"pbkdf2-{cls.params.algorithm}",
                str(cls.params.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    @classmethod
    def matches(cls, password: str, encoded: str) -> bool:
        _, iterations, salt_b64, digest_b64 = encoded.split("$")
        candidate = cls._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def set_password(self, contractor_id: str, password: str) -> None:
        self.db.execute(
            "UPDATE contractors SET password_hash = %s WHERE id = %s",
            (self.encode(password), contractor_id),
        )

    def authenticate(self, contractor_id: str, password: str) -> bool:
        row = self.db.fetchone("SELECT password_hash FROM contractors WHERE id = %s", (contractor_id,))
        return bool(row) and self.matches(password, row[0])
