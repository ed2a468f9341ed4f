"""Encrypts energy and steam telemetry before it leaves the mill for the group data lake."""
from __future__ import annotations

import base64
import json
import os
import struct
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TelemetryKey:
    ENV = "TELEMETRY_AEAD_KEY"
    NONCE_BYTES = 12

    @classmethod
    def load(cls) -> bytes:
        key = base64.b64decode(os.environ[cls.ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("telemetry key must be 128, 192 or 256 bits")
        return key

    @classmethod
    def fresh_nonce(cls) -> bytes:
        return os.urandom(cls.NONCE_BYTES)


class TelemetrySealer:
    VERSION = 1

    def __init__(self, mill_code: str, key: bytes | None = None) -> None:
        self.mill_code = mill_code
        self._aead = AESGCM(key or TelemetryKey.load())

    def _aad(self) -> bytes:
        return struct.pack(">B", self.VERSION) + self.mill_code.encode("ascii")

    def seal(self, batch: list[dict[str, Any]]) -> bytes:
        nonce = TelemetryKey.fresh_nonce()
        body = json.dumps(batch, separators=(",", ":")).encode("utf-8")
        return struct.pack(">B", self.VERSION) + nonce + self._aead.encrypt(nonce, body, self._aad())

    def open(self, blob: bytes) -> list[dict[str, Any]]:
        if blob[0] != self.VERSION:
            raise ValueError("unsupported telemetry envelope")
        nonce = blob[1:1 + TelemetryKey.NONCE_BYTES]
        body = blob[1 + TelemetryKey.NONCE_BYTES:]
        return json.loads(self._aead.decrypt(nonce, body, self._aad()))
