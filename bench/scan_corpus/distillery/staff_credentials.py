"""Password storage for the warehouse console's local accounts.

Most staff sign in through SSO; a handful of local accounts exist for the
bonded-warehouse handheld scanners, which can't do the SSO redirect.
"""
import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 12


@dataclass(frozen=True)
class LocalAccount:
    username: str
    device_group: str


class WeakPasswordError(ValueError):
    pass


def _enc(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _dec(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_hash(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, PBKDF2_ITERATIONS)
    return f"{PBKDF2_ITERATIONS}${_enc(salt)}${_enc(dk)}"


def check_hash(password: str, stored: str) -> bool:
    iterations, salt, expected = stored.split("$")
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), _dec(salt), int(iterations))
    return hmac.compare_digest(dk, _dec(expected))


class LocalAccountStore:
    def __init__(self, db_path: str):
        self.conn = sqlite3.connect(db_path)

    def add(self, username: str, password: str, device_group: str) -> LocalAccount:
        self.conn.execute(
            "INSERT INTO local_accounts (username, pw_hash, device_group) VALUES (?, ?, ?)",
            (username, make_hash(password), device_group),
        )
        self.conn.commit()
        return LocalAccount(username, device_group)

    def login(self, username: str, password: str) -> LocalAccount | None:
        row = self.conn.execute(
            "SELECT pw_hash, device_group FROM local_accounts WHERE username = ?",
            (username,),
        ).fetchone()
        if row and check_hash(password, row[0]):
            return LocalAccount(username, row[1])
        return None
