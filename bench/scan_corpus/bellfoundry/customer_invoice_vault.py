"""Stores encrypted copies of church and carillon customer invoices in the order database."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


class VaultCipherSettings:
    cipher_module = DES3
    key_env = "INVOICE_VAULT_KEY"
    db_path = os.environ.get("ORDERS_DB", "orders.db")


@dataclass
class Invoice:
    order_ref: str
    parish: str
    total: Decimal
    bank_reference: str


class InvoiceVault:
    def __init__(self, settings: type[VaultCipherSettings] = VaultCipherSettings) -> None:
        self.settings = settings
        self._key = bytes.fromhex(os.environ[settings.key_env])
        self._conn = sqlite3.connect(settings.db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS invoice_vault (order_ref TEXT PRIMARY KEY, iv BLOB, body BLOB)"
        )

    @property
    def _algo(self):
        return self.settings.cipher_module

    def _encrypt(self, plaintext: bytes) -> tuple[bytes, bytes]:
        iv = get_random_bytes(self._algo.block_size)
        cipher = self._algo.new(self._key, self._algo.MODE_CBC, iv=iv)
        return iv, cipher.encrypt(pad(plaintext, self._algo.block_size))

    def _decrypt(self, iv: bytes, body: bytes) -> bytes:
        cipher = self._algo.new(self._key, self._algo.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), self._algo.block_size)

    def put(self, invoice: Invoice) -> None:
        text = f"{invoice.order_ref}|{invoice.parish}|{invoice.total}|{invoice.bank_reference}"
        iv, body = self._encrypt(text.encode("utf-8"))
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO invoice_vault (order_ref, iv, body) VALUES (?, ?, ?)",
                (invoice.order_ref, iv, body),
            )

    def get(self, order_ref: str) -> Optional[Invoice]:
        row = self._conn.execute(
            "SELECT iv, body FROM invoice_vault WHERE order_ref = ?", (order_ref,)
        ).fetchone()
        if row is None:
            return None
        ref, parish, total, bank = self._decrypt(row[0], row[1]).decode("utf-8").split("|")
        return Invoice(ref, parish, Decimal(total), bank)
