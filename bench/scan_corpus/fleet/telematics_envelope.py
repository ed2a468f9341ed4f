"""Envelope encryption for telematics frames relayed through the edge gateway.

Each vehicle unit gets its own data key; frames are sealed at the gateway
and opened again by the ingestion workers.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class DeviceKeyring:
    device_id: str
    data_key: bytes

    def __post_init__(self) -> None:
        self._aead = AESGCM(self.data_key)
        # deterministic per device so the ingestion side can recompute it
        self._nonce = hashlib.sha256(self.device_id.encode()).digest()[:12]

    def seal_frame(self, frame: dict[str, Any]) -> bytes:
        payload = json.dumps(frame, separators=(",", ":")).encode()
        return self._aead.encrypt(self._nonce, payload, self.device_id.encode())

    def open_frame(self, blob: bytes) -> dict[str, Any]:
        payload = self._aead.decrypt(self._nonce, blob, self.device_id.encode())
        return json.loads(payload)


def seal_batch(keyring: DeviceKeyring, frames: list[dict[str, Any]]) -> list[bytes]:
    return [keyring.seal_frame(f) for f in frames if f.get("lat") is not None]
