"""Sign-in for office staff: export clerks, accounts and dispatch.

Staff accounts are kept in the main Postgres database next to the order
book. Passwords are stored as PBKDF2-SHA256 in a self-describing format so
the iteration count can be raised later without a migration.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg

PBKDF2_ITERATIONS = 650_000
SALT_LEN = 16


@dataclass
class StaffMember:
    username: str
    department: str


def encode_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_LEN)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(dk).decode()}"


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt_b64, dk_b64 = encoded.split("$", 3)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"),
                             base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def needs_rehash(encoded: str) -> bool:
    return int(encoded.split("$", 3)[1]) < PBKDF2_ITERATIONS


class StaffLoginService:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def login(self, username: str, password: str) -> Optional[StaffMember]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT department, password FROM staff WHERE username = %s AND enabled",
                (username,),
            ).fetchone()
            if row is None or not check_password(password, row[1]):
                return None
            if needs_rehash(row[1]):
                conn.execute("UPDATE staff SET password = %s WHERE username = %s",
                             (encode_password(password), username))
        return StaffMember(username=username, department=row[0])

    def set_password(self, username: str, new_password: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute("UPDATE staff SET password = %s WHERE username = %s",
                         (encode_password(new_password), username))
