"""Envelope encryption for saw-line telemetry frames.

Frames from the line PLC (feed speed, blade deviation, motor amps) are
batched on the edge box and sent to the historian over the public internet.
"""
import json
import os
import zlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FrameEnvelope:
    NONCE_BYTES = 12
    HEADER = b"SLT2"

    def __init__(self, key: bytes, line_id: str):
        self._aead = AESGCM(key)
        self._aad = self.HEADER + line_id.encode("utf-8")

    def wrap(self, frames: list[dict]) -> bytes:
        body = zlib.compress(json.dumps(frames, separators=(",", ":")).encode("utf-8"))
        nonce = os.urandom(self.NONCE_BYTES)
        return self.HEADER + nonce + self._aead.encrypt(nonce, body, self._aad)

    def unwrap(self, blob: bytes) -> list[dict]:
        if not blob.startswith(self.HEADER):
            raise ValueError("unknown envelope version")
        start = len(self.HEADER)
        nonce = blob[start:start + self.NONCE_BYTES]
        body = self._aead.decrypt(nonce, blob[start + self.NONCE_BYTES:], self._aad)
        return json.loads(zlib.decompress(body))


def envelope_from_env(line_id: str) -> FrameEnvelope:
    return FrameEnvelope(bytes.fromhex(os.environ["SAWLINE_TELEMETRY_KEY"]), line_id)
