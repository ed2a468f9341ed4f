"""Password storage for technician logins on the dispatch tablets."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Optional

import psycopg

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def make_password_record(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _pbkdf2(password, salt, iterations)
    return f"pbkdf2-{PBKDF2_ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def check_password_record(password: str, record: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = record.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2-{PBKDF2_ALGORITHM}":
        return False
    candidate = _pbkdf2(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def needs_upgrade(record: str) -> bool:
    return int(record.split("$")[1]) < PBKDF2_ITERATIONS


class TechnicianCredentialVault:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def enrol(self, technician_id: int, login: str, password: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO technician_logins (technician_id, login, password_record) "
                "VALUES (%s, %s, %s)",
                (technician_id, login.lower(), make_password_record(password)),
            )

    def verify(self, login: str, password: str) -> Optional[int]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT technician_id, password_record FROM technician_logins WHERE login = %s",
                (login.lower(),),
            ).fetchone()
            if row is None or not check_password_record(password, row[1]):
                return None
            if needs_upgrade(row[1]):
                conn.execute(
                    "UPDATE technician_logins SET password_record = %s WHERE technician_id = %s",
                    (make_password_record(password), row[0]),
                )
        return row[0]
