"""Column-level encryption for PII fields (tax ids, bank account numbers).

Format of stored values: ``v1:<b64 nonce>:<b64 ciphertext>:<b64 tag>``.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VERSION = "v1"
NONCE_BYTES = 12


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


class FieldCipher:
    """AES-256-GCM encryption bound to the table and column name."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or base64.b64decode(os.environ["PII_FIELD_KEY"])
        if len(self._key) != 32:
            raise ValueError("PII_FIELD_KEY must be 32 bytes")

    def encrypt(self, plaintext: str, *, context: str) -> str:
        """Encrypt ``plaintext``; ``context`` (e.g. ``"customers.tax_id"``) is authenticated."""
        nonce = os.urandom(NONCE_BYTES)
        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(context.encode())
        ct = encryptor.update(plaintext.encode("utf-8")) + encryptor.finalize()
        return ":".join([VERSION, _b64e(nonce), _b64e(ct), _b64e(encryptor.tag)])

    def decrypt(self, token: str, *, context: str) -> str:
        """Reverse :meth:`encrypt`; raises ``InvalidTag`` if data or context was altered."""
        version, nonce_b64, ct_b64, tag_b64 = token.split(":")
        if version != VERSION:
            raise ValueError(f"unknown field encryption version {version!r}")
        decryptor = Cipher(algorithms.AES(self._key), modes.GCM(_b64d(nonce_b64), _b64d(tag_b64))).decryptor()
        decryptor.authenticate_additional_data(context.encode())
        return (decryptor.update(_b64d(ct_b64)) + decryptor.finalize()).decode("utf-8")
