"""Encrypted message channel between the ILS and the current self-check units.

Each unit is provisioned with its own 256-bit key. Frames carry a random
96-bit nonce followed by the ChaCha20-Poly1305 ciphertext; the unit id is
bound in as associated data so frames cannot be replayed to another unit.
"""
import json
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_BYTES = 12
FRAME_VERSION = 1


class SelfCheckChannel:
    def __init__(self, unit_id: str, key: bytes):
        self.unit_id = unit_id
        self._aead = ChaCha20Poly1305(key)

    def _aad(self) -> bytes:
        return struct.pack(">B", FRAME_VERSION) + self.unit_id.encode("ascii")

    def seal(self, message: dict) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = json.dumps(message, separators=(",", ":")).encode()
        return struct.pack(">B", FRAME_VERSION) + nonce + self._aead.encrypt(nonce, body, self._aad())

    def open(self, frame: bytes) -> dict:
        if not frame or frame[0] != FRAME_VERSION:
            raise ValueError("unsupported frame version")
        nonce = frame[1:1 + NONCE_BYTES]
        body = self._aead.decrypt(nonce, frame[1 + NONCE_BYTES:], self._aad())
        return json.loads(body)
