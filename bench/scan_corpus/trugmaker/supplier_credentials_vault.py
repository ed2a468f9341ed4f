"""Encrypted storage for supplier portal credentials.

The workshop logs in to the timber merchant's, the nail supplier's and
the courier's portals from scheduled jobs. Their credentials are stored
encrypted with a key held outside the database.
"""
from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class SupplierCredential:
    supplier: str
    username: str
    password: str
    portal_url: str


def _fresh_nonce() -> bytes:
    return os.urandom(NONCE_BYTES)


class CredentialVault:
    def __init__(self, db_path: str, key: bytes) -> None:
        self._conn = sqlite3.connect(db_path)
        self._aead = AESGCM(key)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS supplier_credentials (supplier TEXT PRIMARY KEY, blob TEXT NOT NULL)"
        )

    @classmethod
    def open_default(cls) -> "CredentialVault":
        key = base64.b64decode(os.environ["TRUG_VAULT_KEY"])
        return cls(os.environ.get("TRUG_VAULT_DB", "/srv/trug/vault.sqlite3"), key)

    def _seal(self, supplier: str, payload: dict) -> str:
        nonce = _fresh_nonce()
        ct = self._aead.encrypt(nonce, json.dumps(payload).encode(), supplier.encode())
        return base64.b64encode(nonce + ct).decode("ascii")

    def _unseal(self, supplier: str, blob: str) -> dict:
        raw = base64.b64decode(blob)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return json.loads(self._aead.decrypt(nonce, ct, supplier.encode()))

    def store(self, cred: SupplierCredential) -> None:
        blob = self._seal(
            cred.supplier,
            {"username": cred.username, "password": cred.password, "portal_url": cred.portal_url},
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO supplier_credentials (supplier, blob) VALUES (?, ?)",
            (cred.supplier, blob),
        )
        self._conn.commit()

    def fetch(self, supplier: str) -> SupplierCredential | None:
        row = self._conn.execute(
            "SELECT blob FROM supplier_credentials WHERE supplier = ?", (supplier,)
        ).fetchone()
        if row is None:
            return None
        data = self._unseal(supplier, row[0])
        return SupplierCredential(supplier=supplier, **data)

    def rotate(self, new_key: bytes) -> int:
        rows = self._conn.execute("SELECT supplier, blob FROM supplier_credentials").fetchall()
        plain = [(s, self._unseal(s, b)) for s, b in rows]
        self._aead = AESGCM(new_key)
        for supplier, payload in plain:
            self._conn.execute(
                "UPDATE supplier_credentials SET blob = ? WHERE supplier = ?",
                (self._seal(supplier, payload), supplier),
            )
        self._conn.commit()
        return len(plain)
