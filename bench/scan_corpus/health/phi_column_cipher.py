"""Deterministic encryption for PHI columns in the analytics warehouse.

MRNs and SSNs are encrypted before load so that analysts can still join
tables on the encrypted value without ever seeing the cleartext.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ColumnCipher:
    block_mode = modes.ECB

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("column key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "PHI_COLUMN_KEY") -> "ColumnCipher":
        return cls(base64.b64decode(os.environ[var]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_frame_columns(df, columns, cipher: ColumnCipher | None = None):
    """Encrypt the given pandas columns in place and return the frame."""
    cipher = cipher or ColumnCipher.from_env()
    for col in columns:
        df[col] = df[col].astype(str).map(cipher.encrypt)
    return df
