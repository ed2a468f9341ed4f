"""Stores passport details needed for cross-border tours (e.g. Danube to Budapest)."""
from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class PassportDetails:
    full_name: str
    nationality: str
    passport_number: str
    expiry: str


class PassportVault:
    def __init__(self, db_path: str, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["PASSPORT_VAULT_KEY"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("passport vault key must be an AES key")
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS passports (booking_ref TEXT PRIMARY KEY, blob TEXT NOT NULL)"
        )

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def _encrypt(self, plaintext: bytes) -> bytes:
        return self._cipher().encrypt(pad(plaintext, AES.block_size))

    def _decrypt(self, ciphertext: bytes) -> bytes:
        return unpad(self._cipher().decrypt(ciphertext), AES.block_size)

    def store(self, booking_ref: str, details: PassportDetails) -> None:
        blob = self._encrypt(json.dumps(asdict(details)).encode("utf-8"))
        self._conn.execute(
            "INSERT OR REPLACE INTO passports (booking_ref, blob) VALUES (?, ?)",
            (booking_ref, base64.b64encode(blob).decode("ascii")),
        )
        self._conn.commit()

    def fetch(self, booking_ref: str) -> PassportDetails | None:
        row = self._conn.execute(
            "SELECT blob FROM passports WHERE booking_ref = ?", (booking_ref,)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(self._decrypt(base64.b64decode(row[0])))
        return PassportDetails(**data)

    def purge(self, booking_refs: list[str]) -> int:
        removed = 0
        for ref in booking_refs:
            removed += self._conn.execute(
                "DELETE FROM passports WHERE booking_ref = ?", (ref,)
            ).rowcount
        self._conn.commit()
        return removed
