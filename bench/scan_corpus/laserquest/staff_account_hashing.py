"""Password storage for back-office staff logins on the arena management console."""
from __future__ import annotations

import base64
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import pbkdf2_hmac as _kdf

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


@dataclass
class StaffLogin:
    username: str
    role: str
    encoded_hash: str


def encode_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = _kdf(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return "pbkdf2_sha256${}${}${}".format(
        iterations, base64.b64encode(salt).decode(), base64.b64encode(dk).decode()
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    dk = _kdf(
        PBKDF2_ALGORITHM, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_upgrade(encoded: str) -> bool:
    try:
        return int(encoded.split("$")[1]) < PBKDF2_ITERATIONS
    except (IndexError, ValueError):
        return True


class StaffDirectory:
    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path)

    def add(self, username: str, password: str, role: str) -> None:
        self._db.execute(
            "INSERT INTO staff_logins (username, role, encoded_hash) VALUES (?, ?, ?)",
            (username, role, encode_password(password)),
        )
        self._db.commit()

    def login(self, username: str, password: str) -> StaffLogin | None:
        row = self._db.execute(
            "SELECT username, role, encoded_hash FROM staff_logins WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None or not check_password(password, row[2]):
            return None
        if needs_upgrade(row[2]):
            self._db.execute(
                "UPDATE staff_logins SET encoded_hash = ? WHERE username = ?",
                (encode_password(password), username),
            )
            self._db.commit()
        return StaffLogin(*row)
