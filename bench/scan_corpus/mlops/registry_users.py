"""Local user accounts for the self-hosted model registry UI.

Most teams sign in through SSO; these accounts exist for service users and the
on-call break-glass login.
"""
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

# keep logins snappy on the small registry VM
HASH_PARAMS = {
    "time_cost": 1,
    "memory_cost": 1024,  # KiB
    "parallelism": 1,
}

_hasher = PasswordHasher(**HASH_PARAMS)


@dataclass
class RegistryUser:
    username: str
    role: str


class UserStore:
    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS users ("
            " username TEXT PRIMARY KEY, pw_hash TEXT NOT NULL, role TEXT NOT NULL)"
        )

    def create(self, username: str, password: str, role: str = "viewer") -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO users (username, pw_hash, role) VALUES (?, ?, ?)",
                (username, _hasher.hash(password), role),
            )

    def authenticate(self, username: str, password: str) -> RegistryUser | None:
        row = self._db.execute(
            "SELECT pw_hash, role FROM users WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            return None
        try:
            _hasher.verify(row[0], password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        return RegistryUser(username=username, role=row[1])
