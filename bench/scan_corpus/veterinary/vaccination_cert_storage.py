"""Encrypted-at-rest storage for signed vaccination certificates."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV_SIZE = 16
TAG_SIZE = 32


@dataclass
class CertCryptoKeys:
    enc_key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["CERT_ENC_KEY"]))
    mac_key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["CERT_MAC_KEY"]))


class CertificateStore:
    """AES-CBC with encrypt-then-MAC over IV and ciphertext."""

    def __init__(self, storage, keys: CertCryptoKeys | None = None):
        self._storage = storage
        self._keys = keys or CertCryptoKeys()

    def _seal(self, data: bytes) -> bytes:
        iv = os.urandom(IV_SIZE)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        enc = Cipher(algorithms.AES(self._keys.enc_key), modes.CBC(iv)).encryptor()
        body = iv + enc.update(padded) + enc.finalize()
        return body + hmac.new(self._keys.mac_key, body, hashlib.sha256).digest()

    def _open(self, blob: bytes) -> bytes:
        body, tag = blob[:-TAG_SIZE], blob[-TAG_SIZE:]
        expected = hmac.new(self._keys.mac_key, body, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, expected):
            raise ValueError("certificate blob failed integrity check")
        iv, ciphertext = body[:IV_SIZE], body[IV_SIZE:]
        dec = Cipher(algorithms.AES(self._keys.enc_key), modes.CBC(iv)).decryptor()
        padded = dec.update(ciphertext) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def put(self, patient_id: int, cert_id: int, pdf: bytes) -> str:
        key = f"certs/{int(patient_id)}/{int(cert_id)}.bin"
        self._storage.put(key, self._seal(pdf))
        return key

    def get(self, patient_id: int, cert_id: int) -> bytes:
        return self._open(self._storage.get(f"certs/{int(patient_id)}/{int(cert_id)}.bin"))
