"""Teacher accounts for the school workshop booking portal.

Teachers register once per school and then book living-willow workshops
(domes, tunnels, fedges) for their classes. Accounts sit in the bookings
database next to the workshop calendar.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()
MIN_PASSWORD_LENGTH = 10


class AccountError(Exception):
    pass


class TeacherAccountStore:
    def __init__(self, conn: sqlite3.Connection, settings: HashSettings = HASH_SETTINGS):
        self._conn = conn
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def register(self, email: str, school: str, password: str) -> int:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        try:
            cur = self._conn.execute(
                "INSERT INTO teacher_accounts "
                "(email, school, salt, pw_hash, iterations, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    email.strip().lower(),
                    school.strip(),
                    salt.hex(),
                    digest.hex(),
                    self._settings.iterations,
                    datetime.now(timezone.utc).isoformat(),
                ),
            )
        except sqlite3.IntegrityError as exc:
            raise AccountError("an account with that email already exists") from exc
        self._conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, salt, pw_hash, iterations FROM teacher_accounts WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        account_id, salt_hex, stored_hex, iterations = row
        candidate = self._derive(password, bytes.fromhex(salt_hex), iterations)
        if hmac.compare_digest(candidate, bytes.fromhex(stored_hex)):
            return account_id
        return None

    def change_password(self, account_id: int, new_password: str) -> None:
        if len(new_password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt, self._settings.iterations)
        self._conn.execute(
            "UPDATE teacher_accounts SET salt = ?, pw_hash = ?, iterations = ? WHERE id = ?",
            (salt.hex(), digest.hex(), self._settings.iterations, account_id),
        )
        self._conn.commit()

    def schools_with_bookings(self, season: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT a.school FROM teacher_accounts a "
            "JOIN workshop_bookings b ON b.account_id = a.id "
            "WHERE b.season = ? ORDER BY a.school",
            (season,),
        ).fetchall()
        return [r[0] for r in rows]
