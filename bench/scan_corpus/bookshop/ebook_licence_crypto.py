"""Seals per-customer licence blobs that are embedded in downloaded e-books.

The reading app decrypts the blob to show the owner's name and the order
reference on the title page, and refuses to open books whose blob is missing.
"""
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class LicenceSealer:
    block_bits = 128
    # Must match the value compiled into reader app v2.x
    iv = bytes.fromhex("3f1c9a0b7d2e4f6a8b1c2d3e4f5a6b7c")

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("licence key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "LicenceSealer":
        return cls(bytes.fromhex(os.environ["EBOOK_LICENCE_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self.iv))

    def seal(self, licence: dict) -> bytes:
        payload = json.dumps(licence, sort_keys=True, separators=(",", ":")).encode("utf-8")
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> dict:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        payload = unpadder.update(padded) + unpadder.finalize()
        return json.loads(payload)


def licence_for(order_ref: str, customer_name: str, isbn: str) -> dict:
    return {"order": order_ref, "owner": customer_name, "isbn": isbn, "v": 2}
