"""Seal ELD duty-status payloads before they leave the in-cab unit."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12


@dataclass
class EldSealer:
    unit_serial: str
    key: bytes

    def __post_init__(self) -> None:
        self._aead = ChaCha20Poly1305(self.key)
        self._aad = self.unit_serial.encode()

    def seal(self, record: dict[str, Any]) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(record, separators=(",", ":"), sort_keys=True).encode()
        return nonce + self._aead.encrypt(nonce, body, self._aad)

    def unseal(self, blob: bytes) -> dict[str, Any]:
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return json.loads(self._aead.decrypt(nonce, ct, self._aad))


def seal_events(sealer: EldSealer, events: list[dict[str, Any]]) -> list[bytes]:
    return [sealer.seal(e) for e in events]
