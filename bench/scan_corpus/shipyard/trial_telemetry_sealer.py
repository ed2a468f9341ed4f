"""Seal sea-trial telemetry frames before they leave the vessel.

Frames (speed over ground, shaft rpm, torque, vibration spectra, ...) are
batched by the onboard logger and pushed to the yard over the satellite
link. Each frame is AES-GCM encrypted with the trial key issued for the
hull, and the hull number is bound in as associated data.
"""
from __future__ import annotations

import hashlib
import json
import os
import struct
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_VERSION = 2


class TelemetrySealer:
    def __init__(self, hull_number: str, key: bytes | None = None):
        self.hull_number = hull_number
        self._aead = AESGCM(key or bytes.fromhex(os.environ["TRIAL_TELEMETRY_KEY"]))
        self._aad = f"hull:{hull_number}".encode("utf-8")
        self._nonce = hashlib.sha256(self._aad).digest()[:12]
        self._seq = 0

    def seal(self, readings: dict) -> bytes:
        self._seq += 1
        body = json.dumps(
            {"seq": self._seq, "ts": time.time(), "readings": readings},
            separators=(",", ":"),
        ).encode("utf-8")
        ct = self._aead.encrypt(self._nonce, body, self._aad)
        header = struct.pack(">BI", FRAME_VERSION, self._seq)
        return header + ct

    def open(self, frame: bytes) -> dict:
        version, _seq = struct.unpack(">BI", frame[:5])
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        body = self._aead.decrypt(self._nonce, frame[5:], self._aad)
        return json.loads(body)
