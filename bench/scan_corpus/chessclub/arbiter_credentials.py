"""Credential storage for licensed arbiters who use the pairing desktop tool offline.

The desktop tool syncs a local SQLite copy; passwords are stored as
PBKDF2-SHA256 so that the tool can verify logins without a network.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    dklen: int = 32


KDF = KdfSettings()


def _derive(password: str, salt: bytes, iterations: int, settings: KdfSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, iterations, dklen=settings.dklen
    )


def encode_password(password: str, settings: KdfSettings = KDF) -> str:
    salt = secrets.token_bytes(settings.salt_bytes)
    digest = _derive(password, salt, settings.iterations, settings)
    return "$".join(
        [
            f"pbkdf2_{settings.algorithm}",
            str(settings.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(encoded: str, password: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    if scheme != f"pbkdf2_{KDF.algorithm}":
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class ArbiterCredentialStore:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS arbiter_credentials ("
            " licence TEXT PRIMARY KEY, name TEXT NOT NULL, encoded TEXT NOT NULL)"
        )

    def set_password(self, licence: str, name: str, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO arbiter_credentials (licence, name, encoded) VALUES (?, ?, ?) "
                "ON CONFLICT(licence) DO UPDATE SET name = excluded.name, encoded = excluded.encoded",
                (licence, name, encode_password(password)),
            )

    def verify(self, licence: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT encoded FROM arbiter_credentials WHERE licence = ?", (licence,)
        ).fetchone()
        if row is None:
            _derive(password, b"\0" * KDF.salt_bytes, KDF.iterations)
            return False
        return check_password(row[0], password)
