"""Seal cellar sensor frames before they leave the gateway for the cloud collector."""
from __future__ import annotations

import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FRAME_HEADER = b"cellar-frame/v2"
NONCE_SIZE = 12


class FrameSealer:
    def __init__(self, gateway_id: str, key: bytes | None = None):
        self.gateway_id = gateway_id
        self._aead = ChaCha20Poly1305(key or bytes.fromhex(os.environ["GATEWAY_FRAME_KEY"]))

    def _aad(self) -> bytes:
        return FRAME_HEADER + b"|" + self.gateway_id.encode()

    def seal(self, readings: list[dict]) -> bytes:
        body = json.dumps({"gw": self.gateway_id, "ts": int(time.time()), "r": readings}).encode()
        nonce = os.urandom(NONCE_SIZE)
        return nonce + self._aead.encrypt(nonce, body, self._aad())

    def unseal(self, frame: bytes) -> dict:
        nonce, ct = frame[:NONCE_SIZE], frame[NONCE_SIZE:]
        return json.loads(self._aead.decrypt(nonce, ct, self._aad()))
