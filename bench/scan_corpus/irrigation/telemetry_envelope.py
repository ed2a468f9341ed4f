"""Encrypted envelope for telemetry batches spooled on gateway SD cards.

Layout: ``version(1) | nonce(12) | ciphertext+tag``. The gateway id is bound
as associated data so a spool file cannot be replayed as another gateway's.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ENVELOPE_VERSION = b"\x02"
NONCE_LEN = 12


class TelemetryEnvelope:
    def __init__(self, site_key: bytes, gateway_id: str) -> None:
        self._aead = AESGCM(site_key)
        self._aad = ENVELOPE_VERSION + gateway_id.encode("utf-8")

    def seal(self, readings: list[dict[str, Any]]) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(readings, separators=(",", ":")).encode("utf-8")
        return ENVELOPE_VERSION + nonce + self._aead.encrypt(nonce, body, self._aad)

    def open(self, blob: bytes) -> list[dict[str, Any]]:
        if blob[:1] != ENVELOPE_VERSION:
            raise ValueError("unsupported envelope version")
        nonce = blob[1 : 1 + NONCE_LEN]
        body = self._aead.decrypt(nonce, blob[1 + NONCE_LEN :], self._aad)
        return json.loads(body)
