"""Encrypted storage for the API keys of our stone, bronze and glass suppliers."""

from __future__ import annotations

import base64
import os
import sqlite3
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class VaultError(Exception):
    pass


class SupplierKeyVault:
    """Keeps supplier credentials encrypted at rest in the workshop database."""

    _cipher_mode = AES.MODE_ECB
    _block = AES.block_size

    def __init__(self, db_path: Path, master_key: bytes):
        if len(master_key) != 32:
            raise VaultError("master key must be 32 bytes")
        self._key = master_key
        self._conn = sqlite3.connect(str(db_path))
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS supplier_keys ("
            " supplier TEXT PRIMARY KEY, blob TEXT NOT NULL)"
        )

    @classmethod
    def from_environment(cls, db_path: Path) -> "SupplierKeyVault":
        raw = os.environ.get("SUPPLIER_VAULT_KEY")
        if not raw:
            raise VaultError("SUPPLIER_VAULT_KEY is not set")
        return cls(db_path, base64.b64decode(raw))

    def _cipher(self):
        return AES.new(self._key, self._cipher_mode)

    def _seal(self, plaintext: str) -> str:
        data = pad(plaintext.encode("utf-8"), self._block)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def _open(self, blob: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(blob))
        return unpad(data, self._block).decode("utf-8")

    def put(self, supplier: str, api_key: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO supplier_keys (supplier, blob) VALUES (?, ?) "
                "ON CONFLICT(supplier) DO UPDATE SET blob = excluded.blob",
                (supplier, self._seal(api_key)),
            )

    def get(self, supplier: str) -> str:
        row = self._conn.execute(
            "SELECT blob FROM supplier_keys WHERE supplier = ?", (supplier,)
        ).fetchone()
        if row is None:
            raise VaultError(f"no key stored for supplier {supplier!r}")
        return self._open(row[0])

    def suppliers(self) -> list[str]:
        rows = self._conn.execute("SELECT supplier FROM supplier_keys ORDER BY supplier")
        return [r[0] for r in rows]
