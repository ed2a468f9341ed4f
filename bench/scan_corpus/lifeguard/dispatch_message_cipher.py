"""Encrypts dispatch messages held in the radio console's offline queue."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Iterator

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class QueueCipherSettings:
    key_env: str = "DISPATCH_QUEUE_KEY"
    nonce_bytes: int = 12
    context: bytes = b"dispatch-offline-queue"

    def key(self) -> bytes:
        raw = base64.urlsafe_b64decode(os.environ[self.key_env])
        if len(raw) != 32:
            raise ValueError("queue key must be 32 bytes")
        return raw


class QueueCipher:
    def __init__(self, settings: QueueCipherSettings = QueueCipherSettings()) -> None:
        self.settings = settings
        self._aead = ChaCha20Poly1305(settings.key())

    def _aad(self, channel: str) -> bytes:
        return self.settings.context + b":" + channel.encode()

    def encrypt(self, message: str, channel: str) -> str:
        nonce = os.urandom(self.settings.nonce_bytes)
        sealed = self._aead.encrypt(nonce, message.encode("utf-8"), self._aad(channel))
        return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, token: str, channel: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        n = self.settings.nonce_bytes
        return self._aead.decrypt(raw[:n], raw[n:], self._aad(channel)).decode("utf-8")


class OfflineQueue:
    """Buffers messages while the repeater link is down, replayed once it returns."""

    def __init__(self, cipher: QueueCipher, store) -> None:
        self.cipher = cipher
        self.store = store

    def push(self, channel: str, message: dict) -> None:
        self.store.append(channel, self.cipher.encrypt(json.dumps(message), channel))

    def drain(self, channel: str) -> Iterator[dict]:
        for token in self.store.pop_all(channel):
            yield json.loads(self.cipher.decrypt(token, channel))
