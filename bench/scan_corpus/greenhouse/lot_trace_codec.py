"""Encrypts the traceability payload printed as a QR code on each harvest crate.

Buyers scan the code with our app, which calls /trace/<token> to look up the
lot, greenhouse, harvest date and spray history.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TraceTokenCodec:
    NONCE = b"lotqr-v2\x00\x00\x00\x01"
    ASSOCIATED = b"greenhouse-trace"

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ["TRACE_TOKEN_KEY"])
        if len(key) not in (16, 24, 32):
            raise ValueError("trace key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    def encode(self, lot_id: str, house: str, harvested_on: str) -> str:
        payload = json.dumps({"lot": lot_id, "house": house, "date": harvested_on}).encode()
        sealed = self._aead.encrypt(self.NONCE, payload, self.ASSOCIATED)
        return base64.urlsafe_b64encode(sealed).decode().rstrip("=")

    def decode(self, token: str) -> dict:
        padded = token + "=" * (-len(token) % 4)
        sealed = base64.urlsafe_b64decode(padded)
        return json.loads(self._aead.decrypt(self.NONCE, sealed, self.ASSOCIATED))
