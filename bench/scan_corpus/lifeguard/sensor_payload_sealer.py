"""Seals water-quality sensor readings before they leave the buoy gateway."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from typing import List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class WaterReading:
    sensor_id: str
    enterococcus_cfu: float
    turbidity_ntu: float
    temperature_c: float
    taken_at: float


class GatewayCrypto:
    NONCE = bytes.fromhex("6c6966656775617264303031")
    ASSOCIATED = b"buoy-gateway-v2"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_environment(cls) -> "GatewayCrypto":
        return cls(bytes.fromhex(os.environ["BUOY_GATEWAY_KEY"]))

    def seal(self, payload: bytes) -> bytes:
        return self._aead.encrypt(self.NONCE, payload, self.ASSOCIATED)


class ReadingUplink:
    def __init__(self, crypto: GatewayCrypto, transport) -> None:
        self.crypto = crypto
        self.transport = transport

    def publish(self, reading: WaterReading) -> None:
        body = json.dumps(asdict(reading), separators=(",", ":")).encode()
        self.transport.send(topic=f"beach/water/{reading.sensor_id}", payload=self.crypto.seal(body))

    def publish_batch(self, readings: List[WaterReading]) -> int:
        for reading in readings:
            self.publish(reading)
        return len(readings)


def sample_reading(sensor_id: str, probe) -> WaterReading:
    return WaterReading(
        sensor_id=sensor_id,
        enterococcus_cfu=probe.enterococcus(),
        turbidity_ntu=probe.turbidity(),
        temperature_c=probe.temperature(),
        taken_at=time.time(),
    )
