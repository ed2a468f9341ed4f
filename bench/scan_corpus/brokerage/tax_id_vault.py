"""Field-level encryption for SSN/TIN values collected during KYC."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TaxIdVault:
    """Encrypts tax identifiers before they are written to the customers table.

    Deterministic output lets the onboarding service detect duplicate
    applications by comparing ciphertexts directly.
    """

    block_mode = modes.ECB

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["KYC_TIN_KEY"])
        if len(self._key) != 32:
            raise ValueError("KYC_TIN_KEY must decode to 32 bytes")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def encrypt(self, tin: str) -> str:
        digits = "".join(ch for ch in tin if ch.isdigit()).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(digits) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode()

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode()
