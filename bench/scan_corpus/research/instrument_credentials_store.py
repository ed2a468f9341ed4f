"""Encrypted storage for instrument vendor service credentials.

Several core facility instruments push data to vendor cloud portals; the
ingestion workers need the facility's login for each portal. We keep those in
the ``instrument_credentials`` table, encrypted with a key from the environment.
"""
from __future__ import annotations

import base64
import os
import sqlite3
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class VendorLogin:
    instrument_id: str
    username: str
    password: str


class CredentialStore:
    def __init__(self, db_path: str, key_b64: str | None = None) -> None:
        key_b64 = key_b64 or os.environ["INSTRUMENT_CRED_KEY"]
        self._key = base64.b64decode(key_b64)
        if len(self._key) not in (16, 24, 32):
            raise ValueError("INSTRUMENT_CRED_KEY must decode to 16, 24 or 32 bytes")
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS instrument_credentials ("
            " instrument_id TEXT PRIMARY KEY, username TEXT NOT NULL, secret BLOB NOT NULL)"
        )

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def _encrypt(self, plaintext: str) -> bytes:
        return self._cipher().encrypt(pad(plaintext.encode("utf-8"), AES.block_size))

    def _decrypt(self, blob: bytes) -> str:
        return unpad(self._cipher().decrypt(blob), AES.block_size).decode("utf-8")

    def put(self, login: VendorLogin) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO instrument_credentials (instrument_id, username, secret) "
                "VALUES (?, ?, ?) ON CONFLICT(instrument_id) DO UPDATE SET "
                "username = excluded.username, secret = excluded.secret",
                (login.instrument_id, login.username, self._encrypt(login.password)),
            )

    def get(self, instrument_id: str) -> VendorLogin | None:
        row = self._db.execute(
            "SELECT username, secret FROM instrument_credentials WHERE instrument_id = ?",
            (instrument_id,),
        ).fetchone()
        if row is None:
            return None
        return VendorLogin(instrument_id, row[0], self._decrypt(row[1]))

    def close(self) -> None:
        self._db.close()
