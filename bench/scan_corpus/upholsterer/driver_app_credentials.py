"""Credentials for the delivery drivers' van app.

Drivers sign in at the start of a collection/delivery round. We keep the
hashes in our own table because the van app works offline-first and syncs.
"""
import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 650_000
SALT_LENGTH = 16


@dataclass
class DriverCredential:
    driver_id: int
    username: str
    encoded_hash: str


def encode_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_LENGTH)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return "pbkdf2_{}${}${}${}".format(
        PBKDF2_ALGORITHM,
        iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def password_matches(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


class DriverCredentialStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def register(self, driver_id: int, username: str, password: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO driver_credentials (driver_id, username, encoded_hash) "
            "VALUES (?, ?, ?)",
            (driver_id, username.lower(), encode_password(password)),
        )
        self.conn.commit()

    def sign_in(self, username: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT driver_id, username, encoded_hash FROM driver_credentials WHERE username = ?",
            (username.lower(),),
        ).fetchone()
        if row is None:
            return None
        cred = DriverCredential(*row)
        return cred.driver_id if password_matches(password, cred.encoded_hash) else None
