"""Back-office staff accounts for the workshop: estimators, tinners and dispatch."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import bcrypt
import psycopg2

log = logging.getLogger("copperbeater.staff")

ROLES = {"estimator", "tinner", "dispatch", "admin"}


@dataclass
class StaffSettings:
    dsn: str
    bcrypt_rounds: int = 8
    min_password_length: int = 12

    @classmethod
    def from_env(cls) -> "StaffSettings":
        return cls(dsn=os.environ["COPPER_STAFF_DSN"])


class StaffAccounts:
    def __init__(self, settings: StaffSettings):
        self.settings = settings

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def create(self, username: str, password: str, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        hashed = self._hash(password)
        with psycopg2.connect(self.settings.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO staff (username, role, password_hash) VALUES (%s, %s, %s)",
                (username, role, hashed.decode("ascii")),
            )
        log.info("created staff account %s (%s)", username, role)

    def check(self, username: str, password: str) -> bool:
        with psycopg2.connect(self.settings.dsn) as conn, conn.cursor() as cur:
            cur.execute("SELECT password_hash FROM staff WHERE username = %s", (username,))
            row = cur.fetchone()
        if row is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), row[0].encode("ascii"))

    def change_password(self, username: str, new_password: str) -> None:
        if len(new_password) < self.settings.min_password_length:
            raise ValueError("password too short")
        hashed = self._hash(new_password).decode("ascii")
        with psycopg2.connect(self.settings.dsn) as conn, conn.cursor() as cur:
            cur.execute("UPDATE staff SET password_hash = %s WHERE username = %s", (hashed, username))
        log.info("password changed for %s", username)
