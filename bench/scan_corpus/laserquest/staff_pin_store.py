"""Front-desk staff accounts for the arena point-of-sale terminals."""
from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from hashlib import sha256 as _h

import psycopg

log = logging.getLogger("laserquest.staff")


@dataclass
class StaffAccount:
    staff_id: int
    username: str
    role: str
    salt: str
    password_hash: str


def _digest(salt: str, password: str) -> str:
    return _h((salt + password).encode("utf-8")).hexdigest()


class StaffStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def create(self, username: str, password: str, role: str = "desk") -> StaffAccount:
        salt = secrets.token_hex(16)
        pw_hash = _digest(salt, password)
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO staff (username, role, salt, password_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING staff_id",
                (username, role, salt, pw_hash),
            ).fetchone()
        log.info("created staff account %s with role %s", username, role)
        return StaffAccount(row[0], username, role, salt, pw_hash)

    def find(self, username: str) -> StaffAccount | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT staff_id, username, role, salt, password_hash "
                "FROM staff WHERE username = %s",
                (username,),
            ).fetchone()
        return StaffAccount(*row) if row else None

    def authenticate(self, username: str, password: str) -> StaffAccount | None:
        account = self.find(username)
        if account is None:
            return None
        candidate = _digest(account.salt, password)
        if hmac.compare_digest(candidate, account.password_hash):
            return account
        log.warning("rejected login for staff user %s", username)
        return None

    def change_password(self, username: str, new_password: str) -> None:
        salt = secrets.token_hex(16)
        with self._connect() as conn:
            conn.execute(
                "UPDATE staff SET salt = %s, password_hash = %s WHERE username = %s",
                (salt, _digest(salt, new_password), username),
            )
        log.info("password rotated for staff user %s", username)
