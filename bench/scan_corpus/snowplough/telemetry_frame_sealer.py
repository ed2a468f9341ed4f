"""Authenticated encryption of hopper and blade telemetry sent over MQTT."""
from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealedFrame:
    key_id: int
    nonce: bytes
    ciphertext: bytes

    HEADER = ">H12s"

    def to_bytes(self) -> bytes:
        return struct.pack(self.HEADER, self.key_id, self.nonce) + self.ciphertext

    @classmethod
    def from_bytes(cls, raw: bytes) -> "SealedFrame":
        size = struct.calcsize(cls.HEADER)
        key_id, nonce = struct.unpack(cls.HEADER, raw[:size])
        return cls(key_id, nonce, raw[size:])


class FrameSealer:
    nonce_size = 12

    def __init__(self, keys: dict[int, bytes], active_key_id: int) -> None:
        self._keys = {kid: AESGCM(k) for kid, k in keys.items()}
        self.active_key_id = active_key_id

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.nonce_size)

    def seal(self, unit_id: str, reading: dict[str, Any]) -> bytes:
        nonce = self._fresh_nonce()
        payload = json.dumps(reading, separators=(",", ":")).encode()
        ct = self._keys[self.active_key_id].encrypt(nonce, payload, unit_id.encode())
        return SealedFrame(self.active_key_id, nonce, ct).to_bytes()

    def open(self, unit_id: str, raw: bytes) -> dict[str, Any]:
        frame = SealedFrame.from_bytes(raw)
        aead = self._keys[frame.key_id]
        return json.loads(aead.decrypt(frame.nonce, frame.ciphertext, unit_id.encode()))
