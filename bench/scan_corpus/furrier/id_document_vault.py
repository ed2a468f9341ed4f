"""Encrypts scans of customer ID documents taken when high-value furs are stored.

Insurers require proof of identity for garments valued over the declared
threshold; the scan is kept encrypted and only decrypted for a claim.
"""
import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SCAN_DIR = Path(os.environ.get("ID_SCAN_DIR", "/srv/furrier/id-scans"))


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["ID_SCAN_KEY_B64"])
    if len(key) != 32:
        raise RuntimeError("ID_SCAN_KEY_B64 must decode to 32 bytes")
    return key


class IdScanCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def store_scan(customer_id: int, image: bytes, cipher: IdScanCipher | None = None) -> Path:
    cipher = cipher or IdScanCipher()
    SCAN_DIR.mkdir(parents=True, exist_ok=True)
    target = SCAN_DIR / f"{customer_id:08d}.idscan"
    target.write_bytes(cipher.encrypt(image))
    return target


def load_scan(customer_id: int, cipher: IdScanCipher | None = None) -> bytes:
    cipher = cipher or IdScanCipher()
    return cipher.decrypt((SCAN_DIR / f"{customer_id:08d}.idscan").read_bytes())
