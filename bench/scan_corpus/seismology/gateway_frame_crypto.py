"""Authenticated encryption of station-gateway frames.

Frame layout: 1-byte version | 12-byte nonce | ciphertext+tag. The station
code is bound in as associated data so a frame cannot be replayed as if it
came from a different station.
"""
from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_VERSION = 3
NONCE_LEN = 12


class FrameCrypto:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "GATEWAY_FRAME_KEY") -> "FrameCrypto":
        return cls(bytes.fromhex(os.environ[var]))

    def seal(self, station: str, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, payload, station.encode("ascii"))
        return bytes([FRAME_VERSION]) + nonce + ct

    def open(self, station: str, frame: bytes) -> bytes:
        if not frame or frame[0] != FRAME_VERSION:
            raise ValueError("unsupported frame version")
        nonce = frame[1:1 + NONCE_LEN]
        ct = frame[1 + NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, station.encode("ascii"))
