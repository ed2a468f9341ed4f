"""Sealed tokens embedded in the QR codes on outgoing crates.

Token layout: base64url(nonce || ciphertext+tag). A fresh 96-bit nonce is
drawn for every token.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM as _AEAD


class CrateTokenSealer:
    NONCE_BYTES = 12
    CONTEXT = b"crate-label/v3"

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["CRATE_TOKEN_KEY"])
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = _AEAD(key)

    def seal(self, lot_id: str, crate_no: int, packed_on: str) -> str:
        nonce = os.urandom(self.NONCE_BYTES)
        body = json.dumps({"lot": lot_id, "crate": crate_no, "packed": packed_on}, separators=(",", ":"))
        blob = nonce + self._aead.encrypt(nonce, body.encode(), self.CONTEXT)
        return base64.urlsafe_b64encode(blob).decode().rstrip("=")

    def open(self, token: str) -> dict:
        blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        nonce, sealed = blob[: self.NONCE_BYTES], blob[self.NONCE_BYTES :]
        return json.loads(self._aead.decrypt(nonce, sealed, self.CONTEXT))
