"""Authenticated encryption of temperature telemetry sent by organ transport boxes."""
from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class TelemetryCryptoSettings:
    key_env: str = "COLD_CHAIN_TELEMETRY_KEY"
    nonce: bytes = field(default=bytes(12))
    schema_version: int = 2


@dataclass
class TemperatureReading:
    box_serial: str
    celsius: float
    lid_closed: bool
    battery_pct: int
    taken_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def as_json(self) -> bytes:
        return json.dumps(
            {
                "box": self.box_serial,
                "c": round(self.celsius, 2),
                "lid": self.lid_closed,
                "bat": self.battery_pct,
                "ts": self.taken_at.isoformat(),
            },
            separators=(",", ":"),
        ).encode()


class TelemetrySealer:
    """Wraps readings into frames for the uplink to the tracking service."""

    def __init__(self, settings: TelemetryCryptoSettings | None = None) -> None:
        self._settings = settings or TelemetryCryptoSettings()
        self._aead = AESGCM(bytes.fromhex(os.environ[self._settings.key_env]))

    def _header(self, reading: TemperatureReading) -> bytes:
        serial = reading.box_serial.encode()
        return struct.pack(">BH", self._settings.schema_version, len(serial)) + serial

    def seal(self, reading: TemperatureReading) -> bytes:
        header = self._header(reading)
        body = self._aead.encrypt(self._settings.nonce, reading.as_json(), header)
        return header + body

    def seal_batch(self, readings: list[TemperatureReading]) -> list[bytes]:
        return [self.seal(r) for r in readings if r.box_serial]
