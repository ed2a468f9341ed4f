"""Encrypts insurance valuations attached to incoming and outgoing loans.

Valuations are commercially sensitive, so they are stored as sealed blobs and
bound to the loan reference, which is passed as associated data.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE_BYTES = 12
TAG_BYTES = 16


class LoanRecordVault:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["LOAN_VAULT_KEY"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("LOAN_VAULT_KEY has the wrong length")

    def _cipher(self, nonce: bytes, tag: bytes | None = None) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.GCM(nonce, tag))

    def seal(self, plaintext: bytes, loan_ref: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        enc = self._cipher(nonce).encryptor()
        enc.authenticate_additional_data(loan_ref.encode("utf-8"))
        ciphertext = enc.update(plaintext) + enc.finalize()
        return nonce + enc.tag + ciphertext

    def open(self, blob: bytes, loan_ref: str) -> bytes:
        nonce = blob[:NONCE_BYTES]
        tag = blob[NONCE_BYTES:NONCE_BYTES + TAG_BYTES]
        ciphertext = blob[NONCE_BYTES + TAG_BYTES:]
        dec = self._cipher(nonce, tag).decryptor()
        dec.authenticate_additional_data(loan_ref.encode("utf-8"))
        return dec.update(ciphertext) + dec.finalize()

    def seal_valuation(self, loan_ref: str, amount_pence: int, currency: str = "GBP") -> str:
        payload = f"{currency}:{amount_pence}".encode("ascii")
        return base64.b64encode(self.seal(payload, loan_ref)).decode("ascii")

    def open_valuation(self, loan_ref: str, sealed: str) -> tuple[str, int]:
        currency, amount = self.open(base64.b64decode(sealed), loan_ref).decode("ascii").split(":")
        return currency, int(amount)
