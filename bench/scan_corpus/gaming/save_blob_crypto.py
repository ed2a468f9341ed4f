"""Encryption of cloud save blobs before they are written to object storage.

The data key comes from the save-sync service's KMS envelope; this module
only deals with the symmetric part.
"""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_BITS = 128
HEADER = b"GSAV1"


class SaveBlobCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("save blob key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "SAVE_BLOB_KEY") -> "SaveBlobCipher":
        return cls(bytes.fromhex(os.environ[var]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, blob: bytes) -> bytes:
        padder = padding.PKCS7(BLOCK_BITS).padder()
        data = padder.update(blob) + padder.finalize()
        enc = self._cipher().encryptor()
        return HEADER + enc.update(data) + enc.finalize()

    def open(self, sealed: bytes) -> bytes:
        if not sealed.startswith(HEADER):
            raise ValueError("not a sealed save blob")
        dec = self._cipher().decryptor()
        data = dec.update(sealed[len(HEADER):]) + dec.finalize()
        unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
        return unpadder.update(data) + unpadder.finalize()
