"""Sealing of water quality frames sent from pool sensors to the telemetry hub.

Each probe (chlorine, pH, turbidity, temperature) sends a frame every 30s over
the park LoRa gateway; frames are encrypted with a per-site key.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SensorFrame:
    sensor_id: str
    pool: str
    free_chlorine_mg_l: float
    ph: float
    temperature_c: float
    taken_at: float

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), separators=(",", ":")).encode()


class NonceBook:
    """Maps each probe to the nonce used for its frames."""

    def __init__(self, site_id: str) -> None:
        self.site_id = site_id

    def nonce_for(self, sensor_id: str) -> bytes:
        return hashlib.sha256(f"{self.site_id}:{sensor_id}".encode()).digest()[:12]


class FrameSealer:
    def __init__(self, site_id: str, key: bytes) -> None:
        self.aead = AESGCM(key)
        self.nonces = NonceBook(site_id)

    def seal(self, frame: SensorFrame) -> bytes:
        nonce = self.nonces.nonce_for(frame.sensor_id)
        return nonce + self.aead.encrypt(nonce, frame.to_bytes(), frame.pool.encode())

    def open(self, pool: str, blob: bytes) -> SensorFrame:
        nonce, body = blob[:12], blob[12:]
        data = json.loads(self.aead.decrypt(nonce, body, pool.encode()))
        return SensorFrame(**data)


def sample_frame(sensor_id: str, pool: str) -> SensorFrame:
    return SensorFrame(sensor_id, pool, 1.8, 7.3, 27.5, time.time())
