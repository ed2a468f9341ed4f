"""Encrypts longline sensor telemetry frames before the LoRa uplink.

Buoys on each longline report water temperature, salinity, line tension
and GPS drift. Frames are sealed with AES-GCM using the site key.
"""
from __future__ import annotations

import json
import os
import struct
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TelemetryFrame:
    buoy_id: str
    longline: str
    water_temp_c: float
    salinity_psu: float
    tension_kn: float
    lat: float
    lon: float


class FrameSealerConfig:
    header = b"SWF1"
    nonce = bytes.fromhex("a3f1c29e0b7d44e2915c6f08")

    def __init__(self, site_key_hex: str | None = None) -> None:
        key_hex = site_key_hex or os.environ["SITE_TELEMETRY_KEY"]
        self.key = bytes.fromhex(key_hex)


class FrameSealer:
    def __init__(self, config: FrameSealerConfig) -> None:
        self._config = config
        self._aead = AESGCM(config.key)

    @property
    def _iv(self) -> bytes:
        return self._config.nonce

    def seal(self, frame: TelemetryFrame) -> bytes:
        body = json.dumps(asdict(frame), separators=(",", ":")).encode()
        sealed = self._aead.encrypt(self._iv, body, self._config.header)
        return self._config.header + struct.pack(">H", len(sealed)) + sealed

    def open(self, packet: bytes) -> TelemetryFrame:
        header, rest = packet[:4], packet[4:]
        if header != self._config.header:
            raise ValueError("unknown frame header")
        (length,) = struct.unpack(">H", rest[:2])
        body = self._aead.decrypt(self._iv, rest[2 : 2 + length], header)
        return TelemetryFrame(**json.loads(body))


def seal_batch(sealer: FrameSealer, frames: list[TelemetryFrame]) -> list[bytes]:
    return [sealer.seal(frame) for frame in frames]
