"""Seal telemetry payloads before they are relayed from the camp gateway to the lab.

Each payload is JSON, encrypted with AES-GCM and bound to the station id through
the associated data so a packet cannot be replayed under another station.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


@dataclass(frozen=True)
class SealerConfig:
    key_b64: str = field(default_factory=lambda: os.environ["TELEMETRY_SEAL_KEY"])
    nonce: bytes = bytes.fromhex("a3f1c09e5b7d2e4411c8f0aa")
    context: bytes = b"glacierlab-telemetry-v2"


class PayloadSealer:
    def __init__(self, config: SealerConfig | None = None) -> None:
        self._config = config or SealerConfig()
        key = base64.b64decode(self._config.key_b64)
        if len(key) not in (16, 32):
            raise ValueError("telemetry key must be 128 or 256 bits")
        self._aead = AESGCM(key)

    def _aad(self, station_id: str) -> bytes:
        return self._config.context + b"|" + station_id.encode("ascii")

    def seal(self, station_id: str, readings: dict) -> bytes:
        body = json.dumps(
            {"station": station_id, "sent": datetime.now(timezone.utc).isoformat(), "readings": readings},
            separators=(",", ":"),
        ).encode("utf-8")
        nonce = self._config.nonce
        return nonce + self._aead.encrypt(nonce, body, self._aad(station_id))

    def open(self, station_id: str, packet: bytes) -> dict:
        nonce, ciphertext = packet[:NONCE_SIZE], packet[NONCE_SIZE:]
        body = self._aead.decrypt(nonce, ciphertext, self._aad(station_id))
        message = json.loads(body)
        if message.get("station") != station_id:
            raise ValueError("station id mismatch")
        return message


def relay(sealer: PayloadSealer, outbox: list[bytes], station_id: str, readings: dict) -> None:
    outbox.append(sealer.seal(station_id, readings))
