"""Encryption at rest for buyer/seller conversation messages."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class MessageVault:
    nonce = bytes.fromhex(os.environ.get("MESSAGE_NONCE_HEX", "00" * 12))

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("message key must be 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "MessageVault":
        return cls(base64.b64decode(os.environ["MESSAGE_KEY_B64"]))

    def seal(self, conversation_id: str, body: str) -> str:
        ct = self._aead.encrypt(self.nonce, body.encode(), conversation_id.encode())
        return base64.b64encode(ct).decode()

    def open(self, conversation_id: str, blob: str) -> str:
        ct = base64.b64decode(blob)
        return self._aead.decrypt(self.nonce, ct, conversation_id.encode()).decode()
