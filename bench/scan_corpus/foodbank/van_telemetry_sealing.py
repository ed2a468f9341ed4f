"""Seal GPS and fridge-temperature telemetry sent from delivery vans.

The in-cab tablet batches readings every minute and posts them to the fleet
service. Batches are sealed with ChaCha20-Poly1305 under a per-van key.
"""
from __future__ import annotations

import json
import os
import struct
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
FORMAT_TAG = b"fb-telemetry-v1"
PREFIX = struct.Struct(">H")


@dataclass
class Reading:
    ts: float
    lat: float
    lon: float
    fridge_c: float
    door_open: bool


class TelemetrySealer:
    def __init__(self, van_id: str, key: bytes) -> None:
        self.van_id = van_id
        self._aead = ChaCha20Poly1305(key)

    def _aad(self) -> bytes:
        return FORMAT_TAG + b"|" + self.van_id.encode()

    def seal(self, readings: list[Reading]) -> bytes:
        payload = json.dumps([asdict(r) for r in readings], separators=(",", ":")).encode()
        nonce = os.urandom(NONCE_LEN)
        sealed = self._aead.encrypt(nonce, payload, self._aad())
        return PREFIX.pack(len(nonce)) + nonce + sealed

    def open(self, blob: bytes) -> list[Reading]:
        (nonce_len,) = PREFIX.unpack_from(blob)
        start = PREFIX.size
        nonce = blob[start : start + nonce_len]
        plain = self._aead.decrypt(nonce, blob[start + nonce_len :], self._aad())
        return [Reading(**item) for item in json.loads(plain)]


def fridge_alerts(readings: list[Reading], max_c: float = 5.0) -> list[Reading]:
    return [r for r in readings if r.fridge_c > max_c and not r.door_open]
