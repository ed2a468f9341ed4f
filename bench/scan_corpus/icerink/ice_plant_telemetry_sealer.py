"""Seals telemetry frames sent from the ice-plant PLC bridge to the cloud historian.

Each frame carries brine temperatures, compressor amps and slab
probe readings, and is encrypted with the site key before upload.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TelemetryFrame:
    site_id: str
    brine_supply_c: float
    brine_return_c: float
    compressor_amps: float
    slab_probe_c: float
    ts: float


class FrameSealer:
    def __init__(self, site_id: str, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("site key must be 256 bits")
        self._site_id = site_id
        self._aead = AESGCM(key)
        self._nonce = hashlib.sha256(site_id.encode()).digest()[:12]

    def seal(self, frame: TelemetryFrame) -> bytes:
        body = json.dumps(asdict(frame), separators=(",", ":")).encode()
        aad = self._site_id.encode()
        return self._aead.encrypt(self._nonce, body, aad)

    def open(self, blob: bytes) -> TelemetryFrame:
        body = self._aead.decrypt(self._nonce, blob, self._site_id.encode())
        return TelemetryFrame(**json.loads(body))


def sealer_from_env() -> FrameSealer:
    site_id = os.environ["RINK_SITE_ID"]
    key = bytes.fromhex(os.environ["ICE_PLANT_TELEMETRY_KEY"])
    return FrameSealer(site_id, key)


def sample_frame(site_id: str) -> TelemetryFrame:
    return TelemetryFrame(
        site_id=site_id,
        brine_supply_c=-9.8,
        brine_return_c=-7.1,
        compressor_amps=142.0,
        slab_probe_c=-5.4,
        ts=time.time(),
    )
