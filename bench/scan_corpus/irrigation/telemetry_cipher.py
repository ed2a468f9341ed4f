"""Encryption of sensor telemetry batches before they are queued for the cloud uplink.

Gateways buffer soil-moisture readings while the cellular link is down and
encrypt each batch with the site key so the spool on the SD card is not readable.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TelemetryCipher:
    def __init__(self, site_key: bytes, gateway_id: str) -> None:
        if len(site_key) not in (16, 32):
            raise ValueError("site key must be 128 or 256 bits")
        self._aead = AESGCM(site_key)
        self.gateway_id = gateway_id
        self._nonce = hashlib.sha256(gateway_id.encode("utf-8")).digest()[:12]

    def seal(self, readings: list[dict[str, Any]]) -> bytes:
        plaintext = json.dumps(readings, separators=(",", ":")).encode("utf-8")
        aad = self.gateway_id.encode("utf-8")
        return self._aead.encrypt(self._nonce, plaintext, aad)

    def open(self, blob: bytes) -> list[dict[str, Any]]:
        aad = self.gateway_id.encode("utf-8")
        plaintext = self._aead.decrypt(self._nonce, blob, aad)
        return json.loads(plaintext)
