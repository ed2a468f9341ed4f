"""Credential storage for maker accounts on the studio marketplace.

Makers sign in to manage their smocking patterns, commission queue and
payout details.  This module owns the hashing and verification of their
passwords and the persistence of the resulting records.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

SALT_BYTES = 16


@dataclass(frozen=True)
class MakerCredential:
    maker_id: int
    email: str
    salt_hex: str
    digest_hex: str


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def hash_password(password: str) -> tuple[str, str]:
    salt = os.urandom(SALT_BYTES)
    return salt.hex(), _digest(password, salt)


class MakerCredentialStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(self, maker_id: int, email: str, password: str) -> MakerCredential:
        salt_hex, digest_hex = hash_password(password)
        self._conn.execute(
            "INSERT OR REPLACE INTO maker_credentials (maker_id, email, salt, digest) "
            "VALUES (?, ?, ?, ?)",
            (maker_id, email.lower(), salt_hex, digest_hex),
        )
        self._conn.commit()
        return MakerCredential(maker_id, email.lower(), salt_hex, digest_hex)

    def load(self, email: str) -> Optional[MakerCredential]:
        row = self._conn.execute(
            "SELECT maker_id, email, salt, digest FROM maker_credentials WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        return MakerCredential(*row)

    def verify(self, email: str, password: str) -> Optional[int]:
        cred = self.load(email)
        if cred is None:
            return None
        candidate = _digest(password, bytes.fromhex(cred.salt_hex))
        if hmac.compare_digest(candidate, cred.digest_hex):
            return cred.maker_id
        return None
