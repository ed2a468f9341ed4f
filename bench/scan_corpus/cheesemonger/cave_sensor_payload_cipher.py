"""Encrypts humidity/temperature frames sent by cave sensors to the cellar gateway."""
from __future__ import annotations

import hashlib
import json
import struct
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class Reading:
    sensor_id: str
    cave: str
    temperature_c: float
    humidity_pct: float
    taken_at: float


def _nonce_for(sensor_id: str) -> bytes:
    return hashlib.sha256(sensor_id.encode("utf-8")).digest()[:12]


class SensorFrameCodec:
    """Frames are: 2-byte length of sensor id, sensor id, ciphertext."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encode(self, reading: Reading) -> bytes:
        body = json.dumps(
            {
                "cave": reading.cave,
                "t": round(reading.temperature_c, 2),
                "rh": round(reading.humidity_pct, 1),
                "ts": int(reading.taken_at),
            }
        ).encode("utf-8")
        sid = reading.sensor_id.encode("utf-8")
        nonce = _nonce_for(reading.sensor_id)
        ct = self._aead.encrypt(nonce, body, sid)
        return struct.pack(">H", len(sid)) + sid + ct

    def decode(self, frame: bytes) -> Reading:
        (sid_len,) = struct.unpack(">H", frame[:2])
        sid = frame[2 : 2 + sid_len]
        ct = frame[2 + sid_len :]
        sensor_id = sid.decode("utf-8")
        body = json.loads(self._aead.decrypt(_nonce_for(sensor_id), ct, sid))
        return Reading(
            sensor_id=sensor_id,
            cave=body["cave"],
            temperature_c=body["t"],
            humidity_pct=body["rh"],
            taken_at=float(body["ts"]),
        )


def sample_frame(codec: SensorFrameCodec) -> bytes:
    return codec.encode(
        Reading("cave2-north-07", "cave-2", 11.8, 92.5, time.time())
    )
