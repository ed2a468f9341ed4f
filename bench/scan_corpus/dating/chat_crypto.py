"""Envelope for chat message bodies stored in the messages table."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
_AAD_PREFIX = b"chat-msg:v2:"


class MessageSealer:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "MessageSealer":
        return cls(base64.b64decode(os.environ["CHAT_MESSAGE_KEY"]))

    @staticmethod
    def _aad(match_id: int, sender_id: int) -> bytes:
        return _AAD_PREFIX + f"{match_id}:{sender_id}".encode()

    def seal(self, match_id: int, sender_id: int, body: str) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, body.encode("utf-8"), self._aad(match_id, sender_id))
        return nonce + ct

    def open(self, match_id: int, sender_id: int, blob: bytes) -> str:
        nonce, ct = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ct, self._aad(match_id, sender_id)).decode("utf-8")
