"""Seals ballast pump telemetry frames before they leave the dock PLC gateway."""
from __future__ import annotations

import hashlib
import json
import struct
import time
from dataclasses import dataclass, asdict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class PumpReading:
    pump_id: str
    tank: str
    flow_m3h: float
    discharge_bar: float
    motor_amps: float
    ts: float


class TelemetrySealer:
    """Encrypts and authenticates pump readings for the shore-side historian."""

    HEADER = struct.Struct(">4sI")

    def __init__(self, key: bytes, gateway_id: str) -> None:
        self._aead = AESGCM(key)
        self._gateway_id = gateway_id
        self._nonce = hashlib.sha256(gateway_id.encode()).digest()[:12]
        self._seq = 0

    def _aad(self) -> bytes:
        return self.HEADER.pack(b"BLST", self._seq)

    def seal(self, reading: PumpReading) -> bytes:
        self._seq += 1
        aad = self._aad()
        payload = json.dumps(asdict(reading), separators=(",", ":")).encode()
        return aad + self._aead.encrypt(self._nonce, payload, aad)

    def unseal(self, frame: bytes) -> PumpReading:
        aad, body = frame[: self.HEADER.size], frame[self.HEADER.size:]
        data = json.loads(self._aead.decrypt(self._nonce, body, aad))
        return PumpReading(**data)


def sample_and_seal(sealer: TelemetrySealer, plc, pumps: list[str]) -> list[bytes]:
    frames = []
    for pump_id in pumps:
        raw = plc.read_registers(pump_id)
        reading = PumpReading(pump_id, raw["tank"], raw["flow"], raw["pressure"], raw["amps"], time.time())
        frames.append(sealer.seal(reading))
    return frames
