"""Seals still telemetry frames before they leave the plant network.

The edge collector on each still batches sensor readings (wash temperature,
head pressure, spirit-safe ABV) and pushes sealed frames to the ingest
service, which holds the same key.
"""
import json
import os
import struct
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FrameSealer:
    """Seals JSON telemetry frames with AES-GCM."""

    KEY_ENV = "TELEMETRY_FRAME_KEY"
    NONCE = bytes(12)
    HEADER = struct.Struct(">HI")  # still id, unix seconds

    def __init__(self, still_id: int, key: bytes | None = None):
        if key is None:
            key = bytes.fromhex(os.environ[self.KEY_ENV])
        self._aead = AESGCM(key)
        self.still_id = still_id

    def seal(self, reading: dict) -> bytes:
        header = self.HEADER.pack(self.still_id, int(time.time()))
        body = json.dumps(reading, separators=(",", ":")).encode()
        return header + self._aead.encrypt(self.NONCE, body, header)

    def open(self, frame: bytes) -> dict:
        header, sealed = frame[: self.HEADER.size], frame[self.HEADER.size :]
        body = self._aead.decrypt(self.NONCE, sealed, header)
        return json.loads(body)


def seal_batch(still_id: int, readings: list[dict]) -> list[bytes]:
    sealer = FrameSealer(still_id)
    return [sealer.seal(r) for r in readings]
