"""Encrypts platform purchase tokens before they are persisted.

We need the original purchase token to call the platform's consume and
refund APIs later, so it is kept encrypted rather than hashed.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class PurchaseTokenBox:
    NONCE_SIZE = 12
    VERSION = b"\x01"

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "PurchaseTokenBox":
        return cls(base64.b64decode(os.environ["PURCHASE_TOKEN_KEY"]))

    def encrypt(self, token: str, transaction_id: str) -> str:
        nonce = os.urandom(self.NONCE_SIZE)
        sealed = self._aead.encrypt(nonce, token.encode(), transaction_id.encode())
        return base64.urlsafe_b64encode(self.VERSION + nonce + sealed).decode()

    def decrypt(self, stored: str, transaction_id: str) -> str:
        raw = base64.urlsafe_b64decode(stored)
        if raw[:1] != self.VERSION:
            raise ValueError("unknown token box version")
        nonce = raw[1 : 1 + self.NONCE_SIZE]
        sealed = raw[1 + self.NONCE_SIZE :]
        return self._aead.decrypt(nonce, sealed, transaction_id.encode()).decode()
