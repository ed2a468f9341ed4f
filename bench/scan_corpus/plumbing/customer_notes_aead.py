"""Encryption helpers for free-text customer notes held against a property."""

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NotesCipher:
    NONCE_BYTES = 12
    KEY_ENV = "CUSTOMER_NOTES_KEY"

    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or bytes.fromhex(os.environ[self.KEY_ENV]))

    def encrypt(self, text: str, customer_id: int) -> str:
        nonce = os.urandom(self.NONCE_BYTES)
        aad = f"customer:{customer_id}".encode("ascii")
        blob = nonce + self._aead.encrypt(nonce, text.encode("utf-8"), aad)
        return base64.urlsafe_b64encode(blob).decode("ascii")

    def decrypt(self, token: str, customer_id: int) -> str:
        blob = base64.urlsafe_b64decode(token)
        nonce, ct = blob[: self.NONCE_BYTES], blob[self.NONCE_BYTES :]
        aad = f"customer:{customer_id}".encode("ascii")
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")


def reencrypt_all(rows, old: NotesCipher, new: NotesCipher):
    """Yield (id, token) pairs re-encrypted under a new key during key rotation."""
    for row_id, customer_id, token in rows:
        yield row_id, new.encrypt(old.decrypt(token, customer_id), customer_id)
