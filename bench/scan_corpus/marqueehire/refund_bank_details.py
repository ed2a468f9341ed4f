"""Encrypted storage of customer bank details for damage-deposit refunds.

After a marquee comes back from an event and the stock check is signed off,
the accounts team refunds the damage deposit by bank transfer. The sort code
and account number are kept encrypted until the refund has been paid.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["REFUND_DETAILS_KEY"])
    if len(key) != 32:
        raise RuntimeError("REFUND_DETAILS_KEY must be 32 bytes, base64 encoded")
    return key


class RefundDetailsCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def encrypt(self, details: BankDetails) -> str:
        plaintext = json.dumps(details.__dict__, sort_keys=True).encode("utf-8")
        cipher = AES.new(self._key, AES.MODE_ECB)
        return base64.b64encode(cipher.encrypt(pad(plaintext, AES.block_size))).decode()

    def decrypt(self, blob: str) -> BankDetails:
        cipher = AES.new(self._key, AES.MODE_ECB)
        raw = unpad(cipher.decrypt(base64.b64decode(blob)), AES.block_size)
        return BankDetails(**json.loads(raw))


class RefundQueue:
    """Holds refunds waiting on the accounts team."""

    def __init__(self, conn, cipher: RefundDetailsCipher) -> None:
        self._conn = conn
        self._cipher = cipher

    def add(self, booking_ref: str, amount_pence: int, details: BankDetails) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO deposit_refunds (booking_ref, amount_pence, bank_blob, paid)"
                " VALUES (?, ?, ?, 0)",
                (booking_ref, amount_pence, self._cipher.encrypt(details)),
            )

    def pending(self):
        rows = self._conn.execute(
            "SELECT booking_ref, amount_pence, bank_blob FROM deposit_refunds WHERE paid = 0"
        ).fetchall()
        for booking_ref, amount_pence, blob in rows:
            yield booking_ref, amount_pence, self._cipher.decrypt(blob)

    def mark_paid(self, booking_ref: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE deposit_refunds SET paid = 1, bank_blob = NULL WHERE booking_ref = ?",
                (booking_ref,),
            )
