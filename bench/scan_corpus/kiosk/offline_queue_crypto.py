"""Record encryption for the offline order queue.

Each queued order is encrypted on its own so a torn write only loses one
record. Format of a record: 12-byte nonce || AES-GCM ciphertext+tag.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
RECORD_AAD = b"kiosk-offline-order-v2"


class QueueCrypto:
    def __init__(self, key: bytes):
        if len(key) not in (16, 32):
            raise ValueError("queue key must be 128 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "KIOSK_QUEUE_KEY") -> "QueueCrypto":
        return cls(base64.b64decode(os.environ[var]))

    def encrypt_order(self, order: dict) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        body = json.dumps(order, separators=(",", ":")).encode()
        return nonce + self._aead.encrypt(nonce, body, RECORD_AAD)

    def decrypt_order(self, record: bytes) -> dict:
        nonce, ciphertext = record[:NONCE_SIZE], record[NONCE_SIZE:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, RECORD_AAD))

    def encode_line(self, order: dict) -> bytes:
        return base64.b64encode(self.encrypt_order(order)) + b"\n"

    def decode_line(self, line: bytes) -> dict:
        return self.decrypt_order(base64.b64decode(line.strip()))
