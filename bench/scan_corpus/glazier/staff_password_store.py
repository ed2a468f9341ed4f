"""Office staff logins for the estimating and scheduling back office."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg2

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ROUNDS = 650_000
SALT_LEN = 16


@dataclass
class StaffUser:
    user_id: int
    username: str
    role: str


def hash_password(password: str, *, salt: bytes | None = None, rounds: int = PBKDF2_ROUNDS) -> str:
    salt = salt if salt is not None else os.urandom(SALT_LEN)
    derived = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, rounds)
    return "$".join(
        ["pbkdf2-" + PBKDF2_ALGORITHM, str(rounds),
         base64.b64encode(salt).decode(), base64.b64encode(derived).decode()]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        _, rounds, salt_b64, _ = stored.split("$")
    except ValueError:
        return False
    recomputed = hash_password(password, salt=base64.b64decode(salt_b64), rounds=int(rounds))
    return hmac.compare_digest(recomputed, stored)


class StaffRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def add(self, username: str, password: str, role: str = "estimator") -> int:
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO staff_users (username, password_hash, role) VALUES (%s, %s, %s) RETURNING id",
                (username, hash_password(password), role),
            )
            return cur.fetchone()[0]

    def login(self, username: str, password: str) -> StaffUser | None:
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, username, role, password_hash FROM staff_users WHERE username = %s",
                (username,),
            )
            row = cur.fetchone()
        if row and verify_password(password, row[3]):
            return StaffUser(row[0], row[1], row[2])
        return None
