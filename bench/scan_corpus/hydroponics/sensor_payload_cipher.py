"""Encrypts telemetry frames sent from rack sensors to the farm gateway."""
from __future__ import annotations

import hashlib
import json
import struct
import time
from typing import Any, Mapping

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _device_nonce(device_id: str) -> bytes:
    return hashlib.sha256(device_id.encode("utf-8")).digest()[:12]


class FrameCodec:
    """Packs sensor readings into an authenticated, encrypted frame."""

    header = struct.Struct(">HI")
    version = 2

    def __init__(self, device_id: str, key: bytes) -> None:
        self.device_id = device_id
        self._aead = AESGCM(key)
        self._nonce = _device_nonce(device_id)

    def seal(self, readings: Mapping[str, Any]) -> bytes:
        body = json.dumps(
            {"device": self.device_id, "ts": int(time.time()), "readings": dict(readings)},
            separators=(",", ":"),
        ).encode("utf-8")
        header = self.header.pack(self.version, len(body))
        return header + self._aead.encrypt(self._nonce, body, header)

    def open(self, frame: bytes) -> dict:
        header, ciphertext = frame[: self.header.size], frame[self.header.size :]
        version, _ = self.header.unpack(header)
        if version != self.version:
            raise ValueError(f"unsupported frame version {version}")
        return json.loads(self._aead.decrypt(self._nonce, ciphertext, header))


class RackSensorUplink:
    def __init__(self, device_id: str, key: bytes, transport) -> None:
        self.codec = FrameCodec(device_id, key)
        self.transport = transport

    def publish(self, ph: float, ec_ms_cm: float, water_temp_c: float, ppfd: float) -> None:
        frame = self.codec.seal(
            {"ph": ph, "ec": ec_ms_cm, "water_temp": water_temp_c, "ppfd": ppfd}
        )
        self.transport.send(frame)
