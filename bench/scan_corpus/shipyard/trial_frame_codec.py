"""Frame codec for sea-trial telemetry sent over the satellite link.

Frame layout: ``version (1) | seq (4) | nonce (12) | ciphertext+tag``.
The hull number and sequence number are bound as associated data so a
frame cannot be replayed against another hull or position in the stream.
"""
from __future__ import annotations

import json
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_VERSION = 3
HEADER = struct.Struct(">BI")


class TrialFrameCodec:
    NONCE_LEN = 12

    def __init__(self, hull_number: str, key: bytes):
        if len(key) != 32:
            raise ValueError("trial key must be 256 bits")
        self.hull_number = hull_number
        self._aead = AESGCM(key)
        self._seq = 0

    def _aad(self, seq: int) -> bytes:
        return f"hull:{self.hull_number}:seq:{seq}".encode("utf-8")

    def encode(self, readings: dict) -> bytes:
        self._seq += 1
        nonce = os.urandom(self.NONCE_LEN)
        body = json.dumps(readings, separators=(",", ":")).encode("utf-8")
        ct = self._aead.encrypt(nonce, body, self._aad(self._seq))
        return HEADER.pack(FRAME_VERSION, self._seq) + nonce + ct

    def decode(self, frame: bytes) -> tuple[int, dict]:
        version, seq = HEADER.unpack_from(frame)
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        start = HEADER.size
        nonce = frame[start : start + self.NONCE_LEN]
        body = self._aead.decrypt(nonce, frame[start + self.NONCE_LEN :], self._aad(seq))
        return seq, json.loads(body)
