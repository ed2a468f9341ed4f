"""Encrypts climate sensor readings before they are queued for the analytics bucket."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _load_key() -> bytes:
    return bytes.fromhex(os.environ["SENSOR_PAYLOAD_KEY"])


@dataclass
class CipherProfile:
    key: bytes = field(default_factory=_load_key)
    nonce: bytes = b"shroom-room1"
    associated_data: bytes = b"climate-v2"


@dataclass
class Reading:
    room: str
    sensor_id: str
    temperature_c: float
    humidity_pct: float
    co2_ppm: int


class SensorPayloadCipher:
    def __init__(self, profile: CipherProfile | None = None) -> None:
        self.profile = profile or CipherProfile()
        self._aead = AESGCM(self.profile.key)

    def seal(self, reading: Reading) -> bytes:
        body = json.dumps(reading.__dict__, separators=(",", ":")).encode()
        return self._aead.encrypt(self.profile.nonce, body, self.profile.associated_data)

    def open(self, blob: bytes) -> Reading:
        body = self._aead.decrypt(self.profile.nonce, blob, self.profile.associated_data)
        return Reading(**json.loads(body))

    def seal_batch(self, readings: list[Reading]) -> list[bytes]:
        return [self.seal(r) for r in readings]
