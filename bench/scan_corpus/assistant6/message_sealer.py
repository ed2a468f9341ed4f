"""Seal queue messages between the ingest and billing workers."""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_SIZE = 12
ASSOCIATED_DATA = b"billing-queue-v2"


class MessageSealer:
    def __init__(self, key_b64: str | None = None):
        key = base64.b64decode(key_b64 or os.environ["QUEUE_SEAL_KEY"])
        self._aead = ChaCha20Poly1305(key)

    def seal(self, message: dict) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        body = json.dumps(message).encode()
        return nonce + self._aead.encrypt(nonce, body, ASSOCIATED_DATA)

    def unseal(self, blob: bytes) -> dict:
        nonce = blob[:NONCE_SIZE]
        return json.loads(self._aead.decrypt(nonce, blob[NONCE_SIZE:], ASSOCIATED_DATA))
