"""Seal telemetry payloads before they are relayed from the camp gateway to the lab.

Payloads are JSON encrypted with AES-GCM. A fresh random nonce is drawn for
every packet and sent in front of the ciphertext; the station id is bound in as
associated data.
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
    context: bytes = b"glacierlab-telemetry-v3"
    version: bytes = b"\x03"


class TelemetrySealer:
    def __init__(self, config: SealerConfig | None = None) -> None:
        self._config = config or SealerConfig()
        key = base64.b64decode(self._config.key_b64)
        if len(key) != 32:
            raise ValueError("telemetry key must be 256 bits")
        self._aead = AESGCM(key)

    @staticmethod
    def _fresh_nonce() -> bytes:
        return os.urandom(NONCE_SIZE)

    def _aad(self, station_id: str) -> bytes:
        return self._config.context + b"|" + station_id.encode("ascii")

    def seal(self, station_id: str, readings: dict) -> bytes:
        body = json.dumps(
            {"station": station_id, "sent": datetime.now(timezone.utc).isoformat(), "readings": readings},
            separators=(",", ":"),
        ).encode("utf-8")
        nonce = self._fresh_nonce()
        return self._config.version + nonce + self._aead.encrypt(nonce, body, self._aad(station_id))

    def open(self, station_id: str, packet: bytes) -> dict:
        if packet[:1] != self._config.version:
            raise ValueError("unsupported packet version")
        nonce, ciphertext = packet[1:1 + NONCE_SIZE], packet[1 + NONCE_SIZE:]
        message = json.loads(self._aead.decrypt(nonce, ciphertext, self._aad(station_id)))
        if message.get("station") != station_id:
            raise ValueError("station id mismatch")
        return message
