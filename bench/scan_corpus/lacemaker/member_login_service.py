"""Member account credentials for the Lacemaker studio website.

Members sign in to download purchased prickings, book workshops and post in
the forum. This module stores and checks their passwords in the members table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = CredentialSettings()


def _derive(password: str, salt: bytes, settings: CredentialSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
    )


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{SETTINGS.algorithm}",
            str(SETTINGS.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    settings = CredentialSettings(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class MemberAccounts:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def register(self, email: str, display_name: str, password: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO members (email, display_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), display_name, encode_password(password)),
        )
        self._conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM members WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        member_id, stored = row
        return member_id if check_password(password, stored) else None
