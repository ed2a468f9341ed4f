"""Encryption of external bank account numbers used for ACH withdrawals.

Account numbers are encrypted before they are written to ``bank_links``.
The key is provisioned by the platform team and injected via the
``BANK_LINK_KEY`` environment variable (hex encoded, 32 bytes).
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class KeyConfigError(RuntimeError):
    pass


def _load_key() -> bytes:
    raw = os.environ.get("BANK_LINK_KEY")
    if not raw:
        raise KeyConfigError("BANK_LINK_KEY is not set")
    key = bytes.fromhex(raw)
    if len(key) != 32:
        raise KeyConfigError("BANK_LINK_KEY must be 32 bytes")
    return key


@dataclass(frozen=True)
class BankLink:
    client_id: str
    routing_number: str
    account_number_enc: str
    last4: str


class AccountNumberVault:
    """Encrypts and decrypts ACH account numbers."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        # deterministic output lets us look up duplicates by encrypted value
        return AES.new(self._key, AES.MODE_ECB)

    def encrypt(self, account_number: str) -> str:
        digits = account_number.replace(" ", "").replace("-", "")
        if not digits.isdigit() or not 4 <= len(digits) <= 17:
            raise ValueError("account number must be 4-17 digits")
        ct = self._cipher().encrypt(pad(digits.encode(), AES.block_size))
        return base64.b64encode(ct).decode()

    def decrypt(self, token: str) -> str:
        pt = unpad(self._cipher().decrypt(base64.b64decode(token)), AES.block_size)
        return pt.decode()

    def link(self, client_id: str, routing_number: str, account_number: str) -> BankLink:
        if len(routing_number) != 9 or not routing_number.isdigit():
            raise ValueError("routing number must be 9 digits")
        return BankLink(
            client_id=client_id,
            routing_number=routing_number,
            account_number_enc=self.encrypt(account_number),
            last4=account_number[-4:],
        )


def find_existing(conn, vault: AccountNumberVault, routing_number: str, account_number: str):
    return conn.execute(
        "SELECT client_id FROM bank_links WHERE routing_number = %s AND account_number_enc = %s",
        (routing_number, vault.encrypt(account_number)),
    ).fetchall()
