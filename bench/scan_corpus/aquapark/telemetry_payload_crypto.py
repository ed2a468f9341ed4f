"""Encryption of telemetry batches forwarded from the park to the cloud hub.

The edge gateway batches water quality readings and encrypts each batch with
the site key before uploading it over the cellular backup link.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class SealedBatch:
    site_id: str
    nonce: bytes
    ciphertext: bytes

    def wire(self) -> bytes:
        return self.nonce + self.ciphertext


class BatchCrypto:
    def __init__(self, site_id: str, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("site key must be 256 bits")
        self.site_id = site_id
        self._aead = AESGCM(key)

    def _associated(self) -> bytes:
        return f"aquapark-telemetry:{self.site_id}".encode()

    def seal(self, readings: list[dict]) -> SealedBatch:
        nonce = os.urandom(NONCE_BYTES)
        body = json.dumps(readings, separators=(",", ":")).encode()
        return SealedBatch(self.site_id, nonce, self._aead.encrypt(nonce, body, self._associated()))

    def open(self, wire: bytes) -> list[dict]:
        nonce, ciphertext = wire[:NONCE_BYTES], wire[NONCE_BYTES:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, self._associated()))


def from_env(site_id: str) -> BatchCrypto:
    return BatchCrypto(site_id, bytes.fromhex(os.environ["TELEMETRY_SITE_KEY"]))
