"""The console's user directory, kept in SQLite."""
import sqlite3
from dataclasses import dataclass

from fleetdesk import passwords, settings

MIN_PASSWORD_LENGTH = 12

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    email                TEXT PRIMARY KEY,
    password_hash        TEXT NOT NULL,
    role                 TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL DEFAULT (datetime('now'))
)
"""


class UserExists(Exception):
    """An account with this e-mail address is already registered."""


@dataclass(frozen=True)
class User:
    email: str
    role: str
    must_change_password: bool


class UserStore:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path)
        self._conn.execute(_SCHEMA)

    def add_user(self, email, password, role, *, must_change_password=False) -> User:
        if role not in settings.ROLES:
            raise ValueError(f"unknown role {role!r}")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
        try:
            with self._conn:
                self._conn.execute(
                    "INSERT INTO users (email, password_hash, role, must_change_password)"
                    " VALUES (?, ?, ?, ?)",
                    (email.lower(), passwords.hash_password(password), role, int(must_change_password)),
                )
        except sqlite3.IntegrityError:
            raise UserExists(email) from None
        return User(email.lower(), role, must_change_password)

    def get(self, email: str) -> User | None:
        row = self._conn.execute(
            "SELECT email, role, must_change_password FROM users WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        return User(row[0], row[1], bool(row[2])) if row else None

    def authenticate(self, email: str, password: str) -> User | None:
        row = self._conn.execute(
            "SELECT password_hash FROM users WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row and passwords.verify_password(password, row[0]):
            return self.get(email)
        return None

    def list_users(self) -> list[User]:
        rows = self._conn.execute(
            "SELECT email, role, must_change_password FROM users ORDER BY email"
        ).fetchall()
        return [User(e, r, bool(m)) for e, r, m in rows]
