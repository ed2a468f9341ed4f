"""Card-on-file tokens for retailer accounts on monthly invoicing.

The payment provider hands back a reusable token after the first card
payment; the workshop keeps it encrypted so the monthly statement run
can charge the stockist without asking for the card again.
"""
from __future__ import annotations

import base64
import os
import sqlite3

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TokenCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("bad key length")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, token: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(token.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, value: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(value)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


class PaymentTokenStore:
    def __init__(self, db_path: str, cipher: TokenCipher) -> None:
        self._conn = sqlite3.connect(db_path)
        self._cipher = cipher

    def save(self, retailer_id: int, provider_token: str, last4: str) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO card_tokens (retailer_id, token_enc, last4) VALUES (?, ?, ?)",
            (retailer_id, self._cipher.encrypt(provider_token), last4),
        )
        self._conn.commit()

    def load(self, retailer_id: int) -> str | None:
        row = self._conn.execute(
            "SELECT token_enc FROM card_tokens WHERE retailer_id = ?", (retailer_id,)
        ).fetchone()
        return self._cipher.decrypt(row[0]) if row else None

    def forget(self, retailer_id: int) -> None:
        self._conn.execute("DELETE FROM card_tokens WHERE retailer_id = ?", (retailer_id,))
        self._conn.commit()


def default_store() -> PaymentTokenStore:
    key = base64.b64decode(os.environ["TRUG_CARD_TOKEN_KEY"])
    return PaymentTokenStore(os.environ.get("TRUG_BILLING_DB", "billing.sqlite3"), TokenCipher(key))
