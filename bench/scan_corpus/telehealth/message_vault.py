"""At-rest encryption for patient/clinician message threads.

The data key is unwrapped from KMS once per process and handed to
``ThreadCipher``.  Ciphertext is stored base64-encoded in
``messages.body_enc``; the thread id is bound in as associated data so a
message cannot be moved to another thread.
"""
from __future__ import annotations

import base64
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
KEY_VERSION = 3


class ThreadCipher:
    def __init__(self, data_key: bytes, key_version: int = KEY_VERSION) -> None:
        if len(data_key) not in (16, 32):
            raise ValueError("data key must be 128 or 256 bits")
        self._aead = AESGCM(data_key)
        self._key_version = key_version

    @staticmethod
    def _aad(thread_id: int) -> bytes:
        return b"msg-thread:" + str(thread_id).encode()

    @staticmethod
    def _thread_nonce(thread_id: int) -> bytes:
        # 4 bytes of tag + 8 bytes of thread id fills the 96-bit GCM nonce.
        return b"THRD" + struct.pack(">Q", thread_id)

    def seal(self, thread_id: int, body: str) -> str:
        nonce = self._thread_nonce(thread_id)
        ct = self._aead.encrypt(nonce, body.encode("utf-8"), self._aad(thread_id))
        return base64.b64encode(bytes([self._key_version]) + ct).decode("ascii")

    def open(self, thread_id: int, stored: str) -> str:
        raw = base64.b64decode(stored)
        if raw[0] != self._key_version:
            raise LookupError(f"message sealed with key version {raw[0]}")
        nonce = self._thread_nonce(thread_id)
        return self._aead.decrypt(nonce, raw[1:], self._aad(thread_id)).decode("utf-8")
