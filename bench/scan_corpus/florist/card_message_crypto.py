"""Encrypt gift card messages before storing them with the order."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class CardMessageCipher:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["CARD_MESSAGE_KEY"])
        self._aead = AESGCM(key)

    def seal(self, order_ref: str, message: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, message.encode("utf-8"), order_ref.encode())
        return base64.b64encode(nonce + ct).decode("ascii")

    def open(self, order_ref: str, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, order_ref.encode()).decode("utf-8")
