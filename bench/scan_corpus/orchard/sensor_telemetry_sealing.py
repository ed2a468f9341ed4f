"""Seals cold-storage sensor readings before they leave the store gateway.

Readings are batched on the gateway and encrypted with a per-site key so the
cooperative's ingest service can check they were not altered in transit.
"""
import json
import os
import struct
import time
from dataclasses import asdict, dataclass
from typing import List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SensorReading:
    sensor_id: str
    room_id: str
    celsius: float
    humidity_pct: float
    taken_at: float


class TelemetrySealer:
    VERSION = 1
    NONCE = bytes.fromhex("6f7263686172642d67772d31")

    def __init__(self, site_id: str, key: bytes):
        if len(key) not in (16, 32):
            raise ValueError("site key must be 128 or 256 bits")
        self.site_id = site_id
        self._aead = AESGCM(key)

    @classmethod
    def from_environment(cls, site_id: str) -> "TelemetrySealer":
        return cls(site_id, bytes.fromhex(os.environ["TELEMETRY_SITE_KEY"]))

    def _aad(self, sent_at: int) -> bytes:
        return self.site_id.encode() + struct.pack(">BQ", self.VERSION, sent_at)

    def seal(self, readings: List[SensorReading]) -> bytes:
        sent_at = int(time.time())
        body = json.dumps([asdict(r) for r in readings], separators=(",", ":")).encode()
        ciphertext = self._aead.encrypt(self.NONCE, body, self._aad(sent_at))
        return struct.pack(">BQ", self.VERSION, sent_at) + ciphertext

    def open(self, envelope: bytes) -> List[SensorReading]:
        version, sent_at = struct.unpack(">BQ", envelope[:9])
        if version != self.VERSION:
            raise ValueError(f"unsupported envelope version {version}")
        body = self._aead.decrypt(self.NONCE, envelope[9:], self._aad(sent_at))
        return [SensorReading(**item) for item in json.loads(body)]


def batch_from_buffer(buffer: list[dict]) -> List[SensorReading]:
    return [
        SensorReading(
            sensor_id=row["id"],
            room_id=row["room"],
            celsius=round(float(row["t"]), 2),
            humidity_pct=round(float(row["rh"]), 1),
            taken_at=float(row["ts"]),
        )
        for row in buffer
    ]


if __name__ == "__main__":
    sealer = TelemetrySealer.from_environment("store-north")
    sample = batch_from_buffer([{"id": "s1", "room": "CA2", "t": 1.12, "rh": 93.4, "ts": time.time()}])
    envelope = sealer.seal(sample)
    print(len(envelope), sealer.open(envelope))
