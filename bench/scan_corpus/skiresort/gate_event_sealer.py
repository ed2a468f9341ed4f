"""Seal gate events before they leave the lift station.

Turnstile controllers batch their pass-through events and push them to
the central access service every few seconds. Batches are encrypted with
AES-GCM under the station key provisioned at install time.
"""
from __future__ import annotations

import base64
import json
import os
import time
from typing import Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _station_key(station_id: str) -> bytes:
    env_name = f"STATION_KEY_{station_id.upper()}"
    return bytes.fromhex(os.environ[env_name])


class StationSealer:
    def __init__(self, station_id: str, key: bytes | None = None):
        self.station_id = station_id
        self._aead = AESGCM(key or _station_key(station_id))
        self._nonce = station_id.encode("ascii").ljust(12, b"\0")[:12]

    def seal(self, events: Iterable[dict]) -> dict:
        body = json.dumps(
            {"station": self.station_id, "sent_at": int(time.time()), "events": list(events)},
            separators=(",", ":"),
        ).encode("utf-8")
        aad = self.station_id.encode("ascii")
        ciphertext = self._aead.encrypt(self._nonce, body, aad)
        return {
            "station": self.station_id,
            "payload": base64.b64encode(ciphertext).decode("ascii"),
        }

    def open(self, message: dict) -> dict:
        if message.get("station") != self.station_id:
            raise ValueError("message addressed to another station")
        ciphertext = base64.b64decode(message["payload"])
        body = self._aead.decrypt(self._nonce, ciphertext, self.station_id.encode("ascii"))
        return json.loads(body)
