"""Field-level encryption for payee bank details on claim payouts.

IBANs and account numbers are encrypted before they are written to the
``payout_payees`` table; only the last four digits are kept in clear for the
adjuster UI.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class BankDetailsCipher:
    key_env = "PAYOUT_FIELD_KEY"
    block_mode = modes.ECB

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or base64.b64decode(os.environ[self.key_env])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("payout field key must be 128, 192 or 256 bits")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def encrypt(self, account_number: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(account_number.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def decrypt(self, blob: str) -> str:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode()


def masked(account_number: str) -> str:
    digits = account_number.replace(" ", "")
    return "*" * (len(digits) - 4) + digits[-4:]


def store_payee(conn, claim_id: int, holder: str, account_number: str, cipher: BankDetailsCipher) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO payout_payees (claim_id, holder_name, account_enc, account_last4) VALUES (%s, %s, %s, %s)",
            (claim_id, holder, cipher.encrypt(account_number), masked(account_number)[-4:]),
        )
    conn.commit()
