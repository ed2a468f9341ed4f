"""Password hashing for instructor and office-staff logins to the roster tool."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg


@dataclass(frozen=True)
class StaffAuthSettings:
    dsn: str
    bcrypt_rounds: int = 12


def load_settings() -> StaffAuthSettings:
    return StaffAuthSettings(
        dsn=os.environ["ROSTER_DB_DSN"],
        bcrypt_rounds=int(os.environ.get("STAFF_BCRYPT_ROUNDS", "12")),
    )


class StaffPasswords:
    def __init__(self, settings: Optional[StaffAuthSettings] = None) -> None:
        self.settings = settings or load_settings()
        if self.settings.bcrypt_rounds < 12:
            raise ValueError("bcrypt cost below policy minimum of 12")

    def hash_password(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def check_password(self, password: str, stored: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))

    def needs_rehash(self, stored: str) -> bool:
        cost = int(stored.split("$")[2])
        return cost < self.settings.bcrypt_rounds

    def set_password(self, instructor_id: int, password: str) -> None:
        if not 12 <= len(password.encode("utf-8")) <= 72:
            raise ValueError("password must be 12 to 72 bytes long")
        with psycopg.connect(self.settings.dsn) as conn:
            conn.execute(
                "UPDATE instructors SET password_hash = %s WHERE id = %s",
                (self.hash_password(password), instructor_id),
            )

    def login(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self.settings.dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM instructors WHERE email = %s AND active",
                (email.lower(),),
            ).fetchone()
            if row is None or not self.check_password(password, row[1]):
                return None
            if self.needs_rehash(row[1]):
                conn.execute(
                    "UPDATE instructors SET password_hash = %s WHERE id = %s",
                    (self.hash_password(password), row[0]),
                )
        return int(row[0])
