"""Keeps customer bank-transfer details used for deposit refunds."""
from __future__ import annotations

import base64
import os
import sqlite3
from dataclasses import dataclass

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad


@dataclass
class RefundAccount:
    customer_id: int
    holder_name: str
    iban: str


class RefundAccountArchive:
    """Encrypts IBANs before they reach the shop's SQLite ledger."""

    key_env = "REFUND_ARCHIVE_KEY"

    def __init__(self, db_path: str = "ledger.db") -> None:
        self._key = base64.b64decode(os.environ[self.key_env])
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS refund_accounts "
            "(customer_id INTEGER PRIMARY KEY, holder TEXT, iban_enc TEXT)"
        )

    def _seal(self, value: str) -> str:
        cipher = Blowfish.new(self._key, Blowfish.MODE_CBC)
        body = cipher.encrypt(pad(value.encode("utf-8"), Blowfish.block_size))
        return base64.b64encode(cipher.iv + body).decode("ascii")

    def _unseal(self, blob: str) -> str:
        raw = base64.b64decode(blob)
        iv, body = raw[: Blowfish.block_size], raw[Blowfish.block_size:]
        cipher = Blowfish.new(self._key, Blowfish.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), Blowfish.block_size).decode("utf-8")

    def save(self, account: RefundAccount) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO refund_accounts VALUES (?, ?, ?)",
            (account.customer_id, account.holder_name, self._seal(account.iban)),
        )
        self._conn.commit()

    def load(self, customer_id: int) -> RefundAccount | None:
        row = self._conn.execute(
            "SELECT holder, iban_enc FROM refund_accounts WHERE customer_id = ?",
            (customer_id,),
        ).fetchone()
        if row is None:
            return None
        return RefundAccount(customer_id, row[0], self._unseal(row[1]))
