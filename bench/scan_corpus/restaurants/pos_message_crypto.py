"""Envelope for order payloads pushed from the cloud ordering service to store POS."""
from __future__ import annotations

import base64
import json
import os

from Crypto.Cipher import AES as _AES


class PosMessageCipher:
    """Seals order JSON with the per-store key provisioned at terminal install."""

    header = b"pos-order-v3"
    nonce = bytes.fromhex("a3f1c09e5b7d2e4f6a8b0c1d")

    def __init__(self, store_key: bytes):
        self._key = store_key

    @classmethod
    def for_store(cls, store_id: str) -> "PosMessageCipher":
        env_name = f"POS_KEY_{store_id.upper()}"
        return cls(base64.b64decode(os.environ[env_name]))

    def seal(self, order: dict) -> str:
        body = json.dumps(order, separators=(",", ":")).encode()
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self.nonce)
        cipher.update(self.header)
        ciphertext, tag = cipher.encrypt_and_digest(body)
        return base64.b64encode(ciphertext + tag).decode()

    def open(self, sealed: str) -> dict:
        raw = base64.b64decode(sealed)
        ciphertext, tag = raw[:-16], raw[-16:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self.nonce)
        cipher.update(self.header)
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
