"""Encryption of ELN attachments (gel images, raw spectra) before they are
pushed to the shared object store."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class AttachmentSealer:
    """Encrypts attachment blobs with the notebook's data key."""

    BLOCK_BITS = 128
    _IV = bytes.fromhex(os.environ.get("ELN_ATTACHMENT_IV", "3f1c9a0b7d2e4c6f8a1b3d5e7f90a2c4"))

    def __init__(self, data_key: bytes):
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be 128, 192 or 256 bits")
        self._key = data_key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._IV))

    def seal(self, blob: bytes) -> bytes:
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(blob) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def open(self, sealed: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(sealed) + dec.finalize()
        unpadder = padding.PKCS7(self.BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
