"""Credential storage for the owner self-service portal.

Owners sign in with their member number and a password. Each hash is stored
in ``owner_credentials`` together with its salt and iteration count so the
work factor can be changed later without forcing every owner to reset.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = HashSettings()


class OwnerCredentialStore:
    """Reads and writes owner password hashes."""

    def __init__(self, conn: psycopg.Connection, settings: HashSettings = DEFAULT_SETTINGS):
        self._conn = conn
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def set_password(self, member_number: str, password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        with self._conn.cursor() as cur:
            cur.execute(
                """
                INSERT INTO owner_credentials (member_number, salt, iterations, digest)
                VALUES (%s, %s, %s, %s)
                ON CONFLICT (member_number)
                DO UPDATE SET salt = EXCLUDED.salt,
                              iterations = EXCLUDED.iterations,
                              digest = EXCLUDED.digest
                """,
                (
                    member_number,
                    base64.b64encode(salt).decode("ascii"),
                    self._settings.iterations,
                    base64.b64encode(digest).decode("ascii"),
                ),
            )
        self._conn.commit()

    def _load(self, member_number: str):
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT salt, iterations, digest FROM owner_credentials WHERE member_number = %s",
                (member_number,),
            )
            return cur.fetchone()

    def verify(self, member_number: str, password: str) -> bool:
        row = self._load(member_number)
        if row is None:
            return False
        salt = base64.b64decode(row[0])
        expected = base64.b64decode(row[2])
        candidate = self._derive(password, salt, int(row[1]))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, member_number: str) -> bool:
        row = self._load(member_number)
        return row is not None and int(row[1]) < self._settings.iterations

    def login(self, member_number: str, password: str) -> bool:
        if not self.verify(member_number, password):
            return False
        if self.needs_rehash(member_number):
            self.set_password(member_number, password)
        return True
