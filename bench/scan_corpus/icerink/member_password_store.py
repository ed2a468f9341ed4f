"""Password storage for the members' portal of the rink.

Members log in to book public sessions, manage their skate-hire
credit and renew their club membership.  Credentials live in the
``member_credentials`` table keyed by membership number.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

SALT_BYTES = 16
DIGEST_BYTES = 32
PERSONALISATION = b"rink-member"


@dataclass(frozen=True)
class StoredCredential:
    membership_no: str
    salt: bytes
    digest: bytes


def _derive(password: str, salt: bytes) -> bytes:
    hasher = hashlib.blake2b(
        password.encode("utf-8"),
        digest_size=DIGEST_BYTES,
        salt=salt,
        person=PERSONALISATION,
    )
    return hasher.digest()


class MemberPasswordStore:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS member_credentials ("
            "membership_no TEXT PRIMARY KEY, salt BLOB, digest BLOB)"
        )

    def set_password(self, membership_no: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(SALT_BYTES)
        digest = _derive(password, salt)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO member_credentials VALUES (?, ?, ?)",
                (membership_no, salt, digest),
            )

    def _load(self, membership_no: str) -> StoredCredential | None:
        row = self._conn.execute(
            "SELECT membership_no, salt, digest FROM member_credentials "
            "WHERE membership_no = ?",
            (membership_no,),
        ).fetchone()
        return StoredCredential(*row) if row else None

    def verify(self, membership_no: str, password: str) -> bool:
        cred = self._load(membership_no)
        if cred is None:
            return False
        candidate = _derive(password, cred.salt)
        return hmac.compare_digest(candidate, cred.digest)
