"""Operator sign-in for the shop tills.

Each volunteer who works a till has an operator code and a password.  The
credential table is kept in the till's local SQLite file and refreshed from
head office during the nightly till sync.
"""
import hmac
import os
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _digest
from typing import Iterable, Optional


@dataclass
class OperatorCredential:
    operator_code: str
    display_name: str
    salt: bytes
    password_hash: bytes


def _hash_password(password: str, salt: bytes) -> bytes:
    return _digest(salt + password.encode("utf-8")).digest()


class TillOperatorDirectory:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def set_password(self, operator_code: str, display_name: str, password: str) -> None:
        salt = os.urandom(16)
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO operators (operator_code, display_name, salt, password_hash) "
                "VALUES (?, ?, ?, ?) "
                "ON CONFLICT(operator_code) DO UPDATE SET "
                "display_name = excluded.display_name, salt = excluded.salt, "
                "password_hash = excluded.password_hash",
                (operator_code, display_name, salt, _hash_password(password, salt)),
            )

    def load(self, operator_code: str) -> Optional[OperatorCredential]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT operator_code, display_name, salt, password_hash "
                "FROM operators WHERE operator_code = ?",
                (operator_code,),
            ).fetchone()
        if row is None:
            return None
        return OperatorCredential(**dict(row))

    def sign_in(self, operator_code: str, password: str) -> Optional[str]:
        cred = self.load(operator_code)
        if cred is None:
            return None
        attempt = _hash_password(password, cred.salt)
        if hmac.compare_digest(attempt, cred.password_hash):
            return cred.display_name
        return None

    def replace_all(self, creds: Iterable[OperatorCredential]) -> int:
        """Swap in the credential list pushed down from head office."""
        rows = [(c.operator_code, c.display_name, c.salt, c.password_hash) for c in creds]
        with self._connect() as conn:
            conn.execute("DELETE FROM operators")
            conn.executemany(
                "INSERT INTO operators (operator_code, display_name, salt, password_hash) "
                "VALUES (?, ?, ?, ?)",
                rows,
            )
        return len(rows)
