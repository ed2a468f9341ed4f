"""Local account storage for the self-hosted Git web UI.

Accounts created through the admin panel live in the ``users`` table; LDAP
and OAuth accounts never reach this module.
"""
from __future__ import annotations

import base64
import os
import sqlite3
from dataclasses import dataclass

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

HASH_SETTINGS = {
    "algorithm": "pbkdf2_sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
    "length": 32,
}


@dataclass
class StoredHash:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "{}${}${}".format(
            HASH_SETTINGS["algorithm"],
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "StoredHash":
        _, salt, digest = value.split("$", 2)
        return cls(base64.b64decode(salt), base64.b64decode(digest))


def _kdf(salt: bytes) -> PBKDF2HMAC:
    return PBKDF2HMAC(
        algorithm=hashes.SHA256(),
        length=HASH_SETTINGS["length"],
        salt=salt,
        iterations=HASH_SETTINGS["iterations"],
    )


def hash_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    digest = _kdf(salt).derive(password.encode("utf-8"))
    return StoredHash(salt, digest).encode()


def verify_password(password: str, encoded: str) -> bool:
    stored = StoredHash.decode(encoded)
    try:
        _kdf(stored.salt).verify(password.encode("utf-8"), stored.digest)
    except InvalidKey:
        return False
    return True


def set_password(conn: sqlite3.Connection, username: str, password: str) -> None:
    conn.execute(
        "UPDATE users SET password_hash = ? WHERE username = ?",
        (hash_password(password), username),
    )
    conn.commit()
