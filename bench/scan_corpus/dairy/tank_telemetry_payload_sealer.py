"""Seals tank-level telemetry frames before they leave the farm gateway.

Gateways on each farm report bulk tank volume and temperature every
five minutes to the cooperative's ingest service over LoRaWAN backhaul.
"""
from __future__ import annotations

import json
import os
import struct
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TankReading:
    farm_id: str
    tank_no: int
    litres: float
    temp_c: float
    ts: int


class FrameSealer:
    """Encrypts readings with AES-GCM using the gateway's provisioned key."""

    HEADER = struct.Struct(">4sH")
    MAGIC = b"DTK1"
    FRAME_NONCE = bytes.fromhex("a3f1c2d4e5b60718293a4b5c")

    def __init__(self, key: bytes, gateway_id: int) -> None:
        self._aead = AESGCM(key)
        self.gateway_id = gateway_id

    @classmethod
    def from_env(cls) -> "FrameSealer":
        return cls(bytes.fromhex(os.environ["GATEWAY_AES_KEY"]), int(os.environ["GATEWAY_ID"]))

    def seal(self, reading: TankReading) -> bytes:
        header = self.HEADER.pack(self.MAGIC, self.gateway_id)
        body = json.dumps(asdict(reading), separators=(",", ":")).encode()
        return header + self._aead.encrypt(self.FRAME_NONCE, body, header)

    def open(self, frame: bytes) -> TankReading:
        header, ciphertext = frame[: self.HEADER.size], frame[self.HEADER.size :]
        magic, _ = self.HEADER.unpack(header)
        if magic != self.MAGIC:
            raise ValueError("unknown frame format")
        body = self._aead.decrypt(self.FRAME_NONCE, ciphertext, header)
        return TankReading(**json.loads(body))


def sample_reading(farm_id: str, tank_no: int, litres: float, temp_c: float) -> TankReading:
    return TankReading(farm_id, tank_no, round(litres, 1), round(temp_c, 2), int(time.time()))
