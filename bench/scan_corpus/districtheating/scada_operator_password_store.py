"""Password storage for SCADA historian web users (PBKDF2, stdlib only for the air-gapped site)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import ClassVar


class Pbkdf2Scheme:
    name: ClassVar[str] = "pbkdf2-sha256"
    iterations: ClassVar[int] = 600_000
    salt_size: ClassVar[int] = 16

    @classmethod
    def _derive(cls, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)

    @classmethod
    def encode(cls, password: str) -> str:
        salt = os.urandom(cls.salt_size)
        dk = cls._derive(password, salt, cls.iterations)
        b64 = base64.b64encode
        return f"${cls.name}${cls.iterations}${b64(salt).decode()}${b64(dk).decode()}"

    @classmethod
    def verify(cls, password: str, encoded: str) -> bool:
        _, name, rounds, salt_b64, dk_b64 = encoded.split("$")
        if name != cls.name:
            return False
        dk = cls._derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    @classmethod
    def needs_update(cls, encoded: str) -> bool:
        return int(encoded.split("$")[2]) < cls.iterations


class OperatorDirectory:
    def __init__(self, db) -> None:
        self.db = db

    def set_password(self, username: str, password: str) -> None:
        self.db.execute("UPDATE scada_user SET pw = ? WHERE username = ?",
                        (Pbkdf2Scheme.encode(password), username))

    def login(self, username: str, password: str) -> bool:
        row = self.db.execute("SELECT pw FROM scada_user WHERE username = ?", (username,)).fetchone()
        if row is None or not Pbkdf2Scheme.verify(password, row[0]):
            return False
        if Pbkdf2Scheme.needs_update(row[0]):
            self.set_password(username, password)
        return True
