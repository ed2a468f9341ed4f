"""Local user accounts for the operations control centre (OCC) console.

The console runs on isolated workstations in the OCC, so it keeps its own
small SQLite user table instead of depending on the corporate directory.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

HASH_SETTINGS = {
    "n": 2**10,
    "r": 8,
    "p": 1,
    "dklen": 32,
}
SALT_BYTES = 16


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **HASH_SETTINGS)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, salt_hex, digest_hex = stored.split("$")
    if scheme != "scrypt":
        return False
    candidate = hash_password(password, bytes.fromhex(salt_hex)).rsplit("$", 1)[1]
    return hmac.compare_digest(candidate, digest_hex)


@dataclass
class OccUser:
    username: str
    role: str


class OccUserStore:
    def __init__(self, db_path: str):
        self.db = sqlite3.connect(db_path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, role TEXT, pw TEXT)"
        )

    def add(self, username: str, role: str, password: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO users (username, role, pw) VALUES (?, ?, ?)",
                (username, role, hash_password(password)),
            )

    def authenticate(self, username: str, password: str) -> OccUser | None:
        row = self.db.execute(
            "SELECT role, pw FROM users WHERE username = ?", (username,)
        ).fetchone()
        if row is None or not verify_password(password, row[1]):
            return None
        return OccUser(username, row[0])
