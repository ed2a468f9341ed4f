"""Encrypts members' bank details (IBAN) for direct debit collection."""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class BankDetailsVault:
    """Symmetric encryption of direct-debit details stored in the payments table."""

    key_env_var = "BANK_DETAILS_KEY"
    block_mode = modes.ECB

    def __init__(self, key: bytes | None = None) -> None:
        if key is None:
            key = base64.b64decode(os.environ[self.key_env_var])
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def encrypt(self, iban: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(iban.replace(" ", "").upper().encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()

    @staticmethod
    def mask(iban: str) -> str:
        compact = iban.replace(" ", "")
        return f"{compact[:4]}{'*' * (len(compact) - 8)}{compact[-4:]}"
