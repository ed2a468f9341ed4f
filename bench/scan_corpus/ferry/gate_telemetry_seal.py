"""Seal telemetry frames sent from the gate kiosks to the shore hub.

Frames carry lane occupancy and barrier state. Each frame is encrypted with
ChaCha20-Poly1305 under the kiosk key, with a fresh random nonce per frame
transmitted alongside the ciphertext.
"""
import json
import os
import time
from typing import Any, Dict

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12


class TelemetrySealer:
    def __init__(self, kiosk_id: str, key: bytes):
        self.kiosk_id = kiosk_id
        self._aead = ChaCha20Poly1305(key)

    def seal(self, frame: Dict[str, Any]) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(
            {"kiosk": self.kiosk_id, "ts": time.time(), **frame},
            separators=(",", ":"),
        ).encode("utf-8")
        return nonce + self._aead.encrypt(nonce, body, self.kiosk_id.encode("ascii"))

    def unseal(self, packet: bytes) -> Dict[str, Any]:
        nonce, ct = packet[:NONCE_LEN], packet[NONCE_LEN:]
        body = self._aead.decrypt(nonce, ct, self.kiosk_id.encode("ascii"))
        return json.loads(body)


def lane_frame(lane: str, occupied: bool, barrier: str) -> Dict[str, Any]:
    if barrier not in ("open", "closed", "fault"):
        raise ValueError(f"unknown barrier state {barrier!r}")
    return {"lane": lane, "occupied": occupied, "barrier": barrier}
